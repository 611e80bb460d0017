package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "The Commerce Ministry, whose spokesman He Yadong accused Brussels of protectionism": the
 * parser reads the title in front of the name as the verb's object ({@code obj(accused,
 * spokesman)}), so the speaker loses the title that says whom he speaks for and the verb has two
 * objects. A noun right before a named subject, both before their verb, is the name's title:
 * {@code compound(Yadong, spokesman)}, as the parser reads "the ministry's spokesman He Yadong".
 */
public final class TitleReadAsObject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency obj : sentence) {
      int verb = obj.governor();
      int title = obj.dependent();
      if (verb < 0 || !obj.relation().equals("obj") || title > verb || !tokens.get(title).tag().startsWith("NN")) {
        continue;
      }
      for (Dependency subject : sentence) {
        int name = subject.dependent();
        if (subject.governor() == verb && subject.relation().equals("nsubj") && title < name && name < verb
            && tokens.get(name).tag().equals("NNP") && firstWordOf(sentence, name) == title + 1) {
          return DependencyEdits.replaced(sentence, obj, new Dependency(name, title, "compound"));
        }
      }
    }
    return sentence;
  }

  /** The first word of a name: its head, or the earliest word compounded with it. */
  private static int firstWordOf(List<Dependency> sentence, int head) {
    int first = head;
    for (Dependency d : sentence) {
      if (d.governor() == head && d.relation().equals("compound") && d.dependent() < first) {
        first = d.dependent();
      }
    }
    return first;
  }
}
