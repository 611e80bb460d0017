package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What is asked to be stopped is asked of whoever does it; an accord breached is no accord made;
 * a complaint threatened before a body is a threat to the side at odds; a release a court
 * orders is done (AntecedentTargets, NounEventCoder, ContentTargets, ReleasedPeople).
 */
class StopsBreachesAndCourtsTest {
  private static final HandBuiltText BREACH = new HandBuiltText().sentence(
      "Chile/Chile/NNP/LOCATION halted/halt/VBD the/the/DT transit/transit/NN of/of/IN Peruvian/Peruvian/JJ iron/iron/NN ore/ore/NN on/on/IN "
          + "Wednesday/Wednesday/NNP ././.",
      "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) amod(8,6) compound(8,7) nmod:of(4,8) case(10,9) obl:on(2,10) punct(2,11)")
      .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS mines/mine/NNS ministry/ministry/NN called/call/VBD the/the/DT move/move/NN a/a/DT breach/breach/NN of/of/IN "
          + "the/the/DT two/two/CD countries/country/NNS '/'/POS transit/transit/NN agreement/agreement/NN and/and/CC threatened/threaten/VBD to/to/TO "
          + "take/take/VB the/the/DT dispute/dispute/NN to/to/IN the/the/DT ECOWAS/ECOWAS/NNP/ORGANIZATION court/court/NN ././.",
          "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) nsubj(18,4) nsubj:xsubj(20,4) root(0,5) det(7,6) obj(5,7) det(9,8) dep(7,9) case(16,10) "
              + "det(13,11) nummod(13,12) nmod:poss(16,13) case(13,14) compound(16,15) nmod:of(9,16) cc(18,17) conj:and(5,18) mark(20,19) xcomp(18,20) "
              + "det(22,21) obj(20,22) case(26,23) det(26,24) compound(26,25) obl:to(20,26) punct(5,27)");

  @Test
  void whatIsAskedToBeHaltedIsAskedOfWhoeverDoesIt() {
    // "Chile's foreign ministry said Lima had started the work and asked for it to be halted."
    assertThat(triples(code(
        "Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD Lima/Lima/NNP/LOCATION had/have/VBD started/start/VBN "
            + "the/the/DT work/work/NN and/and/CC asked/ask/VBD for/for/IN it/it/PRP to/to/TO be/be/VB halted/halt/VBN ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) nsubj(12,4) root(0,5) nsubj(8,6) aux(8,7) ccomp(5,8) det(10,9) obj(8,10) cc(12,11) conj:and(5,12) "
            + "mark(17,13) nsubj:pass(17,14) mark(17,15) aux:pass(17,16) advcl:to(12,17) punct(5,18)")))
        .anyMatch(t -> t.startsWith("CHLGOV PERGOV 02"));
  }

  @Test
  void anAccordSaidToBeBreachedIsNoAccordMade() {
    assertThat(triples(code(BREACH))).noneMatch(t -> t.endsWith("057"));
  }

  @Test
  void aComplaintThreatenedBeforeACourtIsAThreatToTheSideAtOdds() {
    assertThat(triples(code(BREACH))).contains("PERGOV CHL 130").noneMatch(t -> t.startsWith("PERGOV ECOWAS 13"));
  }

  @Test
  void aReleaseACourtOrdersIsTheReleaseOfThoseItNames() {
    // "A court in Santiago ordered the release of 23 Peruvians held at a detention centre."
    assertThat(triples(code(
        "A/a/DT court/court/NN in/in/IN Santiago/Santiago/NNP/LOCATION ordered/order/VBD the/the/DT release/release/NN of/of/IN 23/23/CD "
            + "Peruvians/Peruvian/NNPS held/hold/VBN at/at/IN a/a/DT detention/detention/NN centre/centre/NN ././.",
        "det(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) det(7,6) obj(5,7) case(10,8) nummod(10,9) nmod:of(7,10) acl(7,11) case(15,12) det(15,13) "
            + "compound(15,14) obl:at(11,15) punct(5,16)")))
        .contains("CHLJUD PERCVL 0841").noneMatch(t -> t.endsWith("1053"));
  }

  @Test
  void aCrimeCondemnedBeforeACallIsTheDoersNotTheOneCalled() {
    // "Militants ambushed a patrol of Peruvian border guards near Tacna on Sunday. President Dina Boluarte condemned what she
    // called a cowardly crime and telephoned Chile's President Gabriel Boric."
    HandBuiltText text = new HandBuiltText().sentence(
        "Militants/militant/NNS ambushed/ambush/VBD a/a/DT patrol/patrol/NN of/of/IN Peruvian/Peruvian/JJ border/border/NN guards/guard/NNS near/near/IN "
            + "Tacna/Tacna/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) amod(8,6) compound(8,7) nmod:of(4,8) case(10,9) nmod:near(8,10) case(12,11) obl:on(2,12) punct(2,13)")
        .sentence("President/President/NNP Dina/Dina/NNP/PERSON Boluarte/Boluarte/NNP/PERSON condemned/condemn/VBD what/what/WP she/she/PRP called/call/VBD "
            + "a/a/DT cowardly/cowardly/JJ crime/crime/NN and/and/CC telephoned/telephone/VBD Chile/Chile/NNP/LOCATION 's/'s/POS President/President/NNP "
            + "Gabriel/Gabriel/NNP/PERSON Boric/Boric/NNP/PERSON ././.",
            "compound(3,1) compound(3,2) nsubj(4,3) nsubj(12,3) root(0,4) obj(7,5) nsubj(7,6) ccomp(4,7) det(10,8) amod(10,9) obj(7,10) cc(12,11) "
                + "conj:and(4,12) nmod:poss(17,13) case(13,14) compound(17,15) compound(17,16) obj(12,17) punct(4,18)");
    assertThat(triples(code(text))).contains("PERGOV PERINS 111").noneMatch(t -> t.startsWith("PERGOV CHLGOV 11"));
  }

  @Test
  void theGovernmentAskedToFreeDetainedPeopleIsTheOneThatHoldsThem() {
    // "Police in Lima detained 14 protesters on Saturday. Chile's foreign ministry said it was concerned.
    // Human Rights Watch called on the government to free the detained protesters." (Chile's is the government named last.)
    HandBuiltText text = new HandBuiltText().sentence(
        "Police/police/NNS in/in/IN Lima/Lima/NNP/LOCATION detained/detain/VBD 14/14/CD protesters/protester/NNS on/on/IN Saturday/Saturday/NNP ././.",
        "nsubj(4,1) case(3,2) nmod:in(1,3) root(0,4) nummod(6,5) obj(4,6) case(8,7) obl:on(4,8) punct(4,9)")
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD it/it/PRP was/be/VBD concerned/concerned/JJ ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) nsubj(8,6) cop(8,7) ccomp(5,8) punct(5,9)")
        .sentence("Human/Human/NNP/ORGANIZATION Rights/Rights/NNPS/ORGANIZATION Watch/Watch/NNP/ORGANIZATION called/call/VBD on/on/IN the/the/DT "
            + "government/government/NN to/to/TO free/free/VB the/the/DT detained/detain/VBN protesters/protester/NNS ././.",
            "compound(2,1) compound(3,2) nsubj(4,3) root(0,4) compound:prt(4,5) det(7,6) nsubj:xsubj(9,7) obj(4,7) mark(9,8) xcomp(4,9) det(12,10) amod(12,11) "
                + "obj(9,12) punct(4,13)");
    assertThat(triples(code(text))).anyMatch(t -> t.startsWith("HRW PERGOV 02")).noneMatch(t -> t.startsWith("HRW CHLGOV"));
  }
}
