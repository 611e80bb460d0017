package dev.annals.coding;

import dev.annals.model.DateOrigin;
import dev.annals.model.EventDate;
import dev.annals.model.EventMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Chile deported 112 Haitians on Wednesday … Haiti's government protested and asked Santiago to
 * suspend further flights. Chile's foreign ministry rejected the request on Thursday": a sentence
 * with no time of its own is dated by the day the article was published, but an act the other side
 * rejected on a day was done by that day. An act so dated that follows a sentence dated by a time
 * of its own, answered by a rejection (12) or a promise to consider it (014: "said on Sunday it
 * would consider the request") from the side it was aimed at in one of the next two sentences,
 * dated by a time of its own before the publication day, takes the answer's day.
 */
final class ActsDatedByTheirAnswers {
  /** How many sentences on the answer may come: a rejection further off answers something else. */
  private static final int REACH = 2;
  private static final String REJECTION_ROOT = "12";
  /** Consider a policy option: "said on Sunday it would consider the request" answers it too. */
  private static final String CONSIDERATION = "014";

  private ActsDatedByTheirAnswers() {}

  static List<EventMention> dated(List<EventMention> mentions) {
    // (Only a follow-up to a story already told from a day: a lead with no time of its own, "Pashinyan
    // urged Azerbaijan to sign a peace treaty", is news of the publication day however it was met.)
    int firstDated = mentions.stream().filter(e -> e.date().origin() == DateOrigin.TIME_EXPRESSION).mapToInt(EventMention::sentence).min().orElse(Integer.MAX_VALUE);
    List<EventMention> dated = new ArrayList<>();
    for (EventMention m : mentions) {
      dated.add(answerOf(m, mentions, firstDated).map(a -> m.withDate(new EventDate(a.date().value(), a.date().start(), a.date().end(), a.date().precision(),
          DateOrigin.CONTEXT, Optional.empty()))).orElse(m));
    }
    return dated;
  }

  private static Optional<EventMention> answerOf(EventMention m, List<EventMention> mentions, int firstDated) {
    if (m.sentence() <= firstDated || m.date().origin() != DateOrigin.PUBLICATION || m.target().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> from = m.source().actor().country();
    Optional<String> to = m.target().get().actor().country();
    if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
      return Optional.empty();
    }
    return mentions.stream().filter(a -> a.sentence() > m.sentence() && a.sentence() - m.sentence() <= REACH && (a.type().code().startsWith(REJECTION_ROOT) || a.type().code().equals(CONSIDERATION))
        // (The answer's day may be its saying's: "said on Sunday it would consider the request".)
        && (a.date().origin() == DateOrigin.TIME_EXPRESSION || a.date().origin() == DateOrigin.CONTEXT) && a.date().end().isBefore(m.date().start())
        && a.source().actor().country().equals(to) && a.target().flatMap(t -> t.actor().country()).equals(from)).findFirst();
  }
}
