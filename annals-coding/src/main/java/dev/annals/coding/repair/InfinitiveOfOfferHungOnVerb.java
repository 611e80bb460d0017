package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Sheinbaum rejected an offer by Trump to send American troops": the parser hangs "to send" on
 * the verb ({@code xcomp(rejected, send)}) and makes the offer its doer ({@code
 * nsubj:xsubj(send, offer)}), so that Mexico rejects troops and the offer sends them. An offer,
 * a plan or a request does nothing itself; the infinitive says what it is for and hangs on it:
 * {@code acl(offer, send)}, with no doer of its own. Only when the offer names who made it ("by
 * Trump", "Trump's"): then the one who acts on it is plainly not its maker, while in "rejected an
 * invitation to attend" the infinitive may still be the rejecter's own. Not for an owner that is a
 * pronoun ("their offers to acquire"), whose maker is the verb's subject.
 */
public final class InfinitiveOfOfferHungOnVerb implements ParseRepair {
  /** Nouns whose infinitive tells what is offered, asked or meant: "an offer to send", "a plan to build". */
  private static final Set<String> OFFER_NOUNS = Set.of("offer", "proposal", "plan", "request", "bid", "invitation", "call", "appeal",
      "demand", "promise", "pledge", "threat", "attempt", "decision", "move", "initiative", "ultimatum");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency controlled : sentence) {
      int verb = controlled.governor();
      int infinitive = controlled.dependent();
      if (verb < 0 || !controlled.relation().equals("xcomp") || !tokens.get(infinitive).tag().equals("VB")
          || sentence.stream().noneMatch(d -> d.governor() == infinitive && d.relation().equals("mark") && tokens.get(d.dependent()).text().equalsIgnoreCase("to"))) {
        continue;
      }
      Optional<Dependency> offer = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("obj") && d.dependent() < infinitive
          && OFFER_NOUNS.contains(tokens.get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))).findFirst();
      if (offer.isEmpty()) {
        continue;
      }
      int noun = offer.get().dependent();
      // A named maker, not "their": "extended their offers to acquire the company Friday" keeps
      // the parser's reading, whose time is the extending's.
      if (sentence.stream().noneMatch(d -> d.governor() == noun && (d.relation().equals("nmod:by")
          || (d.relation().equals("nmod:poss") && !tokens.get(d.dependent()).tag().startsWith("PRP"))))) {
        continue;
      }
      Dependency[] offerAsDoer = sentence.stream().filter(d -> d.governor() == infinitive && d.dependent() == noun && d.relation().equals("nsubj:xsubj"))
          .toArray(Dependency[]::new);
      if (offerAsDoer.length == 0) {
        continue;
      }
      return DependencyEdits.mapped(DependencyEdits.without(sentence, offerAsDoer), d -> d == controlled ? new Dependency(noun, infinitive, "acl") : d);
    }
    return sentence;
  }
}
