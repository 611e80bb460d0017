package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Dependency;
import dev.annals.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The two countries' education ministers agreed by telephone late on Wednesday to set up a
 * working group": what two sides did "by telephone" or "over the phone" they did in a call, which
 * is an event of its own (041, discuss by telephone) beside the agreement, as "spoke by telephone"
 * is.
 */
final class CallsOfAgreements {
  /** Words for a call: "by telephone", "over the phone", "by video link". */
  private static final Set<String> CALLS = Set.of("telephone", "phone", "videoconference", "video");
  /** The prepositions that tell the means of contact. */
  private static final Set<String> MEANS = Set.of("obl:by", "obl:over", "obl:via");

  private final EventType call;

  CallsOfAgreements(CameoCodebook codebook) {
    this.call = codebook.require("041", "a call in which something was agreed");
  }

  List<CodedMention> add(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      result.add(m);
      if (m.target().isEmpty() || m.negated() || m.type().rootCode().equals(EarlierEvents.CONSULT_ROOT) || !byCall(index, m.trigger())) {
        continue;
      }
      // A call is between both, as the agreement coded both ways is: one call each way, once.
      boolean told = result.stream().anyMatch(c -> c.type().equals(call) && c.sentence() == m.sentence() && sameSides(c, m));
      if (!told) {
        result.add(m.withType(call));
      }
    }
    return result;
  }

  private static boolean sameSides(CodedMention a, CodedMention b) {
    return a.source().actor().equals(b.source().actor()) && a.target().map(t -> t.actor()).equals(b.target().map(t -> t.actor()));
  }

  private static boolean byCall(DependencyIndex index, int trigger) {
    for (Dependency d : index.children(trigger)) {
      if (MEANS.contains(d.relation()) && CALLS.contains(index.lemma(d.dependent()).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
