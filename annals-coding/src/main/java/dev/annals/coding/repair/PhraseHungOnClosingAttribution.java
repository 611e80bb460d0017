package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Tokayev discussed the incident by telephone with Vladimir Putin, who accused Ukraine of
 * terrorism, the Kremlin said": the parser hangs "with Vladimir Putin" on the closing "said"
 * ({@code obl:with(said, Putin)}), so the talk loses whom it was with. A closing attribution
 * ({@code parataxis(discussed, said)}, its subject after the comma before it) takes nothing told
 * before that comma: a prepositional phrase there goes back to the clause it closes ({@code
 * obl:with(discussed, Putin)}). In longer sentences the parser may take more: "The two sides
 * signed an agreement on rebuilding Kursk, where soldiers have been deployed since last year, and
 * discussed a visit, the agency said" hangs the agreement on "said" as its subject, the "where"
 * clause and the joined verb as its adverbial clauses. Then the noun becomes the object of the
 * clause's verb (when it has none), the "where" clause describes the noun before its comma, and
 * the joined verb is joined to the clause's.
 */
public final class PhraseHungOnClosingAttribution implements ParseRepair {
  /**
   * How the parser hangs a closing attribution on the clause it closes: as parataxis, and in
   * longer sentences as the clause's complement ("signed an agreement …, the agency said":
   * {@code ccomp(signed, said)}).
   */
  private static final Set<String> CLOSING_RELATIONS = Set.of("parataxis", "ccomp");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency closing : sentence) {
      // "JNIM fighters killed 11 traders when they ambushed a convoy on Sunday, Ghana's
      // government said" may also come with the clause hung on "said" ({@code dep(said, killed)})
      // and the "when" clause beside it.
      boolean hungOnSaying = HUNG_CLAUSE_RELATIONS.contains(closing.relation()) && closing.governor() > closing.dependent();
      int clause = hungOnSaying ? closing.dependent() : closing.governor();
      int saying = hungOnSaying ? closing.governor() : closing.dependent();
      if (clause < 0 || !(CLOSING_RELATIONS.contains(closing.relation()) || hungOnSaying) || saying < clause || !RepairWords.isSaying(tokens.get(saying))
          || !tokens.get(clause).isVerb()) {
        continue;
      }
      // The speaker is the subject right before the verb; a noun of the clause may be hung on it too.
      int speaker = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj") && d.dependent() < saying)
          .mapToInt(Dependency::dependent).max().orElse(-1);
      int comma = speaker < 0 ? -1 : lastCommaBefore(tokens, speaker, clause);
      if (comma < 0) {
        continue;
      }
      // Every phrase told before that comma goes back to the clause: one misparse, mended whole.
      boolean clauseHasObject = sentence.stream().anyMatch(d -> d.governor() == clause && d.relation().equals("obj"));
      List<Dependency> mended = new ArrayList<>();
      boolean changed = false;
      for (Dependency phrase : sentence) {
        boolean before = phrase.governor() == saying && phrase.dependent() > clause && phrase.dependent() < comma;
        if (before && phrase.baseRelation().equals("obl")) {
          mended.add(new Dependency(clause, phrase.dependent(), phrase.relation()));
          changed = true;
        } else if (before && (phrase.relation().equals("nsubj") || (phrase.relation().equals("dep") && DependencyEdits.phraseStart(sentence, phrase.dependent()) == clause + 1))
            && !clauseHasObject && tokens.get(phrase.dependent()).tag().startsWith("NN")) {
          // Or as a loose dependent right after the verb: "Gunmen attacked a convoy of World Food
          // Programme trucks …, the UN agency said" ({@code dep(said, convoy)}).
          // "The two sides signed an agreement on rebuilding Kursk …, the agency said", parsed
          // with the agreement as the subject of "said": a noun after the clause's verb, which
          // has no object, is that verb's object.
          mended.add(new Dependency(clause, phrase.dependent(), "obj"));
          changed = true;
        } else if (before && phrase.baseRelation().equals("advcl") && RepairWords.isSaying(tokens.get(clause)) && tokens.get(phrase.dependent()).isVerb()
            && tokens.get(firstWord(sentence, phrase.dependent())).text().equalsIgnoreCase("that")) {
          // "Turkey's foreign ministry told Bulgaria's ambassador … that the contract must be
          // honoured, Turkish officials said" ({@code advcl:that(said, honoured)}): a "that" clause
          // told before the comma is what the clause's own verb of saying told, not the closing
          // attribution's.
          mended.add(new Dependency(clause, phrase.dependent(), "ccomp"));
          changed = true;
        } else if (before && phrase.relation().equals("advcl") && tokens.get(phrase.dependent()).isVerb()) {
          // "…, where soldiers have been deployed since last year, and discussed a visit, the
          // agency said": a clause opened by "where" describes the noun before its comma; one
          // opened by "and" is joined to the clause.
          int verb = phrase.dependent();
          int first = firstWord(sentence, verb);
          boolean joined = sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("cc"));
          boolean relative = RELATIVE_WORDS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT));
          if (joined) {
            mended.add(new Dependency(clause, verb, "conj:and"));
            changed = true;
          } else if (relative && first >= 2 && tokens.get(first - 1).text().equals(",") && tokens.get(first - 2).tag().startsWith("NN")) {
            mended.add(new Dependency(first - 2, verb, "acl:relcl"));
            changed = true;
          } else if (SUBORDINATORS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT)) && !tokens.get(first - 1).text().equals(",")) {
            // "killed 11 traders when they ambushed a convoy": a clause of time or cause right
            // after the clause, with no comma between, tells when or why it happened.
            mended.add(new Dependency(clause, verb, phrase.relation()));
            changed = true;
          } else {
            mended.add(phrase);
          }
        } else {
          mended.add(phrase);
        }
      }
      if (changed) {
        return mended;
      }
    }
    return sentence;
  }

  /** How the parser may hang the clause itself on a closing verb of saying: {@code dep(said, killed)}. */
  private static final Set<String> HUNG_CLAUSE_RELATIONS = Set.of("dep");

  /** Words that open a clause of time or cause. */
  private static final Set<String> SUBORDINATORS = Set.of("when", "as", "after", "before", "while", "because", "since", "until");

  /** Words that open a clause describing the noun before it. */
  private static final Set<String> RELATIVE_WORDS = Set.of("where", "which", "who", "whom", "whose", "when");

  /** The first word of a verb's clause. */
  private static int firstWord(List<Dependency> sentence, int verb) {
    int first = verb;
    for (Dependency d : sentence) {
      if (d.governor() == verb && d.dependent() < first && !d.relation().equals("punct")) {
        first = Math.min(first, firstWord(sentence, d.dependent()));
      }
    }
    return first;
  }

  /** The comma right before the speaker's phrase ("..., the Kremlin said"), after the clause's verb. */
  private static int lastCommaBefore(List<Token> tokens, int speaker, int clause) {
    for (int i = speaker - 1; i > clause; i--) {
      if (tokens.get(i).text().equals(",")) {
        return i;
      }
      // "the Kremlin", "Kazakhstan's foreign ministry", "his office".
      if (!tokens.get(i).tag().startsWith("NN") && !Set.of("DT", "JJ", "POS", "PRP$").contains(tokens.get(i).tag())) {
        return -1;
      }
    }
    return -1;
  }
}
