package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "South Sudan's government pulled out of peace talks on Tuesday, accusing Kenyan mediators of
 * favouring the opposition": the parser makes "accusing" an adjective of "mediators" and the
 * mediators the object of "pulled" ({@code amod(mediators, accusing)}, {@code obj(pulled,
 * mediators)}), so the accusation is lost. A participle of a verb that takes a person as its
 * object (accusing, blaming, thanking, condemning), after a comma and before the noun it would
 * describe, opens a clause on the verb: {@code advcl(pulled, accusing)}, {@code obj(accusing,
 * mediators)}, and what the noun's "of" clause says goes to the participle.
 */
public final class ParticipleOfSayingReadAsAdjective implements ParseRepair {
  private static final Set<String> PERSON_TAKING = Set.of("accuse", "blame", "thank", "praise", "criticise", "criticize", "condemn");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency amod : sentence) {
      int noun = amod.governor();
      int participle = amod.dependent();
      if (noun < 0 || !amod.relation().equals("amod") || participle > noun || participle == 0 || !tokens.get(participle).tag().equals("VBG")
          || !tokens.get(participle - 1).text().equals(",") || !PERSON_TAKING.contains(tokens.get(participle).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      var object = sentence.stream().filter(d -> d.dependent() == noun && d.relation().equals("obj") && d.governor() >= 0 && d.governor() < participle).findFirst();
      if (object.isEmpty()) {
        continue;
      }
      int verb = object.get().governor();
      return DependencyEdits.mapped(sentence, d -> {
        if (d == amod) {
          return new Dependency(participle, noun, "obj");
        }
        if (d == object.get()) {
          return new Dependency(verb, participle, "advcl");
        }
        if (d.governor() == noun && d.relation().startsWith("acl:")) {
          return new Dependency(participle, d.dependent(), "advcl:" + d.relation().substring("acl:".length()));
        }
        return d;
      });
    }
    return sentence;
  }
}
