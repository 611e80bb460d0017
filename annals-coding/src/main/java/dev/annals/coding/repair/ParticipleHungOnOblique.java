package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * 'accused Copenhagen of "state piracy," warning that Russian warships would escort its tankers':
 * the parser may hang the participle after the comma on the last noun, the object of the
 * verb's preposition ({@code acl(piracy, warning)}), so that no one warns. A present participle
 * with no subject of its own, after a comma, on a noun that is the prepositional object of a
 * verb, goes on with that verb: {@code advcl(accused, warning)}, as the parser gives "accused
 * Copenhagen of piracy, warning that …" when nothing comes between.
 */
public final class ParticipleHungOnOblique implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency acl : sentence) {
      int noun = acl.governor();
      int participle = acl.dependent();
      if (noun < 0 || !acl.relation().equals("acl") || !tokens.get(participle).tag().equals("VBG") || participle < noun + 1 || !afterComma(tokens, participle)
          || sentence.stream().anyMatch(d -> d.governor() == participle && d.relation().startsWith("nsubj"))) {
        continue;
      }
      Optional<Dependency> oblique = sentence.stream().filter(d -> d.dependent() == noun && d.relation().startsWith("obl:") && d.governor() >= 0
          && tokens.get(d.governor()).tag().startsWith("VB")).findFirst();
      if (oblique.isEmpty()) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.without(sentence, acl);
      mended.add(new Dependency(oblique.get().governor(), participle, "advcl"));
      return mended;
    }
    return sentence;
  }

  /** Whether a comma comes right before the word, or before a closing quotation mark right before it. */
  private static boolean afterComma(List<Token> tokens, int word) {
    int before = word - 1;
    if (before >= 1 && tokens.get(before).tag().equals("''")) {
      before--;
    }
    return before >= 0 && tokens.get(before).text().equals(",");
  }
}
