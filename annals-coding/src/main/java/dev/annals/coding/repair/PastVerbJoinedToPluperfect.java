package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Sudan's foreign ministry denied that its forces had carried out the attack and accused Chad":
 * the parser joins "accused" to the reported "had carried" ({@code conj(carried, accused)}, with
 * the forces as its subject), so the forces accuse, and under the denial. A verb in the simple
 * past cannot share a pluperfect's "had": it goes on with the verb that reports the clause, and
 * has that verb's subject ({@code conj(denied, accused)}, {@code nsubj(accused, ministry)}), not
 * the enhanced graph's copy of the report ({@code ccomp(denied, accused)}). A word of speech
 * the tagger calls a participle goes on the same way ("denied that any violation had taken place
 * and accused Finland"), and so after a pluperfect progressive ("said the ship had been carrying
 * out research and accused Irish media"), or after a passive ("said the men had been released and
 * apologised for what he called a misunderstanding"). A word of speech after ", and" goes on the same way
 * when the verb it is joined to tells, in the simple past, when the pluperfect's deed was done
 * ("said one fisherman had been injured when officers fired warning shots, and asked Kuala Lumpur
 * to treat the crew humanely": the officers did not ask). A copula's pluperfect holds as a verb's
 * does ("said the reefs had been Tongan territory since 1972 and accused Fiji": the reefs do not
 * accuse).
 */
public final class PastVerbJoinedToPluperfect implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int joinedTo = joined.governor();
      int past = joined.dependent();
      if (joinedTo < 0 || !joined.relation().startsWith("conj") || past < joinedTo || !isSimplePast(tokens.get(past)) || hasAuxiliary(sentence, past)) {
        continue;
      }
      int held = pluperfectHolding(tokens, sentence, joinedTo);
      boolean afterTimeClause = held < 0 && isSpeech(tokens.get(past)) && RepairWords.isPastVerbAfterCommaAnd(tokens, past);
      int reported = afterTimeClause ? pluperfectOfTimeClause(tokens, sentence, joinedTo) : held;
      if (reported < 0) {
        continue;
      }
      Optional<Dependency> clause = sentence.stream().filter(d -> d.dependent() == reported && d.relation().equals("ccomp") && d.governor() >= 0).findFirst();
      if (clause.isEmpty() || !tokens.get(clause.get().governor()).tag().equals("VBD")) {
        continue;
      }
      int reporter = clause.get().governor();
      Optional<Integer> subject = sentence.stream().filter(d -> d.governor() == reporter && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (subject.isEmpty()) {
        continue;
      }
      // The subject the parser copied from the reported verb goes; one of its own ("but it warned") stays.
      // ("the men had been released and apologised": the passive's subject too.)
      List<Integer> reportedSubjects = sentence.stream().filter(d -> d.governor() == joinedTo && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")))
          .map(Dependency::dependent).toList();
      // The enhanced graph's copy of the reported clause's edge ("ccomp(denied, accused)") goes too.
      // So does its copy of the time clause's edge ("advcl(injured, asked)").
      List<Dependency> copied = sentence.stream().filter(d -> d.dependent() == past && (d.governor() == reporter && d.relation().equals("ccomp")
          || afterTimeClause && d.governor() == reported && d.relation().startsWith("advcl"))).toList();
      List<Dependency> kept = DependencyEdits.without(sentence, copied.toArray(Dependency[]::new));
      return DependencyEdits.mapped(kept, d -> d == joined ? new Dependency(reporter, past, d.relation())
          : d.governor() == past && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && reportedSubjects.contains(d.dependent())
              ? new Dependency(past, subject.get(), "nsubj")
          : d.governor() == joinedTo && d.relation().equals("cc") && d.dependent() == past - 1 ? new Dependency(past, d.dependent(), "cc") : d);
    }
    return sentence;
  }

  /**
   * Words of speech that go on what the reporter says rather than what it reports ("denied that
   * any violation had taken place and accused Finland"), even when the tagger, seeing the "had",
   * calls them participles.
   */
  private static final java.util.Set<String> SPEECH = java.util.Set.of("accuse", "blame", "call", "urge", "warn", "vow", "insist", "condemn", "criticise",
      "criticize", "demand", "dismiss", "reject", "threaten", "apologise", "apologize");

  /** Speech acts that may follow a report with ", and", asking included ("and asked Kuala Lumpur to ..."). */
  private static boolean isSpeech(Token token) {
    String lemma = token.lemma().toLowerCase(java.util.Locale.ROOT);
    return SPEECH.contains(lemma) || lemma.equals("ask");
  }

  /** Words that open a clause telling when a deed was done. */
  private static final java.util.Set<String> TIME_MARKERS = java.util.Set.of("when", "as", "after");

  /**
   * The pluperfect a simple-past clause of time hangs on ("had been injured when officers fired"),
   * or -1.
   */
  private static int pluperfectOfTimeClause(List<Token> tokens, List<Dependency> sentence, int verb) {
    boolean timeClause = sentence.stream().anyMatch(d -> d.governor() == verb && (d.relation().equals("advmod") || d.relation().equals("mark"))
        && TIME_MARKERS.contains(tokens.get(d.dependent()).text().toLowerCase(java.util.Locale.ROOT)));
    if (!tokens.get(verb).tag().equals("VBD") || !timeClause) {
      return -1;
    }
    return sentence.stream().filter(d -> d.dependent() == verb && d.relation().startsWith("advcl") && d.governor() >= 0)
        .map(Dependency::governor).filter(head -> tokens.get(head).tag().equals("VBN") && hasHad(tokens, sentence, head)).findFirst().orElse(-1);
  }

  private static boolean isSimplePast(Token token) {
    return token.tag().equals("VBD") || token.tag().equals("VBN") && SPEECH.contains(token.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The pluperfect the word joined to is, or sits in: "the spill had poisoned waters hundreds of
   * Belizean families fish in and demanded that Mexico pay" joins "demanded" to "fish", a word of
   * the clause "had poisoned" heads. A past verb of that clause ("had seized the boat and detained
   * its crew") shares its "had" and stays; so does anything under another pluperfect. -1 when none.
   */
  private static int pluperfectHolding(List<Token> tokens, List<Dependency> sentence, int word) {
    if (tokens.get(word).tag().equals("VBN")) {
      return hasHad(tokens, sentence, word) ? word : -1;
    }
    // "said the ship had been carrying out routine research ... and accused Irish media": the
    // pluperfect's progressive holds its "had" on the gerund.
    if (tokens.get(word).tag().equals("VBG") && hasHad(tokens, sentence, word)) {
      return word;
    }
    if (tokens.get(word).tag().equals("VBD")) {
      return -1;
    }
    // "said the reefs had been Tongan territory since 1972 and accused Fiji": a copula's
    // pluperfect holds its "had" on the noun or adjective it predicates.
    if (!tokens.get(word).tag().startsWith("VB") && hasHad(tokens, sentence, word)) {
      return word;
    }
    int current = word;
    for (int steps = 0; steps < 4; steps++) {
      int at = current;
      Optional<Dependency> head = sentence.stream().filter(d -> d.dependent() == at && d.governor() >= 0 && !d.relation().startsWith("conj")
          && !d.relation().equals("ref")).findFirst();
      if (head.isEmpty()) {
        return -1;
      }
      current = head.get().governor();
      if (tokens.get(current).tag().equals("VBN")) {
        return hasHad(tokens, sentence, current) ? current : -1;
      }
      if (tokens.get(current).tag().startsWith("VB")) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the verb has "had" (or "have") as its auxiliary: "had seized". */
  static boolean hasHad(List<Token> tokens, List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("have"));
  }

  private static boolean hasAuxiliary(List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("aux"));
  }
}
