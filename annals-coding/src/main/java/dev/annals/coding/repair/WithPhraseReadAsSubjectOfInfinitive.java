package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "agreed with his Danish counterpart to set up a joint police unit": the parser reads "with his
 * counterpart to set up" as an absolute clause ({@code mark(set, with)}, {@code nsubj(set,
 * counterpart)}, {@code advcl:to(agreed, set)}), so the counterpart sets the unit up and no one is
 * agreed with. After the verb it hangs on, "with" and a noun before an infinitive are that verb's
 * partner ({@code obl:with(agreed, counterpart)}), and the infinitive is what it agreed to do
 * ({@code xcomp(agreed, set)}). ("With elections due, the party …" comes before its verb; only
 * agreeing is read so.) The same misparse with a preposition that never opens a clause ("vowed on
 * social media to 'wipe out' the group", {@code mark(wipe, on)}, {@code nsubj(wipe, media)}, so
 * the media wipe out the group) gives the phrase back to any verb as its oblique; so does "to" as
 * a preposition ("would send investigators to Abidjan to help trace the money", {@code
 * nsubj(help, Abidjan)}), the infinitive staying the purpose it is.
 */
public final class WithPhraseReadAsSubjectOfInfinitive implements ParseRepair {
  /** Prepositions that never open a clause with a subject, as "with" and "for" can. */
  private static final Set<String> PHRASE_ONLY_PREPOSITIONS = Set.of("on", "in", "at", "via", "through", "during", "to");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency marker : sentence) {
      int infinitive = marker.governor();
      int with = marker.dependent();
      String preposition = tokens.get(with).lemma().toLowerCase(Locale.ROOT);
      // ("to" as a preposition only, not the infinitive's own: "would send investigators to
      // Abidjan to help trace the money", {@code mark(help, to)} twice.)
      boolean phraseOnly = PHRASE_ONLY_PREPOSITIONS.contains(preposition) && !tokens.get(with).tag().equals("TO");
      if (infinitive < 0 || !marker.relation().equals("mark") || !(preposition.equals("with") || phraseOnly) || !tokens.get(infinitive).tag().equals("VB")) {
        continue;
      }
      boolean toInfinitive = sentence.stream().anyMatch(d -> d.governor() == infinitive && d.relation().equals("mark") && tokens.get(d.dependent()).tag().equals("TO"));
      Optional<Dependency> subject = sentence.stream()
          .filter(d -> d.governor() == infinitive && d.relation().equals("nsubj") && d.dependent() > with && d.dependent() < infinitive).findFirst();
      Optional<Dependency> clause = sentence.stream()
          .filter(d -> d.dependent() == infinitive && d.governor() >= 0 && d.governor() < with && d.relation().startsWith("advcl") && tokens.get(d.governor()).isVerb())
          .findFirst();
      if (!toInfinitive || subject.isEmpty() || clause.isEmpty() || !tokens.get(subject.get().dependent()).isNoun()) {
        continue;
      }
      int verb = clause.get().governor();
      // Only agreeing, which takes both a partner and what is agreed: "pressed ahead with a
      // campaign to expel migrants" is a campaign's purpose, no partner's.
      if (!phraseOnly && !tokens.get(verb).lemma().equalsIgnoreCase("agree")) {
        continue;
      }
      int partner = subject.get().dependent();
      Dependency ownSubject = subject.get();
      Dependency advcl = clause.get();
      return DependencyEdits.mapped(sentence, d -> {
        if (d == marker) {
          return new Dependency(partner, with, "case");
        }
        if (d == ownSubject) {
          return new Dependency(verb, partner, "obl:" + preposition);
        }
        // (What one is sent somewhere to do stays its purpose.)
        if (d == advcl && !preposition.equals("to")) {
          return new Dependency(verb, infinitive, "xcomp");
        }
        return d;
      });
    }
    return sentence;
  }
}
