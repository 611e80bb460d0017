package dev.annals.coding;

import dev.annals.model.Dependency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who made the words a verb judges, told by "by": "rejected the claims by rights groups", or "by"
 * on a verb of naming that tells them ('rejected what it called "misleading claims" by rights
 * groups'). Whom such a judgment answers, and whether it stands aimed at no one, follow from it.
 */
final class MakersOfWordsJudged {
  /** Words some side makes: "claims by rights groups", "accusations by the opposition". */
  private static final Set<String> WORDS_MADE = Set.of("claim", "accusation", "allegation", "charge", "report", "remark", "statement", "criticism", "assertion",
      "smear", "comment");

  private MakersOfWordsJudged() {}

  /** The word for the makers, if the verb's object, or the thing its verb of naming names, is words made "by" someone. */
  static Optional<Integer> of(DependencyIndex index, int verb, Set<String> namingVerbs) {
    for (Dependency d : index.children(verb)) {
      boolean naming = (d.relation().equals("ccomp") || d.relation().equals("obj")) && namingVerbs.contains(index.lemma(d.dependent()));
      List<Integer> things = naming ? index.children(d.dependent(), Set.of("obj", "xcomp")) : d.relation().equals("obj") ? List.of(d.dependent()) : List.of();
      List<Integer> words = things.stream().filter(t -> WORDS_MADE.contains(index.lemma(t).toLowerCase(Locale.ROOT))).toList();
      if (words.isEmpty()) {
        continue;
      }
      // 'what it called "misleading claims" by rights groups': the parser may hang "by" on the naming.
      Optional<Integer> byNaming = naming ? index.children(d.dependent(), Set.of("obl:by")).stream().findFirst() : Optional.empty();
      if (byNaming.isPresent()) {
        return byNaming;
      }
      for (int thing : words) {
        Optional<Integer> by = index.children(thing, Set.of("nmod:by")).stream().filter(t -> index.token(t).isNoun()).findFirst();
        if (by.isPresent()) {
          return by;
        }
      }
    }
    return Optional.empty();
  }
}
