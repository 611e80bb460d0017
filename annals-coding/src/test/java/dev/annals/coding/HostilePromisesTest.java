package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Modality;
import org.junit.jupiter.api.Test;

/** A promise of force is the force intended, not an intent to cooperate (ActsOnlyAskedFor); a deed judged is one done (EarlierEvents). */
class HostilePromisesTest {
  // "Boko Haram fighters ambushed a Nigerian army convoy." ("the attack" is not its word)
  private static final String ATTACK = "Boko/Boko/NNP/ORGANIZATION Haram/Haram/NNP/ORGANIZATION fighters/fighter/NNS ambushed/ambush/VBD a/a/DT "
      + "Nigerian/Nigerian/JJ/MISC army/army/NN convoy/convoy/NN ././.";
  private static final String ATTACK_EDGES = "compound(2,1) compound(3,2) nsubj(4,3) root(0,4) det(8,5) amod(8,6) compound(8,7) obj(4,8) punct(4,9)";
  // "Nigeria's army promised to hunt down Boko Haram."
  private static final String PROMISE = "Nigeria/Nigeria/NNP/LOCATION 's/'s/POS army/army/NN promised/promise/VBD to/to/TO hunt/hunt/VB down/down/RP "
      + "Boko/Boko/NNP/ORGANIZATION Haram/Haram/NNP/ORGANIZATION ././.";
  private static final String PROMISE_EDGES = "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) compound:prt(6,7) compound(9,8) obj(6,9) punct(4,10)";

  @Test
  void aPromiseOfForceIsTheForceIntended() {
    var events = code(new HandBuiltText().sentence(ATTACK, ATTACK_EDGES).sentence(PROMISE, PROMISE_EDGES)).events();
    assertThat(events).filteredOn(e -> triple(e).equals("NGAMIL BOKOHARAM 190")).extracting(e -> e.modality()).containsExactly(Modality.INTENDED);
    assertThat(events).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("NGAMIL BOKOHARAM 03"));
  }

  @Test
  void theAttackCondemnedIsTheOneDoneNotTheOnePromised() {
    // "ECOWAS condemned the attack."
    var events = code(new HandBuiltText().sentence(ATTACK, ATTACK_EDGES).sentence(PROMISE, PROMISE_EDGES)
        .sentence("ECOWAS/ECOWAS/NNP/ORGANIZATION condemned/condemn/VBD the/the/DT attack/attack/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")).events();
    assertThat(events).extracting(e -> triple(e)).contains("ECOWAS BOKOHARAM 111").noneMatch(t -> t.startsWith("ECOWAS NGA"));
  }

  @Test
  void twoLeadersAgreeingToStepUpPatrolsAgreeWithEachOther() {
    // "Prabowo and Marcos agreed to step up naval patrols."
    var events = code(new HandBuiltText().sentence(
            "Prabowo/Prabowo/NNP/PERSON and/and/CC Marcos/Marcos/NNP/PERSON agreed/agree/VBD to/to/TO step/step/VB up/up/RP naval/naval/JJ "
                + "patrols/patrol/NNS ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) compound:prt(6,7) amod(9,8) obj(6,9) punct(4,10)"),
        java.time.LocalDate.of(2026, 1, 19)).events();
    assertThat(events).extracting(e -> triple(e)).anyMatch(t -> t.matches("IDNGOV PHLGOV 03\\d*")).anyMatch(t -> t.matches("PHLGOV IDNGOV 03\\d*"));
  }
}
