package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An extradition request is made to the state that holds the man; his lawyer's fight against it is
 * no force; an appeal announced after a ruling is brought against the court.
 */
class ExtraditionRequestsFiledTest {
  private static dev.annals.model.CodedArticle manHeldInNairobi() {
    // "Kenyan police arrested a Rwandan man in Nairobi on Thursday. Rwandan prosecutors said they
    // would file an extradition request next week. The suspect's lawyer said his client was a
    // victim of mistaken identity and would fight extradition."
    return code(new HandBuiltText().sentence(
        "Kenyan/Kenyan/JJ police/police/NNS arrested/arrest/VBD a/a/DT Rwandan/Rwandan/JJ man/man/NN in/in/IN Nairobi/Nairobi/NNP/LOCATION "
            + "on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:in(3,8) obl:on(3,10) punct(3,11) det(6,4) amod(6,5) case(8,7) case(10,9)").sentence(
        "Rwandan/Rwandan/JJ prosecutors/prosecutor/NNS said/say/VBD they/they/PRP would/would/MD file/file/VB an/a/DT "
            + "extradition/extradition/NN request/request/NN next/next/JJ week/week/NN ././.",
        "root(0,3) amod(2,1) nsubj(3,2) ccomp(3,6) punct(3,12) nsubj(6,4) aux(6,5) obj(6,9) obl:tmod(6,11) det(9,7) compound(9,8) "
            + "amod(11,10)").sentence(
        "The/the/DT suspect/suspect/NN 's/'s/POS lawyer/lawyer/NN said/say/VBD his/he/PRP$ client/client/NN was/be/VBD a/a/DT "
            + "victim/victim/NN of/of/IN mistaken/mistaken/JJ identity/identity/NN and/and/CC would/would/MD fight/fight/VB "
            + "extradition/extradition/NN ././.",
        "root(0,5) det(2,1) case(2,3) nmod:poss(4,2) nsubj(5,4) ccomp(5,10) conj:and(5,16) punct(5,18) nsubj(16,4) cc(16,14) aux(16,15) "
            + "obj(16,17) nmod:poss(7,6) nsubj(10,7) cop(10,8) det(10,9) nmod:of(10,13) case(13,11) amod(13,12)"), LocalDate.of(2026, 4, 13));
  }

  @Test
  void anExtraditionRequestToBeFiledIsMadeOfTheStateHoldingTheMan() {
    assertThat(manHeldInNairobi().events()).extracting(e -> triple(e)).contains("RWAJUD KENGOV 0213");
  }

  @Test
  void fightingExtraditionInCourtIsNoUseOfForce() {
    assertThat(manHeldInNairobi().events()).noneMatch(e -> e.type().rootCode().equals("19"));
  }

  @Test
  void anAppealAnnouncedWithNothingAskedIsAnAppealAgainstTheCourtThatRuled() {
    // "A French administrative court in Rennes suspended work on the Brittany landing of the cable
    // on Thursday, ruling that its environmental study had ignored fishing grounds. France's grid
    // operator said it would appeal."
    var article = code(new HandBuiltText().sentence(
        "A/a/DT French/French/JJ administrative/administrative/JJ court/court/NN in/in/IN Rennes/Rennes/NNP/LOCATION suspended/suspend/VBD "
            + "work/work/NN on/on/IN the/the/DT Brittany/Brittany/NNP/LOCATION landing/landing/NN of/of/IN the/the/DT cable/cable/NN on/on/IN "
            + "Thursday/Thursday/NNP ,/,/, ruling/rule/VBG that/that/IN its/its/PRP$ environmental/environmental/JJ study/study/NN had/have/VBD "
            + "ignored/ignore/VBN fishing/fishing/NN grounds/grounds/NNS ././.",
        "root(0,7) det(4,1) amod(4,2) amod(4,3) nmod:in(4,6) nsubj(7,4) obj(7,8) punct(7,18) dep(7,19) punct(7,28) case(6,5) nmod:on(8,12) "
            + "case(12,9) det(12,10) compound(12,11) nmod:of(12,15) nmod:on(12,17) case(15,13) det(15,14) case(17,16) ccomp(19,25) mark(25,20) "
            + "nsubj(25,23) aux(25,24) obj(25,27) nmod:poss(23,21) amod(23,22) compound(27,26)").sentence(
        "France/France/NNP/LOCATION 's/'s/POS grid/grid/NN operator/operator/NN said/say/VBD it/it/PRP would/would/MD appeal/appeal/VB "
            + "././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) ccomp(5,8) punct(5,9) nsubj(8,6) aux(8,7)"), LocalDate.of(2026, 6, 7));
    assertThat(article.events()).extracting(e -> triple(e)).contains("FRABUS FRAJUD 115");
  }

  @Test
  void butAnAppealForClemencyAsksAndSuesNoOne() {
    // "A court in Dalian sentenced a Canadian citizen to death on Monday. Canada's foreign minister
    // condemned the verdict and said Ottawa would appeal for clemency."
    var article = code(new HandBuiltText().sentence(
        "A/a/DT court/court/NN in/in/IN Dalian/Dalian/NNP/LOCATION sentenced/sentence/VBD a/a/DT Canadian/Canadian/JJ citizen/citizen/NN "
            + "to/to/IN death/death/NN on/on/IN Monday/Monday/NNP ././.",
        "root(0,5) det(2,1) nmod:in(2,4) nsubj(5,2) obj(5,8) obl:to(5,10) obl:on(5,12) punct(5,13) case(4,3) det(8,6) amod(8,7) case(10,9) "
            + "case(12,11)").sentence(
        "Canada/Canada/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN condemned/condemn/VBD the/the/DT verdict/verdict/NN "
            + "and/and/CC said/say/VBD Ottawa/Ottawa/NNP/LOCATION would/would/MD appeal/appeal/VB for/for/IN clemency/clemency/NN ././.",
        "root(0,12) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) conj:and(5,9) nsubj(9,4) cc(9,8) obj(9,10) csubj(12,5) "
            + "csubj(12,9) aux(12,11) obl:for(12,14) punct(12,15) det(7,6) case(14,13)"), LocalDate.of(2026, 2, 10));
    assertThat(article.events()).extracting(e -> e.type().code()).contains("111").doesNotContain("115");
  }

  @Test
  void theRwandanMenDeportedAreRwandansNamedByTheirPeopleNotMenNamedBefore() {
    // "Kenya's interior ministry said the two Rwandan men had been deported."
    var article = code(new HandBuiltText().sentence(
        "Kenya/Kenya/NNP/LOCATION 's/'s/POS interior/interior/NNP ministry/ministry/NNP said/say/VBD the/the/DT two/two/CD "
            + "Rwandan/Rwandan/JJ men/man/NNS had/have/VBD been/be/VBN deported/deport/VBN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) ccomp(5,12) punct(5,13) det(9,6) nummod(9,7) amod(9,8) "
            + "nsubj:pass(12,9) aux(12,10) aux:pass(12,11)"), LocalDate.of(2026, 4, 13));
    assertThat(article.events()).extracting(e -> triple(e)).contains("KENGOV RWACVL 174");
  }

  @Test
  void menDeportedToAStateAreDeportedByTheStateThatTellsOfIt() {
    // "Kenya's interior ministry said the two Rwandan men had been deported to Rwanda."
    var article = code(new HandBuiltText().sentence(
        "Kenya/Kenya/NNP/LOCATION 's/'s/POS interior/interior/NNP ministry/ministry/NNP said/say/VBD the/the/DT two/two/CD "
            + "Rwandan/Rwandan/JJ men/man/NNS had/have/VBD been/be/VBN deported/deport/VBN to/to/IN Rwanda/Rwanda/NNP/LOCATION ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) ccomp(5,12) punct(5,15) det(9,6) nummod(9,7) amod(9,8) "
            + "nsubj:pass(12,9) aux(12,10) aux:pass(12,11) obl:to(12,14) case(14,13)"), LocalDate.of(2026, 4, 13));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("174")).isNotEmpty()
        .allMatch(e -> e.source().code().equals("KENGOV"));
  }

  private static dev.annals.model.CodedArticle petitionInColombo() {
    // "An environmental group filed a petition in Colombo's Court of Appeal on Monday, asking it to
    // order the arrest of the local importer."
    return code(new HandBuiltText().sentence(
        "An/a/DT environmental/environmental/JJ group/group/NN filed/file/VBD a/a/DT petition/petition/NN in/in/IN "
            + "Colombo/Colombo/NNP/LOCATION 's/'s/POS Court/court/NN of/of/IN Appeal/appeal/NN on/on/IN Monday/Monday/NNP ,/,/, asking/ask/VBG "
            + "it/it/PRP to/to/TO order/order/VB the/the/DT arrest/arrest/NN of/of/IN the/the/DT local/local/JJ importer/importer/NN ././.",
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,6) obl:in(4,10) obl:on(4,14) punct(4,15) dep(4,16) punct(4,26) det(6,5) case(10,7) "
            + "nmod:poss(10,8) nmod:of(10,12) case(8,9) case(12,11) case(14,13) obj(16,17) xcomp(16,19) nsubj:xsubj(19,17) mark(19,18) obj(19,21) "
            + "det(21,20) nmod:of(21,25) case(25,22) det(25,23) amod(25,24)"), LocalDate.of(2026, 10, 13));
  }

  @Test
  void theItAPetitionAsksIsTheCourtItIsFiledIn() {
    assertThat(petitionInColombo().events()).filteredOn(e -> e.type().rootCode().equals("02")).isNotEmpty()
        .allMatch(e -> e.target().map(t -> t.code().equals("LKAJUD")).orElse(false));
  }

  @Test
  void aPetitionFiledInACourtStandsThoughItNamesNoDefendant() {
    assertThat(petitionInColombo().events()).extracting(e -> e.type().code()).contains("115");
  }
}
