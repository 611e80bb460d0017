package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;

/**
 * "Botswana's agriculture ministry said on Wednesday that the ban protected local farmers and would
 * stay in place until the end of the harvest": a side that says a measure (a ban, sanctions, an
 * embargo) will stay or remain in place or in force, after another side asked it to yield or took
 * it to task, refuses to yield (124) to that side. With no one who asked, the words stay a
 * statement, which SanctionsKeptInPlace, later, may still aim at whom the side's measure was laid
 * on; what "staying in place" is, is its.
 */
final class MeasuresKeptInPlace {
  private final EventType refusal;

  MeasuresKeptInPlace(CameoCodebook codebook) {
    this.refusal = codebook.require("124", "measures kept in place");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      if (!m.type().code().equals("010") || !m.speech() || !SanctionsKeptInPlace.keptInPlace(index, m.trigger())) {
        result.add(m);
        continue;
      }
      CodedMention kept = m.withType(refusal);
      result.add(EarlierEvents.saidToSourceSide(result, m).map(asker -> kept.withTarget(ActorMention.at(index.token(m.trigger()), asker))).orElse(m));
    }
    return result;
  }
}
