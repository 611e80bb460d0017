package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;

/**
 * "The AU Commission chairman, Mahmoud Ali Youssouf, spoke to both governments by telephone. He
 * called for talks in Ankara": an appeal that names no one, made right after its maker consulted
 * other sides, is made to those sides, each of them.
 */
final class AppealsToThoseJustConsulted {
  private AppealsToThoseJustConsulted() {}

  static List<CodedMention> aim(List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      List<ActorMention> consulted = m.target().isEmpty() && m.type().rootCode().equals(EarlierEvents.APPEAL_ROOT) ? consultedJustBefore(coded, m) : List.of();
      if (consulted.isEmpty()) {
        result.add(m);
      } else {
        consulted.forEach(side -> result.add(m.withTarget(side)));
      }
    }
    return result;
  }

  /** Whom the appeal's maker consulted in the sentence before, in the order told, one mention each. */
  private static List<ActorMention> consultedJustBefore(List<CodedMention> coded, CodedMention appeal) {
    List<ActorMention> sides = new ArrayList<>();
    for (CodedMention earlier : coded) {
      if (earlier.sentence() == appeal.sentence() - 1 && earlier.type().rootCode().equals(EarlierEvents.CONSULT_ROOT) && earlier.target().isPresent()
          && earlier.source().actor().equals(appeal.source().actor())
          && sides.stream().noneMatch(s -> s.actor().equals(earlier.target().get().actor()))) {
        sides.add(earlier.target().get());
      }
    }
    return sides;
  }
}
