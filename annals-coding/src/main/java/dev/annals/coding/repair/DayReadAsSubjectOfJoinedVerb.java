package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "The UN mission called on the government on Wednesday to open an investigation and offered to
 * send forensic experts": the parser gives the joined verb the day as its subject ({@code
 * nsubj(offered, Wednesday)}, {@code nsubj:xsubj(send, Wednesday)}), and may hang it on the first
 * verb as an adverbial too ({@code advcl:to(called, offered)}), so the offer has no maker. A day
 * that is already the first verb's time is never a subject: the joined verb shares the first
 * verb's subject, and is only joined to it.
 */
public final class DayReadAsSubjectOfJoinedVerb implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int main = joined.governor();
      int verb = joined.dependent();
      if (main < 0 || !joined.relation().startsWith("conj")) {
        continue;
      }
      // The joined verb's subject is a day after the first verb, which has that day as its time.
      Optional<Integer> day = sentence.stream().filter(d -> d.governor() == verb && RepairWords.isDayReadAsSubject(tokens, d) && d.dependent() > main)
          .map(Dependency::dependent).filter(when -> sentence.stream().anyMatch(d -> d.governor() == main && d.dependent() == when && d.relation().startsWith("obl")))
          .findFirst();
      Optional<Integer> doer = sentence.stream().filter(d -> d.governor() == main && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (day.isEmpty() || doer.isEmpty()) {
        continue;
      }
      int when = day.get();
      List<Dependency> mended = DependencyEdits.without(sentence, sentence.stream()
          .filter(d -> d.governor() == main && d.dependent() == verb && d.relation().startsWith("advcl")).toArray(Dependency[]::new));
      return DependencyEdits.mapped(mended, d -> d.dependent() == when && d.relation().equals("nsubj") && d.governor() == verb ? new Dependency(verb, doer.get(), "nsubj")
          : d.dependent() == when && d.relation().equals("nsubj:xsubj") ? new Dependency(d.governor(), doer.get(), "nsubj:xsubj") : d);
    }
    return sentence;
  }
}
