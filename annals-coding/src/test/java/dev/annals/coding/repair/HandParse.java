package dev.annals.coding.repair;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.List;

/**
 * One hand-built sentence's words and parses of them, both written as {@link HandBuiltText} writes
 * them ("word/lemma/TAG[/ENTITY]", "rel(g,d)" with 1-based token numbers, 0 for the root), so a
 * test states the misparse a repair is given and the parse it must give back in one notation.
 */
final class HandParse {
  private static final LocalDate DATE = LocalDate.of(2023, 5, 10);

  private final String words;

  private HandParse(String words) {
    this.words = words;
  }

  static HandParse of(String words) {
    return new HandParse(words);
  }

  /** The repair turns the {@code misparse} into the {@code repaired} parse (edges in any order). */
  void assertRepairs(ParseRepair repair, String misparse, String repaired) {
    assertThat(repair.apply(tokens(), parse(misparse))).containsExactlyInAnyOrderElementsOf(parse(repaired));
  }

  /** The repair gives back the very list it was given: it found nothing to mend. */
  void assertLeavesAlone(ParseRepair repair, String edges) {
    List<Dependency> parse = parse(edges);
    assertThat(repair.apply(tokens(), parse)).isSameAs(parse);
  }

  private List<Token> tokens() {
    return build("").tokens();
  }

  /** The sentence's dependencies written as {@code edges}, in an unmodifiable list. */
  private List<Dependency> parse(String edges) {
    return build(edges).sentences().get(0).dependencies();
  }

  private AnnotatedText build(String edges) {
    return new HandBuiltText().sentence(words, edges).build(DATE);
  }
}
