package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Kazakhstan suspended imports of meat from Mongolia on Monday after an outbreak of
 * foot-and-mouth disease was confirmed in Bayan-Ulgii province, the ministry said": the parser may
 * read "after an outbreak" as a phrase on the main verb and make the main clause the clausal
 * subject of the later verb, which becomes the root ({@code csubj:pass(confirmed, suspended)},
 * {@code obl:after(suspended, outbreak)}), so the suspension is no main clause and the later verb
 * has no subject. A finite verb with a subject of its own that is the clausal subject of a later
 * verb with none, the noun of its "after", "before", "since", "until" or "when" phrase between
 * them, is the main verb; the phrase is the clause those words open, the noun its subject: {@code
 * root(suspended)}, {@code advcl:after(suspended, confirmed)}, {@code mark(confirmed, after)},
 * {@code nsubj:pass(confirmed, outbreak)}. A closing attribution and the period go back to the
 * main verb.
 */
public final class MainVerbReadAsClausalSubject implements ParseRepair {
  private static final Set<String> MARKERS = Set.of("after", "before", "since", "until", "when");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency clausal : sentence) {
      int verb = clausal.dependent();
      int later = clausal.governor();
      if (!clausal.relation().startsWith("csubj") || later <= verb || !RepairWords.isFiniteVerb(tokens.get(verb))
          || sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().equals("nsubj") && d.dependent() < verb)
          || sentence.stream().anyMatch(d -> d.governor() == later && d.relation().startsWith("nsubj"))
          || sentence.stream().noneMatch(d -> d.dependent() == later && d.relation().equals("root"))) {
        continue;
      }
      for (Dependency phrase : sentence) {
        int noun = phrase.dependent();
        String word = phrase.relation().startsWith("obl:") ? phrase.relation().substring(4) : "";
        if (phrase.governor() != verb || !MARKERS.contains(word) || noun <= verb || noun >= later) {
          continue;
        }
        Optional<Dependency> marker = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("case")
            && tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT).equals(word)).findFirst();
        if (marker.isEmpty()) {
          continue;
        }
        boolean passive = sentence.stream().anyMatch(d -> d.governor() == later && d.relation().equals("aux:pass"));
        List<Dependency> mended = new ArrayList<>();
        for (Dependency d : sentence) {
          if (d == phrase || d == marker.get() || (d.governor() == later && d.relation().startsWith("csubj")) || (d.dependent() == later && d.relation().equals("root"))) {
            continue;
          }
          // ", the ministry said" and the period close the sentence, whose main verb is the first again.
          boolean closing = d.governor() == later && (tokens.get(d.dependent()).tag().equals(".")
              || ((d.relation().equals("ccomp") || d.relation().equals("parataxis")) && RepairWords.isSaying(tokens.get(d.dependent()))));
          mended.add(closing ? new Dependency(verb, d.dependent(), d.relation().equals("ccomp") ? "parataxis" : d.relation()) : d);
        }
        mended.add(new Dependency(-1, verb, "root"));
        mended.add(new Dependency(verb, later, "advcl:" + word));
        mended.add(new Dependency(later, marker.get().dependent(), "mark"));
        mended.add(new Dependency(later, noun, passive ? "nsubj:pass" : "nsubj"));
        return mended;
      }
    }
    return sentence;
  }
}
