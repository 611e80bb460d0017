package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Nandi-Ndaitwah thanked South Africa for the food aid it sent during the drought and asked
 * Ramaphosa to speed up permits": the parser joins "asked" to the relative clause "it sent"
 * ({@code conj:and(sent, asked)}, {@code nsubj(asked, it)}), so South Africa asks. A relative
 * clause whose verb lacks its object has the noun it describes as that object; a verb joined to
 * it shares that gap. A joined verb with an object of its own is outside the clause: it goes on
 * with the verb that governs the described noun, and has that verb's subject ({@code
 * conj:and(thanked, asked)}, {@code nsubj(asked, Nandi-Ndaitwah)}).
 */
public final class MainVerbJoinedToObjectRelative implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int clause = joined.governor();
      int verb = joined.dependent();
      if (clause < 0 || !joined.relation().startsWith("conj") || verb < clause || !tokens.get(verb).isVerb() || !tokens.get(clause).isVerb()) {
        continue;
      }
      Optional<Dependency> relative = sentence.stream().filter(d -> d.dependent() == clause && d.relation().equals("acl:relcl") && d.governor() < clause).findFirst();
      if (relative.isEmpty() || !DependencyEdits.hasChild(sentence, verb, "obj")) {
        continue;
      }
      int noun = relative.get().governor();
      // (The enhanced graph may give the clause the described noun as its object: that is the gap.)
      if (sentence.stream().anyMatch(d -> d.governor() == clause && d.relation().equals("obj") && d.dependent() != noun)) {
        continue;
      }
      // The verb the described noun hangs on, as its object or oblique, with a subject of its own.
      Optional<Integer> main = sentence.stream().filter(d -> d.dependent() == noun && d.governor() >= 0 && d.governor() < noun && tokens.get(d.governor()).isVerb()
          && (d.relation().equals("obj") || d.relation().startsWith("obl"))).map(Dependency::governor).findFirst();
      if (main.isEmpty()) {
        continue;
      }
      Optional<Integer> subject = sentence.stream().filter(d -> d.governor() == main.get() && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      List<Integer> clauseSubjects = sentence.stream().filter(d -> d.governor() == clause && d.relation().startsWith("nsubj")).map(Dependency::dependent).toList();
      if (subject.isEmpty() || clauseSubjects.contains(subject.get())) {
        continue;
      }
      // What the parser passed on from the clause (its subject, its gap) and its other copies of
      // the verb go; rejoining drops the main verb's copies.
      Dependency[] passedOn = sentence.stream().filter(d -> (d.governor() == verb && d.relation().startsWith("nsubj") && clauseSubjects.contains(d.dependent()))
          || (d.governor() == verb && d.relation().equals("obj") && d.dependent() == noun)
          || (d.dependent() == verb && d != joined && d.governor() != clause && (d.governor() != main.get() || d.relation().startsWith("conj"))))
          .toArray(Dependency[]::new);
      List<Dependency> repaired = DependencyEdits.rejoined(DependencyEdits.without(sentence, passedOn), joined, main.get());
      repaired.add(new Dependency(verb, subject.get(), "nsubj"));
      return repaired;
    }
    return sentence;
  }
}
