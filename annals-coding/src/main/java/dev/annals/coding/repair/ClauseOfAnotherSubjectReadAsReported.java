package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * "Tonga said it would end its sponsorship, and China accused Washington of plundering": the
 * parser joins the second clause to the first clause of what was said ({@code conj:and(end,
 * accused)}, {@code ccomp(said, accused)}), so that China's accusation is only Tonga's report.
 * What was said is in a modal ("would end"); a clause after ", and" with a named subject of its
 * own (named, or a noun: "and the country's main union federation accused the government") and a
 * plain past verb is not in that frame: it is the reporter's next clause, joined to the verb of
 * saying instead.
 */
public final class ClauseOfAnotherSubjectReadAsReported implements ParseRepair {

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency reported : sentence) {
      int sayer = reported.governor();
      int second = reported.dependent();
      if (sayer < 0 || !reported.relation().equals("ccomp") || !tokens.get(second).tag().equals("VBD")) {
        continue;
      }
      for (Dependency joined : sentence) {
        int first = joined.governor();
        if (joined.dependent() != second || !joined.relation().startsWith("conj") || first < 0 || first >= second
            || sentence.stream().noneMatch(d -> d.governor() == sayer && d.dependent() == first && d.relation().equals("ccomp"))) {
          continue;
        }
        boolean modalFirst = sentence.stream().anyMatch(d -> d.governor() == first && d.relation().equals("aux") && RepairWords.isModalOfWhatMayBe(tokens.get(d.dependent())));
        boolean plainSecond = sentence.stream().noneMatch(d -> d.governor() == second && d.relation().startsWith("aux"));
        // A name ("China") or a noun of its own ("the country's main union federation accused"),
        // not a pronoun, which may be the sayer's own.
        boolean namedSubject = sentence.stream().anyMatch(d -> d.governor() == second && d.relation().equals("nsubj") && tokens.get(d.dependent()).tag().startsWith("NN"));
        boolean commaAnd = sentence.stream().anyMatch(d -> d.governor() == second && d.relation().equals("cc") && d.dependent() > 0
            && tokens.get(d.dependent() - 1).text().equals(","));
        if (modalFirst && plainSecond && namedSubject && commaAnd) {
          List<Dependency> mended = new ArrayList<>(DependencyEdits.without(sentence, reported, joined));
          mended.add(new Dependency(sayer, second, joined.relation()));
          return List.copyOf(mended);
        }
      }
    }
    return sentence;
  }
}
