package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Croatia's ministry rejected the note, saying the ruling had no legal effect, and accused
 * Slovenia of staging the incident": the parser joins "accused" to the verb of the "saying"
 * clause ({@code conj:and(had, accused)}), gives it that clause's subject ({@code nsubj(accused,
 * ruling)}) and hangs it on the main verb as more of what was said ({@code advcl:saying(rejected,
 * accused)}). After a comma, a past-tense verb joined by "and" to what the participle says is
 * the main verb's second act: {@code conj:and(rejected, accused)} with the main verb's subject.
 */
public final class MainVerbJoinedInsideSayingClause implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int inner = joined.governor();
      int verb = joined.dependent();
      if (inner < 0 || !joined.relation().equals("conj:and") || !RepairWords.isPastVerbAfterCommaAnd(tokens, verb)) {
        continue;
      }
      Optional<Dependency> saying = sentence.stream().filter(d -> d.dependent() == inner && d.relation().equals("advcl:saying") && d.governor() >= 0).findFirst();
      if (saying.isEmpty()) {
        continue;
      }
      int main = saying.get().governor();
      if (!tokens.get(main).tag().equals("VBD") || main > inner) {
        continue;
      }
      Optional<Dependency> mainSubject = sentence.stream().filter(d -> d.governor() == main && d.relation().equals("nsubj")).findFirst();
      Optional<Dependency> innerSubject = sentence.stream().filter(d -> d.governor() == inner && d.relation().equals("nsubj")).findFirst();
      if (mainSubject.isEmpty() || innerSubject.isEmpty()) {
        continue;
      }
      // Only the subject the parser copied from the said clause goes; a subject of the verb's own
      // ("and Zagreb accused Slovenia") would make it another clause.
      int copied = innerSubject.get().dependent();
      List<Dependency> own = sentence.stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj") && d.dependent() != copied).toList();
      if (!own.isEmpty()) {
        continue;
      }
      int doer = mainSubject.get().dependent();
      Dependency[] saidAsWell = sentence.stream().filter(d -> d.governor() == main && d.dependent() == verb && d.relation().equals("advcl:saying"))
          .toArray(Dependency[]::new);
      return DependencyEdits.mapped(DependencyEdits.without(sentence, saidAsWell),
          d -> d == joined ? new Dependency(main, verb, "conj:and")
              : d.governor() == verb && d.dependent() == copied && d.relation().equals("nsubj") ? new Dependency(verb, doer, "nsubj") : d);
    }
    return sentence;
  }
}
