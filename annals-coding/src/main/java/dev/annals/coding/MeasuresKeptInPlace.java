package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Botswana's agriculture ministry said on Wednesday that the ban protected local farmers and would
 * stay in place until the end of the harvest": a side that says a measure (a ban, sanctions, an
 * embargo) will stay or remain in place or in force, after another side asked it to yield or took
 * it to task, refuses to yield (124) to that side. With no one who asked, the words stay a
 * statement.
 */
final class MeasuresKeptInPlace {
  /** Verbs of staying as one is. */
  private static final Set<String> STAYING = Set.of("stay", "remain");
  /** What a measure stays in: "in place", "in force", "in effect". */
  private static final Set<String> STANDING = Set.of("place", "force", "effect");
  /** Words for a measure one side holds against another. */
  private static final Set<String> MEASURES = Set.of("ban", "embargo", "sanction", "restriction", "tariff", "curb", "closure", "blockade", "moratorium",
      "suspension", "quota", "duty", "levy", "measure");

  private final EventType refusal;

  MeasuresKeptInPlace(CameoCodebook codebook) {
    this.refusal = codebook.require("124", "measures kept in place");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      if (!m.type().code().equals("010") || !m.speech() || !keepsAMeasure(index, m.trigger())) {
        result.add(m);
        continue;
      }
      CodedMention kept = m.withType(refusal);
      result.add(EarlierEvents.saidToSourceSide(result, m).map(asker -> kept.withTarget(ActorMention.at(index.token(m.trigger()), asker))).orElse(m));
    }
    return result;
  }

  /** The saying tells, in what it says or a clause joined to that, that a measure will stay in place. */
  private static boolean keepsAMeasure(DependencyIndex index, int saying) {
    List<Integer> clauses = new ArrayList<>();
    for (int said : index.children(saying, Set.of("ccomp"))) {
      clauses.add(said);
      clauses.addAll(index.children(said).stream().filter(d -> d.relation().startsWith("conj")).map(d -> d.dependent()).toList());
    }
    return clauses.stream().anyMatch(clause -> STAYING.contains(index.lemma(clause).toLowerCase(Locale.ROOT))
        && index.children(clause, Set.of("obl:in")).stream().anyMatch(o -> STANDING.contains(index.lemma(o).toLowerCase(Locale.ROOT)))
        && index.children(clause, Set.of("nsubj")).stream().anyMatch(s -> MEASURES.contains(index.lemma(s).toLowerCase(Locale.ROOT))));
  }
}
