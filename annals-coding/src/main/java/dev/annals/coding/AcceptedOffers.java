package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Togo offered on Tuesday to mediate between its two neighbours, and both governments accepted":
 * "accepted" with nothing after it, joined to another side's offer, accepts that offer, made by
 * its subjects to whoever offered. What is accepted is what was offered: mediation (039) is
 * accepted as mediation (038), talks (036) as talks, any other cooperation offered (03x: "offered
 * to let vets from Botswana inspect the enclosures, and Gaborone accepted") as the will to
 * cooperate (030). Offers of other things are left as they are (what accepting them is depends on
 * the thing). The offer may be coded on what is offered, the complement of "offer"; the
 * acceptance then hangs on "offer" itself.
 */
final class AcceptedOffers {
  private static final Set<String> ACCEPTING = Set.of("accept", "agree");
  /** What accepting each offer is, by the offer's code. */
  private static final Map<String, String> ACCEPTED_AS = Map.of("039", "038", "036", "036");
  /** What accepting an offer of any other cooperation (03x) is: the will to cooperate. */
  private static final String COOPERATION_ACCEPTED = "030";
  /** Relations by which a verb says what it accepts; with none, it accepts what was just offered. */
  private static final Set<String> WHAT = Set.of("obj", "ccomp", "xcomp", "obl:to", "obl:on", "obl:with");

  private final CameoCodebook codebook;

  AcceptedOffers(CameoCodebook codebook) {
    this.codebook = codebook;
  }

  List<CodedMention> add(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>(coded);
    for (CodedMention offer : coded) {
      String accepted = acceptedAs(offer.type().code());
      if (accepted == null) {
        continue;
      }
      for (int verb : index.children(offeringVerb(index, offer.trigger()), Set.of("conj:and", "conj:but"))) {
        if (!ACCEPTING.contains(index.lemma(verb)) || !index.children(verb, WHAT).isEmpty() || coded.stream().anyMatch(c -> c.trigger() == verb)) {
          continue;
        }
        for (int subject : index.children(verb, Set.of("nsubj"))) {
          for (ActorMention side : actors.at(subject)) {
            if (side.actor().equals(offer.source().actor()) || result.stream().anyMatch(r -> r.trigger() == verb && r.source().actor().equals(side.actor()))) {
              continue;
            }
            result.add(new CodedMention(offer.sentence(), verb, List.of(verb), side, Optional.of(offer.source()), codebook.require(accepted, "offer accepted"),
                Modality.ASSERTED, false, false, offer.tense(), "offer accepted: " + index.lemma(verb)));
          }
        }
      }
    }
    return result;
  }

  private static String acceptedAs(String offerCode) {
    return ACCEPTED_AS.getOrDefault(offerCode, offerCode.startsWith("03") ? COOPERATION_ACCEPTED : null);
  }

  /** The verb "offer" whose complement the offer was coded on, or the trigger itself. */
  private static int offeringVerb(DependencyIndex index, int trigger) {
    return index.parents(trigger).stream()
        .filter(d -> d.relation().equals("xcomp") && index.lemma(d.governor()).equals("offer"))
        .map(Dependency::governor).findFirst().orElse(trigger);
  }
}
