package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "Samoa's prime minister said the suspects would be deported and thanked China for offering to
 * send police officers": the parser may hang the object of the verb joined after a passive on the
 * passive ({@code obj(deported, China)}), with what follows it, so that the suspects are deported
 * to China and the thanks go to no one. A passive has no object of its own: a noun right after a
 * joined verb with no object is that verb's object ({@code obj(thanked, China)}), and what the
 * passive took after the noun goes with it. The noun's own words may come between ("had not been
 * consulted and urged both governments to respect ..."), and the tagger may call the joined verb
 * a participle when it has no auxiliary of its own.
 */
public final class ObjectOfJoinedVerbHungOnPassive implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int passive = hung.governor();
      int object = hung.dependent();
      int joined = DependencyEdits.phraseStart(sentence, object) - 1;
      if (passive < 0 || !hung.relation().equals("obj") || joined <= passive || !DependencyEdits.hasChild(sentence, passive, "aux:pass")
          || !isVerbOfItsOwnTense(tokens, sentence, joined) || DependencyEdits.hasChild(sentence, joined, "obj")
          || sentence.stream().noneMatch(d -> d.dependent() == joined && d.relation().startsWith("conj"))) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == hung ? new Dependency(joined, object, "obj")
          : d.governor() == passive && d.dependent() > object && !d.relation().equals("punct") ? new Dependency(joined, d.dependent(), d.relation()) : d);
    }
    return sentence;
  }

  /** A finite verb, or a participle with no auxiliary of its own ("and urged", tagged VBN). */
  private static boolean isVerbOfItsOwnTense(List<Token> tokens, List<Dependency> sentence, int verb) {
    return RepairWords.isFiniteVerb(tokens.get(verb)) || tokens.get(verb).tag().equals("VBN") && !DependencyEdits.hasAuxiliary(sentence, verb);
  }
}
