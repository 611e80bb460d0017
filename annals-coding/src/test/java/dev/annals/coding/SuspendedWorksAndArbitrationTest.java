package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Work suspended on a foreign-backed site, and arbitration threatened on a condition. */
class SuspendedWorksAndArbitrationTest {
  /**
   * "A Chilean environmental court on Tuesday suspended work on a South Korean-backed green hydrogen
   * plant near Punta Arenas. The Korean consortium behind the project said it would seek
   * international arbitration if the suspension was not lifted within 60 days."
   */
  private static CodedArticle plantSuspended() {
    return code(new HandBuiltText().sentence(
        "A/a/DT Chilean/Chilean/JJ environmental/environmental/JJ court/court/NN on/on/IN Tuesday/Tuesday/NNP suspended/suspend/VBD "
            + "work/work/NN on/on/IN a/a/DT South/south/JJ Korean/Korean/JJ -/-/HYPH backed/back/VBN green/green/JJ hydrogen/hydrogen/NN "
            + "plant/plant/NN near/near/IN Punta/Punta/NNP/LOCATION Arenas/Arenas/NNP/LOCATION ././.",
        "root(0,7) det(4,1) amod(4,2) amod(4,3) nmod:on(4,6) nsubj(7,4) obj(7,8) punct(7,21) case(6,5) nmod:on(8,17) case(17,9) det(17,10) "
            + "amod(17,14) amod(17,15) compound(17,16) nmod:near(17,20) amod(12,11) dep(14,12) punct(14,13) case(20,18) compound(20,19)").sentence(
        "The/the/DT Korean/Korean/JJ consortium/consortium/NN behind/behind/IN the/the/DT project/project/NN said/say/VBD it/it/PRP "
            + "would/would/MD seek/seek/VB international/international/JJ arbitration/arbitration/NN if/if/IN the/the/DT suspension/suspension/NN "
            + "was/be/VBD not/not/RB lifted/lift/VBN within/within/IN 60/60/CD days/day/NNS ././.",
        "root(0,7) det(3,1) amod(3,2) nmod:behind(3,6) nsubj(7,3) ccomp(7,10) punct(7,22) case(6,4) det(6,5) nsubj(10,8) aux(10,9) "
            + "obj(10,12) advcl:if(10,18) amod(12,11) mark(18,13) nsubj:pass(18,15) aux:pass(18,16) advmod(18,17) obl:within(18,21) det(15,14) "
            + "case(21,19) nummod(21,20)"), LocalDate.of(2026, 4, 16));
  }

  @Test
  void workSuspendedOnAForeignBackedPlantRestrictsItsBackers() {
    // Work suspended "on" a site names the site (verbs.tsv), and its adjective its backers.
    assertThat(plantSuspended().events()).filteredOn(e -> e.type().code().equals("172")).extracting(e -> triple(e)).containsExactly("CHLJUD KOR 172");
  }

  @Test
  void arbitrationSoughtOnAConditionThreatensWhoPressedTheSeeker() {
    // Arbitration sought "if the suspension was not lifted" (verbs.tsv: seek arbitration) is a
    // conditional threat aimed at the side of another country that acted against the seeker's (AnnouncedActs).
    assertThat(plantSuspended().events()).filteredOn(e -> e.type().code().equals("130")).extracting(e -> triple(e)).containsExactly("KORBUS CHLJUD 130");
  }

  @Test
  void workSuspendedOnASiteOfNoNamedOwnerIsAimedAtNoOne() {
    // "A French administrative court in Rennes suspended work on the Brittany landing of the Celtic Interconnector": works stopped on a site of no named owner are aimed at no one, not the people of the country (ConventionalTargets).
    var article = code(new HandBuiltText().sentence(
        "A/a/DT French/French/JJ administrative/administrative/JJ court/court/NN in/in/IN Rennes/Rennes/NNP/LOCATION suspended/suspend/VBD "
            + "work/work/NN on/on/IN the/the/DT Brittany/Brittany/NNP/LOCATION landing/landing/NN of/of/IN the/the/DT Celtic/Celtic/JJ "
            + "Interconnector/interconnector/NN on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,7) det(4,1) amod(4,2) amod(4,3) nmod:in(4,6) nsubj(7,4) obj(7,8) punct(7,19) case(6,5) nmod:on(8,12) case(12,9) det(12,10) "
            + "compound(12,11) nmod:of(12,16) nmod:on(12,18) case(16,13) det(16,14) amod(16,15) case(18,17)"), LocalDate.of(2026, 6, 7));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("172")).extracting(e -> triple(e)).containsExactly("FRAJUD - 172");
  }
}
