package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Judgments a side makes by what it says of a deed ("said the incursion was a breach", "said
 * Lithuania had applied the sanctions correctly"): each reported clause of a saying may hold one,
 * which is made when it is said, and goes right after the saying, keeping the mentions' order.
 */
final class SaidJudgments {
  private SaidJudgments() {}

  /** The mentions with each saying's judgments, as {@code judgment} reads them off its reported clauses, after it. */
  static List<CodedMention> add(DependencyIndex index, List<CodedMention> coded, BiFunction<CodedMention, Integer, Optional<CodedMention>> judgment) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention speech : coded) {
      result.add(speech);
      if (!speech.speech()) {
        continue;
      }
      for (int said : index.children(speech.trigger(), Set.of("ccomp"))) {
        judgment.apply(speech, said).ifPresent(result::add);
      }
    }
    return result;
  }
}
