package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "The agency's chairman accused international gangs of using West Africa as a transit route and
 * called on Brazil to share intelligence": the parser may join "called" to the gerund of what is
 * alleged ({@code conj(using, called)}, and loosely {@code dep(of, called)}), so the appeal is
 * read as part of what the gangs are accused of. A verb in the past (tagged so, or a participle
 * with no auxiliary of its own) and no subject of its own cannot go on a gerund's series: it is the
 * root's second verb, joined to the root in the past whose words the gerund is part of ({@code
 * conj(accused, called)}).
 */
public final class PastVerbJoinedToGerundOfObject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int main = DependencyEdits.root(sentence);
    if (main < 0 || !tokens.get(main).tag().equals("VBD") || DependencyEdits.subjects(sentence, main).isEmpty()) {
      return sentence;
    }
    for (Dependency joined : sentence) {
      int gerund = joined.governor();
      int past = joined.dependent();
      if (gerund <= main || !joined.relation().startsWith("conj") || past < gerund || !tokens.get(gerund).tag().equals("VBG") || !isBarePast(tokens, sentence, past)
          || !withinClauseOf(tokens, sentence, gerund, main)) {
        continue;
      }
      List<Dependency> rejoined = DependencyEdits.rejoined(sentence, joined, main);
      // (The loose copies of the verb on the words between: "dep(of, called)".)
      return rejoined.stream().filter(d -> !(d.dependent() == past && d.relation().equals("dep") && d.governor() != main)).toList();
    }
    return sentence;
  }

  /** A verb in the past with no subject and no auxiliary of its own: "called", not "was called", "they called". */
  static boolean isBarePast(List<Token> tokens, List<Dependency> sentence, int verb) {
    String tag = tokens.get(verb).tag();
    return (tag.equals("VBD") || tag.equals("VBN")) && !DependencyEdits.hasAuxiliary(sentence, verb)
        && sentence.stream().noneMatch(d -> d.governor() == verb && (d.relation().startsWith("nsubj") || d.relation().equals("cop")));
  }

  /** Whether the way up from the gerund reaches the root with no finite verb between. */
  private static boolean withinClauseOf(List<Token> tokens, List<Dependency> sentence, int gerund, int main) {
    int token = gerund;
    for (int steps = 0; steps < 6; steps++) {
      int at = token;
      Optional<Dependency> up = sentence.stream().filter(d -> d.dependent() == at && d.governor() >= 0 && !d.relation().startsWith("conj")).findFirst();
      if (up.isEmpty()) {
        return false;
      }
      token = up.get().governor();
      if (token == main) {
        return true;
      }
      // (A finite verb or a modal closes the way up from the gerund to the root.)
      if (RepairWords.isFiniteVerb(tokens.get(token)) || tokens.get(token).tag().equals("MD")) {
        return false;
      }
    }
    return false;
  }
}
