package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Relief a ship arrives with, money pledged in pounds, an organisation's appeal to its member states, vigils, and whose requests are examined. */
class AidBroughtAndMembersAskedTest {
  @Test
  void aShipArrivingWithReliefSuppliesForACountryBringsItAid() {
    // "A French navy ship arrived in Roseau with water and shelters for Dominica."
    var article = code(new HandBuiltText().sentence(
        "A/a/DT French/French/JJ/MISC navy/navy/NN ship/ship/NN arrived/arrive/VBD in/in/IN Roseau/Roseau/NNP/LOCATION with/with/IN water/water/NN "
            + "and/and/CC shelters/shelter/NNS for/for/IN Dominica/Dominica/NNP/LOCATION ././.",
        "det(4,1) amod(4,2) compound(4,3) nsubj(5,4) root(0,5) case(7,6) obl:in(5,7) case(9,8) obl:with(5,9) cc(11,10) obl:with(5,11) conj:and(9,11) "
            + "case(13,12) nmod:for(9,13) punct(5,14)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("FRAMIL DMA 073").noneMatch(t -> t.endsWith(" 042"));
  }

  @Test
  void moneyPledgedInPoundsIsAPledgeOfMoney() {
    var article = code(new HandBuiltText().sentence("Britain/Britain/NNP/LOCATION pledged/pledge/VBD 5/5/CD million/million/CD pounds/pound/NNS to/to/IN "
            + "Dominica/Dominica/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound(4,3) nummod(5,4) obj(2,5) case(7,6) obl:to(2,7) punct(2,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("GBR DMA 0331");
  }

  @Test
  void anOrganisationsAppealToItsMemberStatesStandsWithoutATarget() {
    // "The European Union urged member states to send doctors."
    var article = code(new HandBuiltText().sentence("The/the/DT European/European/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION urged/urge/VBD member/member/NN "
            + "states/state/NNS to/to/TO send/send/VB doctors/doctor/NNS ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) compound(6,5) obj(4,6) nsubj:xsubj(8,6) mark(8,7) xcomp(4,8) obj(8,9) punct(4,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("EU - 020");
  }

  @Test
  void peopleGatheredAtAVigilHoldIt() {
    // "About 2,000 people gathered at a vigil in Melbourne."
    var article = code(new HandBuiltText().sentence("About/about/RB 2,000/2,000/CD people/people/NNS gathered/gather/VBD at/at/IN a/a/DT vigil/vigil/NN in/in/IN "
            + "Melbourne/Melbourne/NNP/LOCATION ././.",
        "advmod(2,1) nummod(3,2) nsubj(4,3) root(0,4) case(7,5) det(7,6) obl:at(4,7) case(9,8) obl:in(4,9) punct(4,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("AUSCVL ") && t.endsWith(" 141"));
  }

  @Test
  void requestsNamedByWhatTheyAskForAreThoseWhoAskedForIt() {
    // "Cuban athletes asked Dominican authorities for asylum. Cuba asked Dominican authorities to return them. The Dominican government said it would examine the asylum requests."
    var article = code(new HandBuiltText()
        .sentence("Cuban/Cuban/JJ/MISC athletes/athlete/NNS asked/ask/VBD Dominican/Dominican/JJ/MISC authorities/authority/NNS for/for/IN asylum/asylum/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) case(7,6) obl:for(3,7) punct(3,8)")
        .sentence("Cuba/Cuba/NNP/LOCATION asked/ask/VBD Dominican/Dominican/JJ/MISC authorities/authority/NNS to/to/TO return/return/VB them/them/PRP ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) mark(6,5) xcomp(2,6) obj(6,7) punct(2,8)")
        .sentence("The/the/DT Dominican/Dominican/JJ/MISC government/government/NN said/say/VBD it/it/PRP would/would/MD examine/examine/VB the/the/DT "
                + "asylum/asylum/NN requests/request/NNS ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) nsubj(7,5) aux(7,6) ccomp(4,7) det(10,8) compound(10,9) obj(7,10) punct(4,11)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("DOM") && t.contains(" CUBCVL 014"));
  }
}
