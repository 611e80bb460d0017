package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * "A US drone strike killed a commander": the tagger reads "drone" as a bare verb, and the parser
 * builds the sentence on it ({@code root(drone)}, {@code nsubj(drone, US)}, {@code ccomp(drone,
 * killed)}, {@code nsubj(killed, strike)}), so the strike loses its owner and the killing its
 * place as the main clause. A base-form verb at the root whose next word is the subject of its
 * complement is a noun modifier of that subject: {@code compound(strike, drone)}, {@code
 * compound(strike, US)}, the determiner on "strike", and {@code root(killed)}.
 */
public final class NounModifierReadAsVerb implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency head : sentence) {
      int verb = head.dependent();
      if (tokens.get(verb).tag().equals("VB") && verb + 1 < tokens.size() && (head.governor() < 0 || head.relation().equals("advcl"))
          && sentence.stream().noneMatch(d -> d.governor() == verb && (d.relation().equals("aux") || d.relation().equals("mark")))) {
        List<Dependency> mended = mend(tokens, sentence, head, verb);
        if (mended != sentence) {
          return mended;
        }
      }
    }
    return sentence;
  }

  /**
   * With the bare verb's own edge: root, or an adverbial clause of a later verb of saying
   * ("A US drone strike killed …, US Africa Command said"), which becomes what is said.
   */
  private static List<Dependency> mend(List<Token> tokens, List<Dependency> sentence, Dependency head, int root) {
    int noun = root + 1;
    Dependency clause = sentence.stream().filter(d -> d.governor() == root && d.relation().equals("ccomp")).findFirst().orElse(null);
    if (clause == null || !tokens.get(noun).isNoun()
        || sentence.stream().noneMatch(d -> d.governor() == clause.dependent() && d.dependent() == noun && d.relation().startsWith("nsubj"))) {
      return sentence;
    }
    List<Dependency> mended = new ArrayList<>();
    for (Dependency d : sentence) {
      if (d == head) {
        boolean told = d.governor() > root;
        mended.add(new Dependency(d.governor(), clause.dependent(), d.governor() < 0 ? "root" : told ? "ccomp" : d.relation()));
      } else if (d == clause) {
        mended.add(new Dependency(noun, root, "compound"));
      } else if (d.governor() == root && d.relation().startsWith("nsubj")) {
        mended.add(new Dependency(noun, d.dependent(), "compound"));
      } else if (d.governor() == root && d.relation().equals("punct")) {
        mended.add(new Dependency(clause.dependent(), d.dependent(), "punct"));
      } else if (d.relation().equals("det") && sentence.stream().anyMatch(s -> s.governor() == root && s.dependent() == d.governor() && s.relation().startsWith("nsubj"))) {
        mended.add(new Dependency(noun, d.dependent(), "det"));
      } else {
        mended.add(d);
      }
    }
    return mended;
  }
}
