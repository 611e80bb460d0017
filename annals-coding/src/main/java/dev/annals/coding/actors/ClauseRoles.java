package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import java.util.Locale;
import java.util.function.Predicate;

/** The part a token plays in its clause: a subject, the subject of a verb of saying. */
final class ClauseRoles {
  private final DependencyIndex index;
  private final Predicate<String> isSpeechVerb;

  /**
   * @param isSpeechVerb tells verbs of saying by lemma
   */
  ClauseRoles(DependencyIndex index, Predicate<String> isSpeechVerb) {
    this.index = index;
    this.isSpeechVerb = isSpeechVerb;
  }

  /** Whether the token is a verb of saying, by its lemma. */
  boolean isSpeechVerb(int token) {
    return isSpeechVerb.test(index.token(token).lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the token is the subject of a verb of saying: "Peskov said", "he told". */
  boolean isSubjectOfSpeech(int token) {
    return index.parents(token).stream()
        .anyMatch(d -> d.relation().startsWith("nsubj") && d.governor() >= 0 && isSpeechVerb(d.governor()));
  }

  /** Whether the token is whom a verb of saying addresses: "told reporters", "told parliament". */
  boolean isAudienceOfSpeech(int token) {
    return index.parents(token).stream()
        .anyMatch(d -> (d.relation().equals("obj") || d.relation().equals("iobj")) && d.governor() >= 0 && isSpeechVerb(d.governor()));
  }

  /** Whether the token is the subject of a clause, active or passive. */
  boolean isSubject(int token) {
    return index.parents(token).stream().anyMatch(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"));
  }
}
