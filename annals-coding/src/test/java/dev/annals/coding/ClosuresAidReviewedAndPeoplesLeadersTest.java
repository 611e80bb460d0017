package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Closures ordered, aid reviewed for its recipient, and the leaders of a named people. */
class ClosuresAidReviewedAndPeoplesLeadersTest {
  @Test
  void orderingAForeignCentreClosedRestrictsItsState() {
    // "Nicaragua's government ordered the closure of the Spanish cultural centre in Managua": a closure ordered is a restriction, not a demand (verbs.tsv).
    var article = code(new HandBuiltText().sentence(
        "Nicaragua/Nicaragua/NNP/LOCATION 's/'s/POS government/government/NN ordered/order/VBD the/the/DT closure/closure/NN of/of/IN "
            + "the/the/DT Spanish/Spanish/JJ cultural/cultural/JJ centre/centre/NN in/in/IN Managua/Managua/NNP/LOCATION on/on/IN "
            + "Monday/Monday/NNP ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) obl:on(4,15) punct(4,16) det(6,5) nmod:of(6,11) nmod:in(6,13) case(11,7) "
            + "det(11,8) amod(11,9) amod(11,10) case(13,12) case(15,14)"), LocalDate.of(2026, 11, 19));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("172")).extracting(e -> triple(e)).containsExactly("NICGOV ESP 172");
    assertThat(article.events()).noneMatch(e -> e.type().code().startsWith("10"));
  }

  @Test
  void aidReviewedIsAimedAtWhomTheRelativeClauseGivesIt() {
    // "Spain said it would review the development aid it gives Nicaragua": the aid is what "gives" gives, Nicaragua whom to (ContactRelativeClause), and so whom the review is aimed at (TargetSlotTokens).
    var article = code(new HandBuiltText().sentence(
        "Spain/Spain/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD review/review/VB the/the/DT development/development/NN aid/aid/NN "
            + "it/it/PRP gives/give/VBZ Nicaragua/Nicaragua/NNP/LOCATION ././.",
        "root(0,2) nsubj(2,1) ccomp(2,5) punct(2,12) nsubj(5,3) aux(5,4) obj(5,8) parataxis(5,10) det(8,6) compound(8,7) nsubj(10,9) "
            + "obj(10,11)"), LocalDate.of(2026, 11, 19));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("1311")).extracting(e -> triple(e)).containsExactly("ESP NIC 1311");
  }

  @Test
  void whomARelativeClauseGivesSomethingElseIsNoTarget() {
    // "welcomed the project, which will give its north-eastern states a route to the sea": the clause gives the states a route, not the project; no one is welcomed as a guest.
    var article = code(new HandBuiltText().sentence(
        "India/India/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN welcomed/welcome/VBD the/the/DT project/project/NN "
            + ",/,/, which/which/WDT will/will/MD give/give/VB its/its/PRP$ north/north/NN -/-/HYPH eastern/eastern/JJ states/state/NNS a/a/DT "
            + "route/route/NN to/to/IN the/the/DT sea/sea/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,22) det(7,6) punct(7,8) ref(7,9) acl:relcl(7,11) "
            + "nsubj(11,7) aux(11,10) iobj(11,16) obj(11,18) nmod:poss(16,12) amod(16,15) obl:npmod(15,13) punct(15,14) det(18,17) nmod:to(18,21) "
            + "case(21,19) det(21,20)"), LocalDate.of(2025, 12, 14));
    assertThat(article.events()).noneMatch(e -> e.type().code().equals("043"));
  }

  @Test
  void leadersOfANamedPeopleDemandForIt() {
    // "Leaders of the Arhuaco people, whose ancestors made some of the objects, demanded on Friday …": the demand is the leaders' (MainVerbHungOnRelativeClause), and they speak for their people, not a government (PhraseResolver.groupOfMembers).
    var article = code(new HandBuiltText().sentence(
        "Germany/Germany/NNP/LOCATION returned/return/VBD 43/43/CD gold/gold/NN objects/object/NNS to/to/IN Colombia/Colombia/NNP/LOCATION "
            + "on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,5) obl:to(2,7) obl:on(2,9) punct(2,10) nummod(5,3) compound(5,4) case(7,6) case(9,8)").sentence(
        "Leaders/leader/NNS of/of/IN the/the/DT Arhuaco/arhuaco/JJ people/person/NNS ,/,/, whose/whose/WP$ ancestors/ancestor/NNS "
            + "made/make/VBD some/some/DT of/of/IN the/the/DT objects/object/NNS ,/,/, demanded/demand/VBD on/on/IN Friday/Friday/NNP "
            + "that/that/IN the/the/DT objects/object/NNS be/be/VB kept/keep/VBN in/in/IN the/the/DT Sierra/Sierra/NNP/LOCATION "
            + "Nevada/Nevada/NNP/LOCATION ././.",
        "root(0,1) nmod:of(1,5) punct(1,27) case(5,2) det(5,3) amod(5,4) punct(5,6) ref(5,7) acl:relcl(5,9) nmod:poss(8,5) nsubj(9,8) "
            + "obj(9,13) punct(9,14) dep(9,15) det:qmod(13,10) det(13,12) fixed(10,11) obl:on(15,17) ccomp(15,22) case(17,16) mark(22,18) "
            + "nsubj:pass(22,20) aux:pass(22,21) obl:in(22,26) det(20,19) case(26,23) det(26,24) compound(26,25)"), LocalDate.of(2026, 9, 27));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("100")).extracting(e -> triple(e)).containsExactly("COLCVL COLGOV 100");
  }
}
