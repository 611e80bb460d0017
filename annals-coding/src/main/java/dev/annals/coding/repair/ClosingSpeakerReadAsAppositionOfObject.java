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
      // The apposition may hang on the last noun of the object's phrase: "to begin a training
      // mission with Chad's army, Hungary's defence ministry said" ({@code appos(army, ministry)}).
      Optional<Dependency> appos = sentence.stream().filter(d -> d.relation().equals("appos") && d.dependent() == saying - 1
          && (d.governor() == object || isWithin(sentence, d.governor(), object))).findFirst();
      int comma = appos.isEmpty() ? -1 : DependencyEdits.phraseStart(sentence, appos.get().dependent()) - 1;
      if (appos.isEmpty() || comma <= object || !tokens.get(comma).text().equals(",") || root < 0 || root == saying) {
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

  /** Whether the token hangs, through nominal modifiers, on the noun. */
  private static boolean isWithin(List<Dependency> sentence, int token, int noun) {
    for (int at = token, steps = 0; steps < 4; steps++) {
      int here = at;
      Optional<Dependency> head = sentence.stream().filter(d -> d.dependent() == here && d.relation().startsWith("nmod")).findFirst();
      if (head.isEmpty()) {
        return false;
      }
      if (head.get().governor() == noun) {
        return true;
      }
      at = head.get().governor();
    }
    return false;
  }
}
