package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "warned that exporters caught mislabelling waste would be blacklisted": inside a reported
 * clause the parser may take the reduced relative ("caught") for the clause's verb, with the
 * noun before it as its subject, and hang the clause's real verb, a passive with a modal and no
 * subject of its own, on it as a loose dependent. The passive is the clause's verb, the noun is
 * its subject and the participle describes the noun: {@code ccomp(warned, blacklisted)},
 * {@code nsubj:pass(blacklisted, exporters)}, {@code acl(exporters, caught)}; the clause's "that"
 * goes with the passive. (A modal is what makes the later verb finite: "said troops sent to the
 * border were pulled back" without one is left to {@link ReducedRelativeReadAsMainVerb}'s kind.)
 */
public final class ReducedRelativeReadAsReportedVerb implements ParseRepair {
  /** Modals that make a passive a finite verb of its own: "would be blacklisted". */
  static final Set<String> MODALS = Set.of("would", "will", "could", "can", "may", "might", "should", "shall", "must");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency clause : sentence) {
      int participle = clause.dependent();
      String tag = tokens.get(participle).tag();
      if (!clause.relation().equals("ccomp") || !(tag.equals("VBD") || tag.equals("VBN"))
          || DependencyEdits.hasAuxiliary(sentence, participle) || DependencyEdits.hasChild(sentence, participle, "aux:pass")) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj")
          && d.dependent() == participle - 1 && tokens.get(d.dependent()).tag().startsWith("NN")).findFirst();
      Optional<Dependency> passive = sentence.stream().filter(d -> d.governor() == participle && d.dependent() > participle && d.relation().equals("dep")
          && isModalPassive(tokens, sentence, d.dependent()) && DependencyEdits.subjects(sentence, d.dependent()).isEmpty()
          && !DependencyEdits.hasChild(sentence, d.dependent(), "nsubj:pass")).findFirst();
      if (subject.isEmpty() || passive.isEmpty()) {
        continue;
      }
      int noun = subject.get().dependent();
      int verb = passive.get().dependent();
      return DependencyEdits.mapped(sentence, d -> {
        if (d == clause) {
          return new Dependency(d.governor(), verb, d.relation());
        }
        if (d == subject.get()) {
          return new Dependency(verb, noun, "nsubj:pass");
        }
        if (d == passive.get()) {
          return new Dependency(noun, participle, "acl");
        }
        // The clause's "that", which the parser hung on the participle.
        if (d.governor() == participle && d.dependent() < noun && (d.relation().equals("mark") || d.relation().equals("dep"))) {
          return new Dependency(verb, d.dependent(), "mark");
        }
        if (d.governor() == participle && d.dependent() > verb) {
          return new Dependency(verb, d.dependent(), d.relation());
        }
        return d;
      });
    }
    return sentence;
  }

  /** "would be blacklisted": a passive participle with its auxiliary and a modal. */
  private static boolean isModalPassive(List<Token> tokens, List<Dependency> sentence, int verb) {
    return tokens.get(verb).tag().equals("VBN") && DependencyEdits.hasChild(sentence, verb, "aux:pass")
        && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux")
            && MODALS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT)));
  }
}
