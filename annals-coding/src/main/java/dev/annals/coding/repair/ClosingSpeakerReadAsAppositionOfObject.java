package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Surinamese soldiers arrested 31 Brazilian gold miners ... and destroyed their dredges,
 * Suriname's defence ministry said": the parser may read the last object before the comma as the
 * subject of the closing "said" ({@code nsubj(said, dredges)}), the speaker as that object's
 * apposition ({@code appos(dredges, ministry)}) and "said" as what the last verb reports ({@code
 * ccomp(destroyed, said)}). A verb of saying that closes the sentence, with a noun right before a
 * comma for its subject and the noun right before it in apposition to that subject, speaks through
 * the apposition: {@code nsubj(said, ministry)}; it is the sentence's root, and what was the root
 * is what it reports ({@code ccomp(said, arrested)}), the object back in the clause that takes it.
 */
public final class ClosingSpeakerReadAsAppositionOfObject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    for (Dependency reported : sentence) {
      int saying = reported.dependent();
      if (!reported.relation().equals("ccomp") || reported.governor() < 0 || reported.governor() > saying || !RepairWords.isSaying(tokens.get(saying))
          || !tokens.get(saying).tag().equals("VBD") || !DependencyEdits.closesSentence(sentence, saying)) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj") && d.dependent() < saying).findFirst();
      if (subject.isEmpty()) {
        continue;
      }
      int object = subject.get().dependent();
      Optional<Dependency> appos = sentence.stream().filter(d -> d.governor() == object && d.relation().equals("appos") && d.dependent() == saying - 1).findFirst();
      if (appos.isEmpty() || object + 1 >= tokens.size() || !tokens.get(object + 1).text().equals(",") || root < 0 || root == saying) {
        continue;
      }
      int speaker = appos.get().dependent();
      int taker = reported.governor();
      if (sentence.stream().anyMatch(d -> d.governor() == taker && d.relation().equals("obj"))) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.toldBy(DependencyEdits.without(sentence, reported, subject.get(), appos.get()), saying, speaker, root);
      mended.add(new Dependency(taker, object, "obj"));
      return mended;
    }
    return sentence;
  }
}
