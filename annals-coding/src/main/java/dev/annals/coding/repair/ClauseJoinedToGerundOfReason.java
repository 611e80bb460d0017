package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Paz thanked Brazil for offering a generous hand, and Lula accepted an invitation to visit La Paz
 * in May": the parser joins "accepted" to the gerund of the thanks' reason ({@code
 * conj(offering, accepted)}, and in the enhanced graph {@code obl:for(thanked, accepted)}), so
 * Lula's acceptance is read as part of what Paz thanked Brazil for, and its May dates the thanks.
 * A verb in the past with a subject of its own is a clause of its own: it is joined to the verb
 * the gerund hangs on ({@code conj(thanked, accepted)}).
 */
public final class ClauseJoinedToGerundOfReason implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int gerund = joined.governor();
      int past = joined.dependent();
      if (gerund < 0 || !joined.relation().startsWith("conj") || past < gerund || !tokens.get(gerund).tag().equals("VBG")
          || !tokens.get(past).tag().equals("VBD")) {
        continue;
      }
      Optional<Dependency> reason = sentence.stream().filter(d -> d.dependent() == gerund && d.governor() >= 0 && d.governor() < gerund
          && (d.relation().startsWith("obl:") || d.relation().startsWith("advcl:")) && tokens.get(d.governor()).isVerb()).findFirst();
      if (reason.isEmpty()) {
        continue;
      }
      int main = reason.get().governor();
      Optional<Integer> ownSubject = sentence.stream().filter(d -> d.governor() == past && d.relation().equals("nsubj") && d.dependent() > gerund)
          .map(Dependency::dependent).findFirst();
      if (ownSubject.isEmpty()) {
        continue;
      }
      return DependencyEdits.rejoined(sentence, joined, main);
    }
    return sentence;
  }
}
