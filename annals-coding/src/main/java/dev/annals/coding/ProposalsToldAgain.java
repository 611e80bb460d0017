package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Trump threatened tariffs unless Ottawa scrapped its tax. Carney rejected Trump's demand": a
 * request, offer or demand named by its owner's noun is the one told before when the owner put
 * something to someone earlier in the article (an appeal, offer, demand or threat), not a second
 * one ("offered to mediate between Pakistan and Afghanistan ... the Taliban turned down Ankara's
 * proposal"). Only a request told for the first time ("Iran has not answered Baghdad's request
 * for talks") is an event of its own.
 */
final class ProposalsToldAgain {
  /** Nouns of what is put to someone, as the noun coder reads them with their owner (cameo/answered-nouns.txt). */
  private static final Set<String> ANSWERED_NOUNS = Set.copyOf(dev.annals.coding.knowledge.TsvFile.readWordList("dev/annals/coding/cameo/answered-nouns.txt"));
  /** Roots of putting something to someone: appeal, intent, demand, threat. */
  private static final Set<String> PUTTING_ROOTS = Set.of("02", "03", "10", "13");

  private ProposalsToldAgain() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean ownedNoun = index.token(m.trigger()).isNoun() && ANSWERED_NOUNS.contains(index.lemma(m.trigger()))
          && !index.children(m.trigger(), Set.of("nmod:poss")).isEmpty();
      boolean toldBefore = ownedNoun && m.target().isPresent() && coded.stream().anyMatch(c -> c != m && before(c, m)
          && PUTTING_ROOTS.contains(c.type().rootCode()) && c.target().isPresent() && sameSide(c.source().actor(), m.source().actor()));
      if (!toldBefore) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static boolean before(CodedMention earlier, CodedMention m) {
    return earlier.sentence() < m.sentence() || (earlier.sentence() == m.sentence() && earlier.trigger() < m.trigger());
  }

  /** The same actor, or actors of the same country: Erdogan's offer is Ankara's. */
  private static boolean sameSide(Actor a, Actor b) {
    return a.code().equals(b.code()) || (a.country().isPresent() && a.country().equals(b.country()));
  }
}
