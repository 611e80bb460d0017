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

  /** How many sentences back the talks may lie: "held talks with Brazil's president … [Brazil's ministry said …] Haiti's prime minister … asked for armoured vehicles". */
  private static final int REACH = 2;

  /**
   * Whom the appeal's maker consulted in the nearest sentence before, within {@value #REACH}, in
   * the order told, one mention each; not past a sentence in which the maker dealt with another
   * side, or another side with the maker.
   */
  private static List<ActorMention> consultedJustBefore(List<CodedMention> coded, CodedMention appeal) {
    // (Farther back only an appeal plainly made: "told NTV that Ankara did not seek a
    // confrontation" two sentences after talks asks nothing of anyone.)
    int reach = appeal.negated() || appeal.modality() != dev.annals.model.Modality.ASSERTED ? 1 : REACH;
    for (int back = 1; back <= reach; back++) {
      int sentence = appeal.sentence() - back;
      List<ActorMention> sides = new ArrayList<>();
      boolean dealtWithOthers = false;
      for (CodedMention earlier : coded) {
        if (earlier.sentence() == sentence && earlier.target().filter(t -> t.actor().equals(appeal.source().actor())).isPresent()) {
          // ("Peru thanked Brazil" between the talks and Brazil's appeal: the appeal may answer it.)
          dealtWithOthers = true;
        }
        if (earlier.sentence() != sentence || !earlier.source().actor().equals(appeal.source().actor()) || earlier.target().isEmpty()) {
          continue;
        }
        if (earlier.type().rootCode().equals(EarlierEvents.CONSULT_ROOT)) {
          if (sides.stream().noneMatch(s -> s.actor().equals(earlier.target().get().actor()))) {
            sides.add(earlier.target().get());
          }
        } else {
          dealtWithOthers = true;
        }
      }
      if (!sides.isEmpty() || dealtWithOthers) {
        return sides;
      }
    }
    return List.of();
  }
}
