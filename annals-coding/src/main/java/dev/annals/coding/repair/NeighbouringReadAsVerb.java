package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Accused neighbouring Ivory Coast of financing the plot": the parser reads "neighbouring" as a
 * verb whose object is the country ({@code dep(accused, neighbouring)}, {@code
 * obj(neighbouring, Coast)}), so the accusation loses whom it accuses. Before a name, the word is
 * the name's adjective: the name takes the participle's place under its governor (its object,
 * when a verb governs it loosely and has none) and the word becomes {@code amod} of the name.
 */
public final class NeighbouringReadAsVerb implements ParseRepair {
  private static final Set<String> NEIGHBOURING = Set.of("neighbouring", "neighboring");
  /** Loose ways the parser hangs the misread participle on a verb. */
  private static final Set<String> LOOSE = Set.of("dep", "xcomp", "advcl", "ccomp");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency obj : sentence) {
      int participle = obj.governor();
      int name = obj.dependent();
      if (participle < 0 || !obj.relation().equals("obj") || !NEIGHBOURING.contains(tokens.get(participle).text().toLowerCase())
          || !tokens.get(name).tag().startsWith("NNP") || name <= participle) {
        continue;
      }
      Optional<Dependency> incoming = sentence.stream().filter(d -> d.dependent() == participle && !d.relation().startsWith("conj")).findFirst();
      if (incoming.isEmpty()) {
        continue;
      }
      int governor = incoming.get().governor();
      String relation = incoming.get().relation();
      boolean takesObject = governor >= 0 && tokens.get(governor).isVerb() && LOOSE.contains(relation)
          && sentence.stream().noneMatch(d -> d.governor() == governor && d.relation().equals("obj"));
      String nameRelation = takesObject ? "obj" : relation;
      return DependencyEdits.mapped(sentence, d -> d == obj ? new Dependency(name, participle, "amod")
          : d == incoming.get() ? new Dependency(governor, name, nameRelation)
          : d.governor() == participle && d.dependent() != name ? new Dependency(name, d.dependent(), d.relation()) : d);
    }
    return sentence;
  }
}
