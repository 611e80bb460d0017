package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Dependency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Bangladesh's foreign ministry criticised the step as punishing the victims": what a judgment
 * says a deed does ("as punishing", "as violating its sovereignty") is how the judge describes it,
 * no act of the judge's own. A participle after "as", on a verb of praise, disapproval, rejection
 * or statement the same side is coded with, is no event.
 */
final class Characterisations {
  /** Roots of judging words: statement (01), praise (05), disapproval (11), rejection (12). */
  private static final Set<String> JUDGING_ROOTS = Set.of("01", "05", "11", "12");
  private static final String AS = "as";

  private Characterisations() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> judge(index, m.trigger()).map(verb -> coded.stream().noneMatch(j -> j != m && j.trigger() == verb
        && JUDGING_ROOTS.contains(j.type().rootCode()) && j.source().actor().equals(m.source().actor()))).orElse(true)).toList();
  }

  /** The verb whose "as" the participle follows: {@code dep(criticised, as) dep(as, punishing)}, {@code advcl:as(criticised, punishing)}. */
  private static Optional<Integer> judge(DependencyIndex index, int participle) {
    if (!index.token(participle).tag().equals("VBG")) {
      return Optional.empty();
    }
    Optional<Dependency> head = index.head(participle);
    if (head.isEmpty() || head.get().governor() < 0) {
      return Optional.empty();
    }
    int governor = head.get().governor();
    if (head.get().relation().equals("advcl:as") || (head.get().relation().startsWith("advcl") && index.hasChildLemma(participle, "mark", Set.of(AS)))) {
      return Optional.of(governor);
    }
    boolean afterAs = index.lemma(governor).equalsIgnoreCase(AS) && governor == participle - 1;
    return afterAs ? index.head(governor).map(Dependency::governor).filter(g -> g >= 0) : Optional.empty();
  }
}
