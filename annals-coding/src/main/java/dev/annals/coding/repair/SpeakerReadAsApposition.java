package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "NATO troops have arrived in Bosnia, Defense Secretary William Perry said": the parser may hang
 * the speaker on the noun before it as an apposition ({@code appos(Bosnia, Perry)}) and leave
 * "said" with no subject, so that Bosnia is read as the secretary. A name right before a
 * subjectless verb of saying is its speaker, not an apposition: {@code nsubj(said, Perry)}.
 */
public final class SpeakerReadAsApposition implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency appos : sentence) {
      int speaker = appos.dependent();
      int verb = speaker + 1;
      if (!appos.relation().equals("appos") || appos.governor() < 0 || appos.governor() >= speaker || verb >= tokens.size()
          || !tokens.get(speaker).tag().startsWith("NNP") || !RepairWords.isSaying(tokens.get(verb))
          || sentence.stream().noneMatch(d -> d.dependent() == verb)
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) {
        continue;
      }
      return DependencyEdits.replaced(sentence, appos, new Dependency(verb, speaker, "nsubj"));
    }
    return sentence;
  }
}
