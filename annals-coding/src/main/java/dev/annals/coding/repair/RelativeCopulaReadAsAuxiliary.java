package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The men, who were due to fly to Hanoi through Doha, were charged with wildlife trafficking": the
 * parser may take the relative clause's copula ("who were") for an auxiliary of the main verb, its
 * adjective ("due") for that verb's subject, and the main verb for a relative clause on the men
 * ({@code acl:relcl(men, charged)}, {@code obj(charged, men)}), so that the sentence has no verb
 * and the charge no one charged. A verb with a second auxiliary of its own right before it, after a
 * comma, is the main verb: it becomes the root with the noun as its subject (passive when its
 * auxiliary is), and the adjective, with its copula, the relative clause on the noun.
 */
public final class RelativeCopulaReadAsAuxiliary implements ParseRepair {
  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency relcl : sentence) {
      int noun = relcl.governor();
      int verb = relcl.dependent();
      if (noun < 0 || !relcl.relation().equals("acl:relcl") || verb < 3 || !tokens.get(verb).isVerb()) {
        continue;
      }
      Optional<Dependency> root = sentence.stream().filter(d -> d.governor() < 0 && d.dependent() == noun).findFirst();
      Optional<Dependency> ownAuxiliary = auxiliary(sentence, verb, verb - 1);
      boolean afterComma = tokens.get(verb - 2).text().equals(",");
      Optional<Dependency> who = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("ref")).findFirst();
      if (root.isEmpty() || ownAuxiliary.isEmpty() || !afterComma || who.isEmpty() || !COPULAS.contains(tokens.get(verb - 1).text().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int pronoun = who.get().dependent();
      Optional<Dependency> copula = auxiliary(sentence, verb, pronoun + 1);
      Optional<Dependency> adjective = sentence.stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj") && d.dependent() > pronoun + 1
          && d.dependent() < verb - 2 && tokens.get(d.dependent()).tag().startsWith("JJ")).findFirst();
      Optional<Dependency> object = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("obj") && d.dependent() == noun).findFirst();
      if (copula.isEmpty() || adjective.isEmpty() || object.isEmpty() || !COPULAS.contains(tokens.get(pronoun + 1).text().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int predicate = adjective.get().dependent();
      boolean passive = ownAuxiliary.get().relation().equals("aux:pass");
      List<Dependency> mended = DependencyEdits.without(sentence, relcl, copula.get(), adjective.get(), object.get(), root.get());
      // The sentence's closing punctuation, hung on the noun, goes to the verb; the noun keeps the rest.
      mended = DependencyEdits.mapped(mended, d -> d.governor() == noun && d.relation().equals("punct") && d.dependent() > verb ? new Dependency(verb, d.dependent(), "punct") : d);
      mended.add(new Dependency(root.get().governor(), verb, root.get().relation()));
      mended.add(new Dependency(verb, noun, passive ? "nsubj:pass" : "nsubj"));
      mended.add(new Dependency(noun, predicate, "acl:relcl"));
      mended.add(new Dependency(predicate, noun, "nsubj"));
      mended.add(new Dependency(predicate, copula.get().dependent(), "cop"));
      return mended;
    }
    return sentence;
  }

  /** The auxiliary edge from the verb to the token at this position, if it is one. */
  private static Optional<Dependency> auxiliary(List<Dependency> sentence, int verb, int position) {
    return sentence.stream().filter(d -> d.governor() == verb && d.dependent() == position && d.relation().startsWith("aux")).findFirst();
  }
}
