package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Germany suspended aid after a court in Bujumbura sentenced a German aid worker to 12 years": the
 * parser reads "after a court" as a prepositional phrase and "sentenced" as a clause on "court"
 * ({@code obl:after(suspended, court)}, {@code acl(court, sentenced)}), so the sentencing has no
 * subject. A past-tense verb with no subject of its own, hung on a noun that "after", "before",
 * "since" or "until" opens, is the clause those words open, the noun its subject: {@code
 * advcl:after(suspended, sentenced)}, {@code mark(sentenced, after)}, {@code nsubj(sentenced,
 * court)}. A participle on the noun ("after talks held in Doha") is left alone.
 */
public final class SubordinateClauseReadAsPhrase implements ParseRepair {
  private static final Set<String> MARKERS = Set.of("after", "before", "since", "until");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency acl : sentence) {
      int noun = acl.governor();
      int verb = acl.dependent();
      if (!acl.relation().equals("acl") || noun < 0 || verb < noun || !tokens.get(verb).tag().equals("VBD")
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) {
        continue;
      }
      Optional<Dependency> marker = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("case")
          && MARKERS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT))).findFirst();
      if (marker.isEmpty()) {
        continue;
      }
      String word = tokens.get(marker.get().dependent()).text().toLowerCase(Locale.ROOT);
      Optional<Dependency> phrase = sentence.stream().filter(d -> d.dependent() == noun && d.relation().equals("obl:" + word)).findFirst();
      if (phrase.isEmpty()) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.without(sentence, acl, marker.get(), phrase.get());
      mended.add(new Dependency(phrase.get().governor(), verb, "advcl:" + word));
      mended.add(new Dependency(verb, marker.get().dependent(), "mark"));
      mended.add(new Dependency(verb, noun, "nsubj"));
      return mended;
    }
    return sentence;
  }
}
