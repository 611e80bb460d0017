package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * 'Iran's foreign ministry called the accusation "baseless" and on Tuesday expelled a Portuguese
 * diplomat': the parser may join the second verb to the first verb's object ({@code
 * conj(accusation, expelled)}) and copy the object edge onto it ({@code obj(called, expelled)}),
 * so the expulsion is read as a thing called baseless. A noun cannot be coordinated with a verb in
 * the past that has no subject and no auxiliary of its own: that verb is the next act of the
 * first verb's subject ({@code conj(called, expelled)}).
 */
public final class PastVerbJoinedToObjectNoun implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int noun = joined.governor();
      int past = joined.dependent();
      if (noun < 0 || !joined.relation().startsWith("conj") || past < noun || !tokens.get(noun).isNoun() || !isBarePastTense(tokens, sentence, past)) {
        continue;
      }
      // (Else the sentence's main verb, when the noun is deeper in its words: 'thanked Uruguay for
      // what the minister called "an act of solidarity" and asked for help', conj(minister, asked).)
      int root = DependencyEdits.root(sentence);
      int main = sentence.stream().filter(d -> d.dependent() == noun && d.relation().equals("obj") && d.governor() >= 0 && d.governor() < noun)
          .mapToInt(Dependency::governor).findFirst().orElse(root >= 0 && root < noun ? root : -1);
      if (main < 0 || !tokens.get(main).tag().equals("VBD") || DependencyEdits.subjects(sentence, main).stream().noneMatch(s -> s < main)) {
        continue;
      }
      return DependencyEdits.rejoined(sentence, joined, main);
    }
    return sentence;
  }

  /**
   * A verb tagged as in the past with no subject, auxiliary or copula of its own: "expelled", not
   * "was expelled" ({@link PastVerbJoinedToGerundOfObject#isBarePast}, kept to the past tense: a
   * bare participle joined to a noun may describe it).
   */
  private static boolean isBarePastTense(List<Token> tokens, List<Dependency> sentence, int verb) {
    return tokens.get(verb).tag().equals("VBD") && PastVerbJoinedToGerundOfObject.isBarePast(tokens, sentence, verb);
  }
}
