package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words rejected whose makers the text tells, and permits suspended for a country. */
class WordsRejectedAndPermitsTest {
  // "Nepal asked Qatar to investigate the deaths."
  private static final String ASKED = "Nepal/Nepal/NNP/LOCATION asked/ask/VBD Qatar/Qatar/NNP/LOCATION to/to/TO investigate/investigate/VB the/the/DT deaths/death/NNS ././.";
  private static final String ASKED_EDGES = "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) det(7,6) obj(5,7) punct(2,8)";

  @Test
  void aRejectionOfClaimsByMakersOfNoSideStandsAimedAtNoOne() {
    // "... Qatar rejected what it called misleading claims by rights groups."
    var triples = code(new HandBuiltText().sentence(ASKED, ASKED_EDGES)
        .sentence("Qatar/Qatar/NNP/LOCATION rejected/reject/VBD what/what/WP it/it/PRP called/call/VBD misleading/misleading/JJ claims/claim/NNS by/by/IN "
                + "rights/right/NNS groups/group/NNS ././.",
            "nsubj(2,1) root(0,2) obj(5,3) nsubj(5,4) ccomp(2,5) amod(7,6) obj(5,7) case(10,8) compound(10,9) obl:by(5,10) punct(2,11)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("QAT - 120").noneMatch(t -> t.startsWith("QAT NPL 12"));
  }

  @Test
  void permitsSuspendedForACountryAreASanctionOnIt() {
    // "Nepal said it would suspend work permits for Qatar."
    var triples = code(new HandBuiltText()
        .sentence("Nepal/Nepal/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD suspend/suspend/VB work/work/NN permits/permit/NNS for/for/IN "
                + "Qatar/Qatar/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) compound(7,6) obj(5,7) case(9,8) nmod:for(7,9) punct(2,10)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).anyMatch(t -> t.startsWith("NPL QAT 1"));
  }
}
