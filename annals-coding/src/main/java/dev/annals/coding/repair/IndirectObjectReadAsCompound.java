package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Romania would lend its neighbour 100 million euros": the parser may read the receiver and the
 * amount as one phrase ({@code compound(euros, neighbour)}), so that no one is lent anything. A
 * noun with its own possessive ("its neighbour", "Kenya's army") before a number that begins the
 * verb's object is no modifier of the object but the verb's indirect object: {@code
 * iobj(lend, neighbour)}.
 */
public final class IndirectObjectReadAsCompound implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency obj : sentence) {
      int verb = obj.governor();
      int object = obj.dependent();
      if (verb < 0 || !obj.relation().equals("obj") || !tokens.get(verb).isVerb()) {
        continue;
      }
      Optional<Dependency> receiver = sentence.stream().filter(d -> d.governor() == object && d.relation().equals("compound") && d.dependent() > verb
          && tokens.get(d.dependent()).tag().startsWith("NN") && d.dependent() + 1 < tokens.size() && tokens.get(d.dependent() + 1).tag().equals("CD")
          && sentence.stream().anyMatch(p -> p.relation().equals("nmod:poss") && (p.governor() == d.dependent() || (p.governor() == object && p.dependent() == d.dependent() - 1))))
          .findFirst();
      if (receiver.isPresent()) {
        int noun = receiver.get().dependent();
        // The possessive right before the receiver is the receiver's ("its neighbour"), not the amount's.
        return DependencyEdits.mapped(sentence, d -> d == receiver.get() ? new Dependency(verb, noun, "iobj")
            : d.governor() == object && d.relation().equals("nmod:poss") && d.dependent() == noun - 1 ? new Dependency(noun, d.dependent(), "nmod:poss") : d);
      }
    }
    return sentence;
  }
}
