package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParseDumpTest {
  @Test
  void printsTokensWithTagsAndEntitiesAndTheRepairedDependencies() {
    var text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION condemned/condemn/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)").build(LocalDate.of(2023, 5, 10));
    String dump = ParseDump.of(new DependencyIndex(text));
    assertThat(dump).startsWith("parse s0: 0:Chile/NNP/LOCATION 1:condemned/VBD 2:Peru/NNP/LOCATION 3:./.\n");
    assertThat(dump).contains("  nsubj(1 condemned, 0 Chile)\n", "  root(ROOT, 1 condemned)\n", "  obj(1 condemned, 2 Peru)\n");
  }

  @Test
  void printsEachSentenceInTheHandBuiltNotationThatReadsBackAsTheSameGraph() {
    var built = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION condemned/condemn/VBD Peru/Peru/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("It/it/PRP recalled/recall/VBD its/its/PRP$ envoy/envoy/NN ././.", "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) punct(2,5)");
    var text = built.build(LocalDate.of(2023, 5, 10));
    String dump = ParseDump.handBuilt(new DependencyIndex(text));
    assertThat(dump).isEqualTo("""
        hand s0:
          "Chile/Chile/NNP/LOCATION condemned/condemn/VBD Peru/Peru/NNP/LOCATION ././.",
          "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"
        hand s1:
          "It/it/PRP recalled/recall/VBD its/its/PRP$ envoy/envoy/NN ././.",
          "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) punct(2,5)"
        """);
  }
}
