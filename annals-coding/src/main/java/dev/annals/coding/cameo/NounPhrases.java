package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Dependency;
import java.util.Optional;
import java.util.Set;

/** The phrase an event noun heads or sits in, and the words that modify it. */
final class NounPhrases {
  private static final Set<String> QUANTITY_NOUNS = Set.of("round", "series", "wave", "number", "set", "string", "spate", "kind", "type", "batch", "host", "flurry");
  /**
   * Nouns that an event noun may modify and still be the event: "sanctions campaign", "aid
   * package". Before any other noun it is no event: "trade minister", "war games", "aid worker".
   */
  static final Set<String> FRAME_NOUNS = Set.of("campaign", "package", "effort", "programme", "program", "regime", "measure", "drive", "operation", "mission", "bill", "plan", "order", "deal", "spree");

  private final DependencyIndex index;
  private final EventLexicon lexicon;

  NounPhrases(DependencyIndex index, EventLexicon lexicon) {
    this.index = index;
    this.lexicon = lexicon;
  }

  /** "sanctions campaign" is headed by "campaign"; "rounds of drills" by "rounds". */
  int head(int noun) {
    int current = noun;
    for (int steps = 0; steps < 3; steps++) {
      Optional<Dependency> parent = index.head(current);
      if (parent.isEmpty()) {
        break;
      }
      Dependency d = parent.get();
      if (d.relation().equals("compound") && index.token(d.governor()).isNoun()) {
        current = d.governor();
      } else if (d.relation().equals("nmod:of") && (QUANTITY_NOUNS.contains(lemma(d.governor())) || FRAME_NOUNS.contains(lemma(d.governor())))) {
        current = d.governor();
      } else {
        break;
      }
    }
    return current;
  }

  /** True when a noun line that needs a modifier ("strike" with "hunger") matches this noun. */
  boolean hasModifierReading(int noun) {
    return lexicon.nounPatterns(lemma(noun)).stream()
        .anyMatch(p -> p.modifier().isPresent() && (hasModifier(noun, p.modifier().get()) || hasModifier(head(noun), p.modifier().get())));
  }

  /**
   * The noun has the word as an adjective, compound, determiner or adverb ("joint", "no",
   * "hunger"), or as what it asks for after "for" ("a request for talks", "calls for a ceasefire"),
   * or, for a ban, as what it is on ("a ban on imports").
   */
  boolean hasModifier(int noun, String word) {
    // "a ban on imports" is an import ban: what a ban is on names it as a modifier would.
    boolean ban = BAN_NOUNS.contains(lemma(noun));
    return index.children(noun).stream()
        .anyMatch(d -> (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("det") || d.relation().equals("advmod")
            || d.relation().equals("nmod:for") || ban && d.relation().equals("nmod:on")) && lemma(d.dependent()).equals(word));
  }

  /** Words for a ban, which the thing it is on names: "a ban on imports". */
  private static final java.util.Set<String> BAN_NOUNS = java.util.Set.of("ban", "embargo", "moratorium");

  private String lemma(int token) {
    return index.lemma(token);
  }
}
