package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "agreed on Wednesday to reopen the road": the parser reads "on Wednesday to reopen" like "for
 * them to reopen", with the day as the subject of the infinitive ({@code mark(reopen, on)},
 * {@code nsubj(reopen, Wednesday)}, {@code advcl:to(agreed, reopen)}), so what was agreed is an
 * adverbial and the agreeing has no time. A day is never a subject: the day is the main verb's
 * time ({@code obl:on(agreed, Wednesday)}) and the infinitive its complement ({@code
 * xcomp(agreed, reopen)}).
 */
public final class DayReadAsSubjectOfInfinitive implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int verb = subject.governor();
      int day = subject.dependent();
      if (!RepairWords.isDayReadAsSubject(tokens, subject)) {
        continue;
      }
      Optional<Dependency> preposition = sentence.stream()
          .filter(d -> d.governor() == verb && d.relation().equals("mark") && d.dependent() == day - 1 && tokens.get(d.dependent()).text().equalsIgnoreCase("on")).findFirst();
      Optional<Dependency> clause = sentence.stream().filter(d -> d.dependent() == verb && d.relation().startsWith("advcl") && d.governor() >= 0 && d.governor() < day).findFirst();
      if (preposition.isPresent() && clause.isEmpty()) {
        // "signed an agreement in Baku on Wednesday to set up a company", with the infinitive on
        // the noun ({@code acl:to(agreement, set)}): the day is the time of the verb whose
        // object the noun is; the infinitive stays the noun's.
        Optional<Dependency> onNoun = sentence.stream().filter(d -> d.dependent() == verb && d.relation().startsWith("acl") && d.governor() >= 0 && d.governor() < day).findFirst();
        Optional<Dependency> taking = onNoun.flatMap(n -> sentence.stream().filter(d -> d.dependent() == n.governor() && d.relation().equals("obj") && d.governor() >= 0).findFirst());
        if (taking.isPresent()) {
          int main = taking.get().governor();
          Dependency on = preposition.get();
          return DependencyEdits.mapped(sentence, d -> d == subject ? new Dependency(main, day, "obl:on")
              : d == on ? new Dependency(day, d.dependent(), "case") : d);
        }
      }
      if (preposition.isEmpty() || clause.isEmpty()) {
        continue;
      }
      int main = clause.get().governor();
      Dependency on = preposition.get();
      Dependency adverbial = clause.get();
      return DependencyEdits.mapped(sentence, d -> d == subject ? new Dependency(main, day, "obl:on")
          : d == on ? new Dependency(day, d.dependent(), "case")
          : d == adverbial ? new Dependency(main, verb, "xcomp") : d);
    }
    return sentence;
  }
}
