package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom a denial, an apology or an appeal answers or is made of when it names no one, and whom a deportation is aimed at. */
class AnsweredAndDeportedTest {
  @Test
  void aGovernmentsDenialWithNoAccuserAnswersWhoeverLastAppealedToIt() {
    // "Vietnam asked Malaysia to free the crew. Malaysia denied that anyone had been hurt."
    var triples = code(new HandBuiltText()
        .sentence("Vietnam/Vietnam/NNP/LOCATION asked/ask/VBD Malaysia/Malaysia/NNP/LOCATION to/to/TO free/free/VB the/the/DT crew/crew/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) det(7,6) obj(5,7) punct(2,8)")
        .sentence("Malaysia/Malaysia/NNP/LOCATION denied/deny/VBD that/that/IN anyone/anyone/NN had/have/VBD been/be/VBN hurt/hurt/VBN ././.",
            "nsubj(2,1) root(0,2) mark(7,3) nsubj:pass(7,4) aux(7,5) aux:pass(7,6) ccomp(2,7) punct(2,8)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("MYS VNM 016");
  }

  @Test
  void peopleOfACountryDeportedSomewhereAreWhomTheDeportationIsAimedAt() {
    // "Mauritanian police detained 300 Gambians and deported them to the Senegalese border."
    var triples = code(new HandBuiltText().sentence(
        "Mauritanian/Mauritanian/JJ/MISC police/police/NN detained/detain/VBD 300/300/CD Gambians/Gambian/NNS and/and/CC deported/deport/VBD them/they/PRP "
            + "to/to/IN the/the/DT Senegalese/Senegalese/JJ/MISC border/border/NN ././.",
        "amod(2,1) nsubj(3,2) nsubj(7,2) root(0,3) nummod(5,4) obj(3,5) cc(7,6) conj:and(3,7) obj(7,8) case(12,9) det(12,10) amod(12,11) obl:to(7,12) punct(3,13)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("MRTCOP GMBCVL 174").noneMatch(t -> t.endsWith(" 174") && t.contains("SEN"));
  }

  @Test
  void peopleOfNoCountryToldAreDeportedToTheirDestination() {
    // "Thailand deported eight men to China."
    var triples = code(new HandBuiltText().sentence(
        "Thailand/Thailand/NNP/LOCATION deported/deport/VBD eight/eight/CD men/man/NNS to/to/IN China/China/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(2,7)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("THA CHN 174");
  }

  @Test
  void anApologyBesidePeopleReleasedAnswersWhoeverDemandedTheirReturn() {
    // "The Solomon Islands government said the officers had detained two local men. The prime
    // minister demanded their immediate return. Papua New Guinea's police commissioner said that
    // the men had been released and apologised."
    var triples = code(new HandBuiltText()
        .sentence("The/the/DT Solomon/Solomon/NNP/LOCATION Islands/Islands/NNPS/LOCATION government/government/NN said/say/VBD the/the/DT officers/officer/NNS "
                + "had/have/VBD detained/detain/VBN two/two/CD local/local/JJ men/man/NNS ././.",
            "det(4,1) compound(3,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) nsubj(9,7) aux(9,8) ccomp(5,9) nummod(12,10) amod(12,11) obj(9,12) punct(5,13)")
        .sentence("The/the/DT prime/prime/JJ minister/minister/NN demanded/demand/VBD their/their/PRP$ immediate/immediate/JJ return/return/NN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) nmod:poss(7,5) amod(7,6) obj(4,7) punct(4,8)")
        .sentence("Papua/Papua/NNP/LOCATION New/New/NNP/LOCATION Guinea/Guinea/NNP/LOCATION 's/'s/POS police/police/NN commissioner/commissioner/NN said/say/VBD "
                + "that/that/IN the/the/DT men/man/NNS had/have/VBD been/be/VBN released/release/VBN and/and/CC apologised/apologise/VBN ././.",
            "compound(3,1) compound(3,2) nmod:poss(6,3) case(3,4) compound(6,5) nsubj(7,6) nsubj(15,6) root(0,7) mark(13,8) det(10,9) nsubj:pass(13,10) "
                + "aux(13,11) aux:pass(13,12) ccomp(7,13) cc(15,14) conj:and(7,15) punct(7,16)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("PNGCOP SLBGOV 055");
  }

  @Test
  void anAppealToOnesOwnSupportersIsMadeOfNoOtherSide() {
    // "Zimbabwe's opposition party rejected the results. The party called on its supporters to stay at home."
    var triples = code(new HandBuiltText()
        .sentence("Zimbabwe/Zimbabwe/NNP/LOCATION 's/'s/POS opposition/opposition/NN party/party/NN rejected/reject/VBD the/the/DT results/result/NNS ././.",
            "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)")
        .sentence("The/the/DT party/party/NN called/call/VBD on/on/IN its/its/PRP$ supporters/supporter/NNS to/to/TO stay/stay/VB at/at/IN home/home/NN ././.",
            "det(2,1) nsubj(3,2) nsubj:xsubj(8,2) root(0,3) case(6,4) nmod:poss(6,5) obl:on(3,6) mark(8,7) xcomp(3,8) case(10,9) obl:at(8,10) punct(3,11)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("ZWEOPP - 020").noneMatch(t -> t.startsWith("ZWEOPP ZWEGOV 02"));
  }

  @Test
  void theReturneesAreThePeopleLastDeported() {
    // "Mauritanian police detained 300 Gambians and deported them to the border. Gambia summoned
    // Mauritania's ambassador. The IOM said it was giving food to the returnees."
    var triples = code(new HandBuiltText()
        .sentence("Mauritanian/Mauritanian/JJ/MISC police/police/NN detained/detain/VBD 300/300/CD Gambians/Gambian/NNS and/and/CC deported/deport/VBD "
                + "them/they/PRP to/to/IN the/the/DT border/border/NN ././.",
            "amod(2,1) nsubj(3,2) nsubj(7,2) root(0,3) nummod(5,4) obj(3,5) cc(7,6) conj:and(3,7) obj(7,8) case(11,9) det(11,10) obl:to(7,11) punct(3,12)")
        .sentence("Gambia/Gambia/NNP/LOCATION summoned/summon/VBD Mauritania/Mauritania/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")
        .sentence("The/the/DT IOM/IOM/NNP/ORGANIZATION said/say/VBD it/it/PRP was/be/VBD giving/give/VBG food/food/NN to/to/IN the/the/DT returnees/returnee/NNS ././.",
            "det(2,1) nsubj(3,2) root(0,3) nsubj(6,4) aux(6,5) ccomp(3,6) obj(6,7) case(10,8) det(10,9) obl:to(6,10) punct(3,11)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("IOM GMBCVL 073");
  }

  @Test
  void aStateNotToldOfWhatWasDoneToItsPeopleComplainsOfTheDoer() {
    // "French gendarmes arrested 23 Brazilian gold miners. Brazil's foreign ministry said its
    // consulate had not been told of the arrests."
    var triples = code(new HandBuiltText()
        .sentence("French/French/JJ/MISC gendarmes/gendarme/NNS arrested/arrest/VBD 23/23/CD Brazilian/Brazilian/JJ/MISC gold/gold/NN miners/miner/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(7,4) amod(7,5) compound(7,6) obj(3,7) punct(3,8)")
        .sentence("Brazil/Brazil/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD its/its/PRP$ consulate/consulate/NN had/have/VBD "
                + "not/not/RB been/be/VBN told/tell/VBN of/of/IN the/the/DT arrests/arrest/NNS ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) nmod:poss(7,6) nsubj:pass(11,7) aux(11,8) advmod(11,9) aux:pass(11,10) ccomp(5,11) "
                + "case(14,12) det(14,13) obl:of(11,14) punct(5,15)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("BRAGOV FRAGOV 111");
  }
}
