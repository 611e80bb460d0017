package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Modality;
import org.junit.jupiter.api.Test;

/** What an "if" clause tells is only supposed, down to the participles the parser hangs loosely in it. */
class ConditionalClauseMoodTest {
  @Test
  void anAttackInsideAnIfClauseIsHypothetical() {
    // "Chile would respond if rebels kept using Peru's soil to attack Chile." with "using" hung
    // on "kept" as a loose dependent.
    assertThat(code("Chile/Chile/NNP/LOCATION would/would/MD respond/respond/VB if/if/IN rebels/rebel/NNS kept/keep/VBD using/use/VBG "
            + "Peru/Peru/NNP/LOCATION 's/'s/POS soil/soil/NN to/to/TO attack/attack/VB Chile/Chile/NNP/LOCATION ././.",
        "nsubj(3,1) aux(3,2) root(0,3) mark(6,4) nsubj(6,5) advcl:if(3,6) dep(6,7) nmod:poss(10,8) case(8,9) obj(7,10) mark(12,11) xcomp(7,12) "
            + "obj(12,13) punct(3,14)").events())
        .filteredOn(e -> e.mentions().get(0).triggerText().equals("attack")).isNotEmpty()
        .allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void whatAFutureActWaitsForIsOnlySupposed() {
    // "Relations would not be restored until Ecuador apologised to Mexico."
    assertThat(code("Relations/relation/NNS would/would/MD not/not/RB be/be/VB restored/restore/VBN until/until/IN Ecuador/Ecuador/NNP/LOCATION "
            + "apologised/apologise/VBD to/to/IN Mexico/Mexico/NNP/LOCATION ././.",
        "nsubj:pass(5,1) aux(5,2) advmod(5,3) aux:pass(5,4) root(0,5) mark(8,6) nsubj(8,7) advcl:until(5,8) case(10,9) obl:to(8,10) punct(5,11)").events())
        .filteredOn(e -> e.type().code().startsWith("055")).isNotEmpty()
        .allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void whatAPastActWentOnUntilHappened() {
    // "Chile shelled the town until Ecuador apologised to Mexico."
    assertThat(code("Chile/Chile/NNP/LOCATION shelled/shell/VBD the/the/DT town/town/NN until/until/IN Ecuador/Ecuador/NNP/LOCATION "
            + "apologised/apologise/VBD to/to/IN Mexico/Mexico/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(7,5) nsubj(7,6) advcl:until(2,7) case(9,8) obl:to(7,9) punct(2,10)").events())
        .filteredOn(e -> e.type().code().startsWith("055")).isNotEmpty()
        .allMatch(e -> e.modality() == Modality.ASSERTED);
  }

  @Test
  void whatAFutureActWaitsToHappenAfterIsOnlySupposed() {
    // "Relations would be restored only after Ecuador apologised to Mexico."
    assertThat(code("Relations/relation/NNS would/would/MD be/be/VB restored/restore/VBN only/only/RB after/after/IN Ecuador/Ecuador/NNP/LOCATION "
            + "apologised/apologise/VBD to/to/IN Mexico/Mexico/NNP/LOCATION ././.",
        "nsubj:pass(4,1) aux(4,2) aux:pass(4,3) root(0,4) advmod(8,5) mark(8,6) nsubj(8,7) advcl:after(4,8) case(10,9) obl:to(8,10) punct(4,11)").events())
        .filteredOn(e -> e.type().code().startsWith("055")).isNotEmpty()
        .allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void whatHappenedAfterAPastActHappened() {
    // "Chile shelled the town after Ecuador apologised to Mexico."
    assertThat(code("Chile/Chile/NNP/LOCATION shelled/shell/VBD the/the/DT town/town/NN after/after/IN Ecuador/Ecuador/NNP/LOCATION "
            + "apologised/apologise/VBD to/to/IN Mexico/Mexico/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(7,5) nsubj(7,6) advcl:after(2,7) case(9,8) obl:to(7,9) punct(2,10)").events())
        .filteredOn(e -> e.type().code().startsWith("055")).isNotEmpty()
        .allMatch(e -> e.modality() == Modality.ASSERTED);
  }

  @Test
  void aPastDeedAfterPlainAfterIsToldAsDoneThoughWhatFollowsIsToCome() {
    // "Relations would be restored after Ecuador apologised to Mexico." (No "only": the apology is told as made.)
    assertThat(code("Relations/relation/NNS would/would/MD be/be/VB restored/restore/VBN after/after/IN Ecuador/Ecuador/NNP/LOCATION "
            + "apologised/apologise/VBD to/to/IN Mexico/Mexico/NNP/LOCATION ././.",
        "nsubj:pass(4,1) aux(4,2) aux:pass(4,3) root(0,4) mark(7,5) nsubj(7,6) advcl:after(4,7) case(9,8) obl:to(7,9) punct(4,10)").events())
        .filteredOn(e -> e.type().code().startsWith("055")).isNotEmpty()
        .allMatch(e -> e.modality() == Modality.ASSERTED);
  }

  @Test
  void whatOneFailedToAgreeOnIsNoAccord() {
    // "The European Union failed to agree on a joint position."
    assertThat(code("The/the/DT European/European/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION failed/fail/VBD to/to/TO agree/agree/VB on/on/IN a/a/DT "
            + "joint/joint/JJ position/position/NN ././.",
        "det(3,1) compound(3,2) nsubj(4,3) nsubj:xsubj(6,3) root(0,4) mark(6,5) xcomp(4,6) case(10,7) det(10,8) amod(10,9) obl:on(6,10) punct(4,11)").events())
        .filteredOn(e -> e.type().code().startsWith("01")).isNotEmpty()
        .allMatch(e -> e.negated());
  }
}
