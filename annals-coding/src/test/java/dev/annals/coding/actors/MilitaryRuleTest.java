package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.HandCoding;
import dev.annals.coding.knowledge.KnowledgeFileException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who "the junta" and "the military government" are: the article's state its armed forces ruled (actors/military-rule.tsv). */
class MilitaryRuleTest {
  private static MilitaryRule read(String lines) {
    String file = "# country, from, to\n" + lines;
    return MilitaryRule.read("test-rule.tsv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), Set.of("NER", "CHL")::contains);
  }

  @Test
  void aPeriodCoversItsDaysAndAnOpenOneLasts() {
    MilitaryRule rule = read("NER\t2010-02-18\t2011-04-07\nNER\t2023-07-26\t-\n");
    assertThat(rule.ruled("NER", LocalDate.of(2010, 2, 18))).isTrue();
    assertThat(rule.ruled("NER", LocalDate.of(2015, 1, 1))).isFalse();
    assertThat(rule.ruled("NER", LocalDate.of(2026, 8, 19))).isTrue();
    assertThat(rule.ruled("CHL", LocalDate.of(2026, 8, 19))).isFalse();
  }

  @Test
  void aBadLineNamesTheFileTheLineAndTheProblem() {
    assertThatThrownBy(() -> read("RUR\t2010-02-18\t-\n")).isInstanceOf(KnowledgeFileException.class).hasMessageContaining("test-rule.tsv line 2").hasMessageContaining("'RUR'");
    assertThatThrownBy(() -> read("NER\t2010-13-18\t-\n")).isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 2").hasMessageContaining("2010-13-18");
    assertThatThrownBy(() -> read("NER\t2011-02-18\t2010-01-01\n")).isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 2").hasMessageContaining("before it starts");
  }

  @Test
  void theShippedFileLoads() {
    assertThat(ActorDictionary.load().militaryRuled("NER", LocalDate.of(2026, 8, 19))).isTrue();
    assertThat(ActorDictionary.load().militaryRuled("DZA", LocalDate.of(2026, 8, 19))).isFalse();
  }

  private static List<String> recalledThenAccused(LocalDate day) {
    // "Niger recalled its ambassador from Algeria. Algeria's government defended the expulsions.
    // The military government accused Algeria."
    HandBuiltText text = new HandBuiltText()
        .sentence("Niger/Niger/NNP/LOCATION recalled/recall/VBD its/its/PRP$ ambassador/ambassador/NN from/from/IN Algeria/Algeria/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) obl:from(2,6) punct(2,7)")
        .sentence("Algeria/Algeria/NNP/LOCATION 's/'s/POS government/government/NN defended/defend/VBD the/the/DT expulsions/expulsion/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)")
        .sentence("The/the/DT military/military/JJ government/government/NN accused/accuse/VBD Algeria/Algeria/NNP/LOCATION ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)");
    return HandCoding.coder().code(text.build(day), day, "given").events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void theMilitaryGovernmentIsTheStateItsArmyRuledThatDay() {
    assertThat(recalledThenAccused(LocalDate.of(2026, 8, 19))).contains("NERGOV DZA 112").noneMatch(t -> t.startsWith("DZAGOV DZA"));
  }

  @Test
  void beforeTheCoupTheMilitaryGovernmentIsNoOneKnown() {
    // Niger in 2018 had an elected government: the file tells nothing, and "the military
    // government" is found as any government is, here the one named last.
    assertThat(recalledThenAccused(LocalDate.of(2018, 8, 19))).doesNotContain("NERGOV DZA 112");
  }
}
