package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Turkmenistan's foreign minister met the Taliban's foreign minister, Amir Khan Muttaqi, in Herat
 * on Monday, and the two signed an agreement": the parser joins "signed" to the object of "met"
 * ({@code conj(minister, signed)}, and in the enhanced graph {@code obj(met, signed)}), so the
 * signing is read as someone met. A verb in the past with a subject of its own, after "and", is a
 * clause of its own: it is joined to the verb whose object it was hung on ({@code conj(met,
 * signed)}).
 */
public final class ClauseJoinedToObject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int noun = joined.governor();
      int past = joined.dependent();
      if (noun < 0 || !joined.relation().startsWith("conj") || past < noun || !tokens.get(noun).isNoun() || !tokens.get(past).tag().equals("VBD")) {
        continue;
      }
      Optional<Dependency> object = sentence.stream().filter(d -> d.dependent() == noun && d.governor() >= 0 && d.governor() < noun
          && d.relation().equals("obj") && tokens.get(d.governor()).isVerb()).findFirst();
      if (object.isEmpty()) {
        continue;
      }
      int main = object.get().governor();
      boolean ownSubject = sentence.stream().anyMatch(d -> d.governor() == past && d.relation().equals("nsubj") && d.dependent() > noun);
      boolean afterAnd = sentence.stream().anyMatch(d -> d.governor() == past && d.relation().equals("cc") && d.dependent() > noun);
      if (!ownSubject || !afterAnd) {
        continue;
      }
      return DependencyEdits.rejoined(sentence, joined, main);
    }
    return sentence;
  }
}
