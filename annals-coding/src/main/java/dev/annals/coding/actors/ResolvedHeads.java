package dev.annals.coding.actors;

import dev.annals.model.ActorMention;
import java.util.List;

/**
 * The actors each phrase head of one article refers to, resolved on first use. Resolving one
 * head may resolve others first: its owners ("Somalia's government"), conjuncts and appositives,
 * and the speakers a pronoun stands for.
 */
interface ResolvedHeads {
  /** The actors of the phrase this token heads; resolves the phrase on first use. */
  List<ActorMention> resolve(int head);

  /** Records the actors of a head found while resolving another one (an appositive name). */
  void settle(int head, List<ActorMention> mentions);
}
