package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Cuba's tourism ministry called the advisory exaggerated": the tagger may read the thing named
 * as an adjective and the parser make the judgment its head ({@code obj(called, exaggerated)},
 * {@code amod(exaggerated, advisory)}, {@code det(exaggerated, the)}), so nothing is judged. After a
 * verb of naming or judging, an object adjective with an article and an adjective right before it
 * is what the verb says of that word, the thing named: {@code obj(called, advisory)}, {@code
 * det(advisory, the)}, {@code xcomp(called, exaggerated)}, {@code nsubj:xsubj(exaggerated,
 * advisory)}.
 */
public final class JudgedThingReadAsAdjective implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency object : sentence) {
      int verb = object.governor();
      int judgment = object.dependent();
      int thing = judgment - 1;
      if (verb < 0 || !object.relation().equals("obj") || !tokens.get(judgment).tag().startsWith("JJ") || thing <= verb
          || !RepairWords.isNamingOrJudging(tokens.get(verb))) {
        continue;
      }
      Optional<Dependency> modifier = sentence.stream().filter(d -> d.governor() == judgment && d.dependent() == thing && d.relation().equals("amod")).findFirst();
      Optional<Dependency> article = sentence.stream().filter(d -> d.governor() == judgment && d.relation().equals("det") && d.dependent() < thing).findFirst();
      if (modifier.isEmpty() || article.isEmpty()) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>(DependencyEdits.without(sentence, object, modifier.get(), article.get()));
      mended.add(new Dependency(verb, thing, "obj"));
      mended.add(new Dependency(thing, article.get().dependent(), "det"));
      mended.add(new Dependency(verb, judgment, "xcomp"));
      mended.add(new Dependency(judgment, thing, "nsubj:xsubj"));
      return mended;
    }
    return sentence;
  }
}
