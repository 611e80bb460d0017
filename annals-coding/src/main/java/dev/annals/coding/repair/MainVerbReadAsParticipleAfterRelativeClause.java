package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Ireland, whose farmers sold cheese worth 400 million euros to China last year, called on the
 * Commission and Beijing to settle the dispute": after a long relative clause the parser takes the
 * main verb for a participle describing the clause's last noun ({@code acl(euros, called)}) and
 * leaves the sentence with a noun for its root ({@code root(Ireland)}). A sentence whose root is
 * the noun a set-off relative clause describes, with a verb right after the comma that closes the
 * clause, has that verb for its root and the noun for its subject; the relative clause is the
 * noun's ({@code acl:relcl(Ireland, sold)}). So does a clause not set off, when the verb right
 * after its last noun has an object: "Student groups that organised the march accused Vucic".
 */
public final class MainVerbReadAsParticipleAfterRelativeClause implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int noun = DependencyEdits.root(sentence);
    if (noun < 0 || !tokens.get(noun).tag().startsWith("NN") || noun + 1 >= tokens.size()) {
      return sentence;
    }
    boolean setOff = tokens.get(noun + 1).text().equals(",");
    Optional<Dependency> relative = sentence.stream()
        .filter(d -> d.governor() == noun && d.dependent() > noun && (d.relation().equals("acl:relcl") || (setOff && d.relation().equals("dep"))) && tokens.get(d.dependent()).isVerb())
        .findFirst();
    if (relative.isEmpty()) {
      return sentence;
    }
    int clause = relative.get().dependent();
    // Set off, the clause ends at a comma; not set off ("Student groups that organised the march
    // accused Vucic"), the verb follows the clause's last noun and takes an object of its own.
    Optional<Dependency> participle = sentence.stream()
        .filter(d -> d.relation().equals("acl") && d.governor() > clause && d.dependent() > d.governor() && RepairWords.isPastVerb(tokens.get(d.dependent()))
            && (setOff ? tokens.get(d.dependent() - 1).text().equals(",")
                : d.governor() == d.dependent() - 1 && sentence.stream().anyMatch(o -> o.governor() == d.dependent() && o.relation().equals("obj"))))
        .findFirst();
    if (participle.isEmpty()) {
      return sentence;
    }
    int verb = participle.get().dependent();
    return DependencyEdits.rootedAt(sentence, noun, verb, d -> {
      if (d == relative.get()) {
        return new Dependency(noun, clause, "acl:relcl");
      }
      return d == participle.get() ? new Dependency(verb, noun, "nsubj") : d;
    });
  }
}
