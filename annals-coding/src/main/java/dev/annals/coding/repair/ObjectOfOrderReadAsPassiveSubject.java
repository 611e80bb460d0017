package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Set;

/**
 * "A court in Ankara ordered them held in custody": the parser may make the people ordered held
 * the participle's subject ({@code nsubj(held, them)}, shown as a passive's) and hang the participle loosely
 * on the order ({@code dep(ordered, held)}), so the order is of no one. A past participle with no
 * auxiliary right after its subject, hung on an active verb of ordering whose object it leaves
 * empty, is that verb's complement and its subject the verb's object ({@code obj(ordered, them)},
 * {@code xcomp(ordered, held)}), as "ordered him held" is parsed.
 */
public final class ObjectOfOrderReadAsPassiveSubject implements ParseRepair {
  private static final Set<String> ORDERING = Set.of("order");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int order = loose.governor();
      int done = loose.dependent();
      if (order < 0 || !loose.relation().equals("dep") || done < order || !ORDERING.contains(tokens.get(order).lemma().toLowerCase(java.util.Locale.ROOT))
          || !tokens.get(order).tag().equals("VBD") || !tokens.get(done).tag().equals("VBN")
          || sentence.stream().anyMatch(d -> d.governor() == done && d.relation().startsWith("aux"))
          || sentence.stream().anyMatch(d -> d.governor() == order && d.relation().equals("obj"))) {
        continue;
      }
      var subject = sentence.stream().filter(d -> d.governor() == done && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && d.dependent() > order && d.dependent() < done).findFirst();
      if (subject.isEmpty()) {
        continue;
      }
      int people = subject.get().dependent();
      return DependencyEdits.mapped(sentence, d -> d == loose ? new Dependency(order, done, "xcomp") : d == subject.get() ? new Dependency(order, people, "obj") : d);
    }
    return sentence;
  }
}
