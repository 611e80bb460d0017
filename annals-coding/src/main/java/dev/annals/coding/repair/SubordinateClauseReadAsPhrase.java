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
 * court)}. A participle on the noun ("after talks held in Doha") is left alone. So is the verb the
 * parser hangs loose on the verb the phrase is on, right after the phrase ("summoned Portugal's
 * ambassador after border police at Lisbon airport refused entry to 43 travellers", {@code
 * dep(summoned, refused)}).
 */
public final class SubordinateClauseReadAsPhrase implements ParseRepair {
  private static final Set<String> MARKERS = Set.of("after", "before", "since", "until");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency acl : sentence) {
      int verb = acl.dependent();
      if (acl.governor() < 0 || !tokens.get(verb).tag().equals("VBD") || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) {
        continue;
      }
      int noun = acl.relation().equals("acl") ? acl.governor() : acl.relation().equals("dep") ? phraseEndingBefore(sentence, acl.governor(), verb) : -1;
      if (noun < 0 || verb < noun) {
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

  /**
   * The noun of a phrase on the verb whose words run right up to the given later verb: "after
   * border police at Lisbon airport [refused]". None (-1) when there is no such phrase.
   */
  private static int phraseEndingBefore(List<Dependency> sentence, int governor, int verb) {
    for (Dependency phrase : sentence) {
      if (phrase.governor() != governor || !phrase.relation().startsWith("obl:") || phrase.dependent() >= verb) {
        continue;
      }
      java.util.Set<Integer> words = new java.util.HashSet<>(List.of(phrase.dependent()));
      for (boolean grew = true; grew; ) {
        grew = false;
        for (Dependency d : sentence) {
          if (words.contains(d.governor()) && d.dependent() < verb && words.add(d.dependent())) {
            grew = true;
          }
        }
      }
      boolean runsUpToVerb = java.util.stream.IntStream.range(phrase.dependent(), verb).allMatch(words::contains);
      if (runsUpToVerb) {
        return phrase.dependent();
      }
    }
    return -1;
  }
}
