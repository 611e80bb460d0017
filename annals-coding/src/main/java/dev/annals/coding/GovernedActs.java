package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Set;

/**
 * The acts a verb governs and its own source does: "threatened [to launch] an offensive",
 * "agreed [to supply] radar systems". ThreatenedActs and UndertakenActs read the governing verb's
 * code from them.
 */
final class GovernedActs {
  private GovernedActs() {}

  /** Mentions of the same sentence and source anchored on a clause the governing mention's trigger heads by one of the relations. */
  static List<CodedMention> of(DependencyIndex index, CodedMention governing, List<CodedMention> coded, Set<String> relations) {
    List<Integer> clauses = index.children(governing.trigger(), relations);
    return coded.stream().filter(act -> act != governing && act.sentence() == governing.sentence() && act.anchors().stream().anyMatch(clauses::contains)
        && act.source().actor().code().equals(governing.source().actor().code())).toList();
  }
}
