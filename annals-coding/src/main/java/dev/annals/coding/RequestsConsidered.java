package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Lebanon's army commander asked Ireland … to keep a team of soldiers … Ireland's defence minister
 * said the government was open to the request": a side open to another's request, offer or
 * proposal considers it (014), an answer to whoever made it; it makes no request of its own, as
 * the noun alone would read.
 */
final class RequestsConsidered {
  /** Words for what one side puts to another. */
  private static final Set<String> PUT_TO_ONE = Set.of("request", "proposal", "offer", "idea", "suggestion", "appeal", "call", "invitation", "plan");
  /** Adjectives of readiness to take something up. */
  private static final Set<String> READINESS = Set.of("open");

  private final EventType consideration;

  RequestsConsidered(CameoCodebook codebook) {
    this.consideration = codebook.require("014", "requests one is open to");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean consideredHere = PUT_TO_ONE.contains(index.lemma(m.trigger()).toLowerCase(Locale.ROOT)) && index.token(m.trigger()).isNoun()
          && index.parents(m.trigger()).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("obl:to")
              && READINESS.contains(index.lemma(d.governor()).toLowerCase(Locale.ROOT)) && index.token(d.governor()).tag().startsWith("JJ"));
      if (!consideredHere) {
        result.add(m);
        continue;
      }
      CodedMention considered = m.withType(consideration).withModality(Modality.ASSERTED);
      result.add(EarlierEvents.proposalTo(result, m).map(asked -> considered.withTarget(ActorMention.at(index.token(m.trigger()), asked.source().actor())))
          .orElse(considered.withoutTarget()));
    }
    return result;
  }
}
