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

  @Test
  void anOfferToSendPoliceIsTheOfferNoShowOfPolicePower() {
    // "Peruvian police arrested two Chilean tourists on Monday in Lima. Chile's government offered
    // on Tuesday to send two police investigators to help with the inquiry."
    var triples = code(new HandBuiltText()
        .sentence("Peruvian/Peruvian/JJ police/police/NNS arrested/arrest/VBD two/two/CD Chilean/Chilean/JJ tourists/tourist/NNS "
            + "on/on/IN Monday/Monday/NNP in/in/IN Lima/Lima/NNP/LOCATION ././.",
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) obl:in(3,10) punct(3,11) nummod(6,4) amod(6,5) case(8,7) "
            + "case(10,9)")
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS government/government/NN offered/offer/VBD on/on/IN Tuesday/Tuesday/NNP "
            + "to/to/TO send/send/VB two/two/CD police/police/NN investigators/investigator/NNS to/to/TO help/help/VB "
            + "with/with/IN the/the/DT inquiry/inquiry/NN ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obl:on(4,6) xcomp(4,8) punct(4,17) nsubj:xsubj(8,3) mark(8,7) "
            + "obj(8,11) xcomp(8,13) case(6,5) nummod(11,9) compound(11,10) nsubj:xsubj(13,11) mark(13,12) obl:with(13,16) "
            + "case(16,14) det(16,15)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).anyMatch(t -> t.startsWith("CHLGOV PER") && t.endsWith(" 030")).noneMatch(t -> t.endsWith(" 153"));
  }
}
