package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * 'accused Copenhagen of "state piracy," warning that Russian warships would escort its tankers':
 * the parser may hang the participle after the comma on the last noun, the object of the
 * verb's preposition ({@code acl(piracy, warning)}), so that no one warns. A present participle
 * with no subject of its own, after a comma, on a noun that is the prepositional object of a
 * verb, goes on with that verb: {@code advcl(accused, warning)}, as the parser gives "accused
 * Copenhagen of piracy, warning that …" when nothing comes between.
 */
public final class ParticipleHungOnOblique implements ParseRepair {
  /** Participles of asking or demanding, which say what the words were for. */
  private static final Set<String> DEMANDING_LEMMAS = Set.of("demand", "urge", "ask", "request", "call", "plead", "press", "insist");
  /** A participle's clause: "demanding that …", "urging him to …". */
  private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency acl : sentence) {
      int noun = acl.governor();
      int participle = acl.dependent();
      if (noun < 0 || !acl.relation().equals("acl") || !tokens.get(participle).tag().equals("VBG") || participle < noun + 1
          || sentence.stream().anyMatch(d -> d.governor() == participle && d.relation().startsWith("nsubj"))) {
        continue;
      }
      // With no comma, only a demand made in what was written or said to someone: "wrote to the
      // home secretary demanding that the next flight be cancelled" (but "spoke to the soldiers
      // guarding the border").
      boolean demandWithoutComma = !afterComma(tokens, participle) && DEMANDING_LEMMAS.contains(tokens.get(participle).lemma().toLowerCase(Locale.ROOT))
          && sentence.stream().anyMatch(d -> d.governor() == participle && CLAUSES.contains(d.relation()));
      if (!afterComma(tokens, participle) && !demandWithoutComma) {
        continue;
      }
      Optional<Dependency> oblique = sentence.stream().filter(d -> d.dependent() == noun && d.relation().startsWith("obl:") && d.governor() >= 0
          && (!demandWithoutComma || d.relation().equals("obl:to"))
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
