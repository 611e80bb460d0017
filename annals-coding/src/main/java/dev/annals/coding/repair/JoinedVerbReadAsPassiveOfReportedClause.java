package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Community leaders said 11 people were injured and accused the police of using rubber bullets":
 * the parser tags "accused" a participle and joins it to the reported passive ({@code
 * conj:and(injured, accused)}, {@code nsubj:pass(accused, people)}), hanging its object on the
 * passive ({@code obj(injured, police)}), so the injured are accused. A passive has no object; one
 * standing after a verb joined to it, which has none of its own nor any auxiliary, is that verb's,
 * and the verb goes on with the saying and has the sayer as its subject.
 */
public final class JoinedVerbReadAsPassiveOfReportedClause implements ParseRepair {
  /** What a verb of its own clause would have: an auxiliary, a subject, an object. */
  private static final Set<String> OWN_WORDS = Set.of("aux", "aux:pass", "nsubj", "obj");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency reported : sentence) {
      int saying = reported.governor();
      int passive = reported.dependent();
      if (saying < 0 || !reported.relation().equals("ccomp") || !DependencyEdits.hasChild(sentence, passive, "aux:pass")) {
        continue;
      }
      Optional<Integer> sayer = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      for (Dependency joined : sentence) {
        int verb = joined.dependent();
        if (joined.governor() != passive || !joined.relation().startsWith("conj") || verb < passive || !tokens.get(verb).isVerb()
            || sentence.stream().anyMatch(d -> d.governor() == verb && OWN_WORDS.contains(d.relation()))) {
          continue;
        }
        Optional<Dependency> object = sentence.stream().filter(d -> d.governor() == passive && d.relation().equals("obj") && d.dependent() > verb).findFirst();
        if (object.isEmpty() || sayer.isEmpty()) {
          continue;
        }
        Dependency[] misread = sentence.stream().filter(d -> d == joined || d == object.get()
            || (d.governor() == verb && d.relation().equals("nsubj:pass"))
            || (d.governor() == saying && d.dependent() == verb && d.relation().equals("ccomp")))
            .toArray(Dependency[]::new);
        List<Dependency> repaired = new ArrayList<>(DependencyEdits.without(sentence, misread));
        repaired.add(new Dependency(saying, verb, joined.relation()));
        repaired.add(new Dependency(verb, sayer.get(), "nsubj"));
        repaired.add(new Dependency(verb, object.get().dependent(), "obj"));
        return repaired;
      }
    }
    return sentence;
  }
}
