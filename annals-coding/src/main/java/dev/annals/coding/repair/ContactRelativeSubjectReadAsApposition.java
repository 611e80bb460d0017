package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "the first food aid Uruguay has sent to Cuba": in a relative clause with no pronoun, the parser
 * may take the noun before it for the subject of its verb ({@code nsubj(sent, aid)}) and the name
 * that is the clause's subject for that noun's apposition ({@code appos(aid, Uruguay)}). A common
 * noun followed at once by a name, the name followed at once by the verb's auxiliaries, the verb
 * with no object of its own, is not renamed by it: the name is the verb's subject ({@code nsubj(sent, Uruguay)}), and {@link
 * ContactRelativeClause} then makes the clause the noun's relative, the noun its object.
 */
public final class ContactRelativeSubjectReadAsApposition implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int verb = subject.governor();
      int noun = subject.dependent();
      if (verb < 0 || !subject.relation().equals("nsubj") || noun > verb || !isCommonNoun(tokens.get(noun))) {
        continue;
      }
      Optional<Dependency> apposition = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("appos") && d.dependent() > noun
          && tokens.get(d.dependent()).tag().startsWith("NNP") && DependencyEdits.phraseStart(sentence, d.dependent()) == noun + 1).findFirst();
      if (apposition.isEmpty()) {
        continue;
      }
      int name = apposition.get().dependent();
      // ("Bulgaria's state gas company Bulgargaz suspended payments", "the regional bloc IGAD urged
      // both sides", "an air force Hercules landed": a name with no auxiliary after it, or a verb
      // with an object of its own, is the subject's own name.)
      int firstAuxiliary = sentence.stream().filter(d -> d.governor() == verb && d.relation().startsWith("aux")).mapToInt(Dependency::dependent).min().orElse(-1);
      boolean ownObject = sentence.stream().anyMatch(d -> d.governor() == verb && ContactRelativeClause.OWN_COMPLEMENTS.contains(d.relation()));
      if (firstAuxiliary != name + 1 || ownObject) {
        continue;
      }
      Dependency appos = apposition.get();
      return DependencyEdits.mapped(DependencyEdits.without(sentence, appos), d -> d == subject ? new Dependency(verb, name, "nsubj") : d);
    }
    return sentence;
  }

  private static boolean isCommonNoun(Token token) {
    return token.tag().equals("NN") || token.tag().equals("NNS");
  }
}
