package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "The al-Qaeda-linked group JNIM claimed the abduction the next day and demanded a ransom": the
 * parser splits the phrase at the name, gives the name to the first verb and the common noun
 * before it to the joined verb ({@code nsubj(claimed, JNIM)}, {@code nsubj(demanded, group)}), so
 * the demand is made by "the al-Qaeda-linked group" (al-Qaeda). A common noun right before a
 * name is a word for what the name names: it joins the name's phrase ({@code compound(JNIM,
 * group)}), and the joined verb shares the name's verb's subject.
 */
public final class NamedGroupsNounReadAsSubjectOfJoinedVerb implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int first = joined.governor();
      int second = joined.dependent();
      if (first < 0 || !joined.relation().startsWith("conj") || second < first) {
        continue;
      }
      Optional<Dependency> nounSubject = sentence.stream().filter(d -> d.governor() == second && d.relation().equals("nsubj") && d.dependent() < first).findFirst();
      if (nounSubject.isEmpty()) {
        continue;
      }
      int noun = nounSubject.get().dependent();
      int name = noun + 1;
      boolean commonNoun = tokens.get(noun).tag().startsWith("NN") && !tokens.get(noun).isProperNoun();
      // The name follows the noun at once and is the first verb's subject.
      if (!commonNoun || name >= tokens.size() || !tokens.get(name).isProperNoun()
          || !DependencyEdits.hasEdge(sentence, first, name, "nsubj")) {
        continue;
      }
      return DependencyEdits.replaced(sentence, nounSubject.get(), new Dependency(name, noun, "compound"));
    }
    return sentence;
  }
}
