package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "China's ambassador handed Nauru's police force 12 patrol vehicles and radio equipment": the
 * parser may find the receiver ({@code iobj(handed, force)}) but hang what is given loosely on it
 * ({@code dep(force, vehicles)}), so the verb has nothing given. A noun after the indirect object,
 * hung on it as a loose dependent, when the verb has no object of its own, is the verb's object
 * ({@code obj(handed, vehicles)}); nouns joined to it go with it.
 */
public final class DirectObjectHungOnIndirectObject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency iobj : sentence) {
      int verb = iobj.governor();
      int receiver = iobj.dependent();
      if (verb < 0 || !iobj.relation().equals("iobj") || !tokens.get(verb).isVerb()
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"))) {
        continue;
      }
      Optional<Dependency> given = sentence.stream().filter(d -> d.governor() == receiver && d.relation().equals("dep") && d.dependent() > receiver
          && tokens.get(d.dependent()).isNoun()).min(java.util.Comparator.comparingInt(Dependency::dependent));
      if (given.isEmpty()) {
        continue;
      }
      int thing = given.get().dependent();
      List<Integer> joined = sentence.stream().filter(d -> d.governor() == thing && d.relation().startsWith("conj")).map(Dependency::dependent).toList();
      return DependencyEdits.mapped(sentence, d -> d.governor() == receiver && d.relation().equals("dep") && (d.dependent() == thing || joined.contains(d.dependent()))
          ? new Dependency(verb, d.dependent(), "obj") : d);
    }
    return sentence;
  }
}
