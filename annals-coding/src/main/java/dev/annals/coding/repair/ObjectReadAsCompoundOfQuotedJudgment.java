package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * 'called Bangladesh "a trusted partner"': the parser may read the name before the quotation as
 * a modifier of the quoted noun ({@code compound(partner, Bangladesh)}, {@code obj(called,
 * partner)}), so the state is lost. A name right before a quotation mark that opens the object
 * of a verb of calling is the object, and the quoted noun what the verb says it is: {@code
 * obj(called, Bangladesh)}, {@code xcomp(called, partner)}, {@code nsubj(partner, Bangladesh)}.
 */
public final class ObjectReadAsCompoundOfQuotedJudgment implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency obj : sentence) {
      int verb = obj.governor();
      int judgment = obj.dependent();
      if (verb < 0 || !obj.relation().equals("obj") || !RepairWords.isCalling(tokens.get(verb))) {
        continue;
      }
      for (Dependency compound : sentence) {
        int name = compound.dependent();
        boolean quoted = name + 1 < tokens.size() && tokens.get(name + 1).text().equals("\"");
        if (compound.governor() != judgment || !compound.relation().equals("compound") || !tokens.get(name).isProperNoun() || !quoted
            || name < verb || DependencyEdits.phraseStart(sentence, judgment) != name) {
          continue;
        }
        List<Dependency> mended = DependencyEdits.without(sentence, compound, obj);
        mended.add(new Dependency(verb, name, "obj"));
        mended.add(new Dependency(verb, judgment, "xcomp"));
        mended.add(new Dependency(judgment, name, "nsubj"));
        return mended;
      }
    }
    return sentence;
  }
}
