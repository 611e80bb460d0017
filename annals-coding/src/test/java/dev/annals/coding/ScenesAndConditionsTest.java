package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Modality;
import org.junit.jupiter.api.Test;

/** What a condition waits for; "them" in a controlled clause; a follow-up on the scene just told. */
class ScenesAndConditionsTest {
  private static final String RALLIED = "Protesters/protester/NNS rallied/rally/VBD outside/outside/IN the/the/DT Peruvian/Peruvian/JJ/MISC embassy/embassy/NN "
      + "on/on/IN Saturday/Saturday/NNP ././.";
  private static final String RALLIED_EDGES = "nsubj(2,1) root(0,2) case(6,3) det(6,4) amod(6,5) obl:outside(2,6) case(8,7) obl:on(2,8) punct(2,9)";
  private static final String DISPERSED = "Police/police/NNS fired/fire/VBD tear/tear/JJ gas/gas/NN to/to/TO disperse/disperse/VB them/they/PRP ././.";
  private static final String DISPERSED_EDGES = "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) nsubj:xsubj(6,4) mark(6,5) xcomp(2,6) obj(6,7) punct(2,8)";

  @Test
  void whatAConditionWaitsForIsOnlySupposed() {
    // "Chile would sue if Peru built the dam before the two sides met." The meeting is supposed.
    var events = code("Chile/Chile/NNP/LOCATION would/would/MD sue/sue/VB if/if/IN Peru/Peru/NNP/LOCATION built/build/VBD the/the/DT dam/dam/NN "
        + "before/before/IN Chile/Chile/NNP/LOCATION met/meet/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(3,1) aux(3,2) root(0,3) mark(6,4) nsubj(6,5) advcl:if(3,6) det(8,7) obj(6,8) mark(11,9) nsubj(11,10) advcl:before(6,11) obj(11,12) punct(3,13)")
        .events();
    assertThat(events).filteredOn(e -> e.type().code().startsWith("04")).isNotEmpty().allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void themInAClauseTheParserGaveAnotherSubjectIsNotTheGovernorsSubject() {
    // "Protesters rallied outside the Peruvian embassy on Saturday. Police fired tear gas to
    // disperse them.", with the gas as "disperse"'s subject: "them" are the protesters.
    HandBuiltText text = new HandBuiltText().sentence(RALLIED, RALLIED_EDGES).sentence(DISPERSED, DISPERSED_EDGES);
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("CVL 175"));
  }

  @Test
  void aDeedDoneToThoseJustToldGoesOnTheirScene() {
    // The same, published Wednesday 2023-05-10: the tear gas was fired on Saturday 6 May.
    HandBuiltText text = new HandBuiltText().sentence(RALLIED, RALLIED_EDGES).sentence(DISPERSED, DISPERSED_EDGES);
    assertThat(code(text).events()).filteredOn(e -> e.type().code().equals("175")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-06"));
  }
}
