package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Relatives of victims who had travelled to Koblenz for the hearing thanked German prosecutors",
 * "flew 160 Ivorians who had asked to go home back to Abidjan": a visit or a request told in the
 * pluperfect in a "who" clause on the people who act or are acted on is how they came to be
 * there, background to the news, not news of its own, when the clause gives it no time of its own.
 * Such an event is not kept. (Deeds stay: "rebels who had seized the town" tells a seizure a
 * reader wants.)
 */
final class BackgroundOfPeople {
  /** Roots of what is background when told so: appeals (02) and visits or meetings (04). */
  private static final Set<String> BACKGROUND_ROOTS = Set.of("02", "04");

  private BackgroundOfPeople() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !(BACKGROUND_ROOTS.contains(m.type().rootCode()) && isPluperfectWhoClause(index, m.trigger()))).toList();
  }

  private static boolean isPluperfectWhoClause(DependencyIndex index, int verb) {
    boolean relative = index.head(verb).filter(h -> h.relation().equals("acl:relcl") && h.governor() >= 0).isPresent();
    boolean had = index.children(verb, Set.of("aux")).stream().anyMatch(a -> index.token(a).text().equalsIgnoreCase("had"));
    boolean who = index.head(verb).map(h -> index.children(h.governor(), Set.of("ref")).stream()
        .anyMatch(r -> index.token(r).text().toLowerCase(Locale.ROOT).equals("who"))).orElse(false)
        || index.children(verb, Set.of("nsubj")).stream().anyMatch(s -> index.token(s).text().equalsIgnoreCase("who"));
    return relative && had && who && !hasTimeOfItsOwn(index, verb);
  }

  /**
   * "Prime Minister Jotham Napat, who had asked Anthony Albanese to drop the clause when the two
   * leaders met in March": a clause that dates its deed tells news of its own.
   */
  private static boolean hasTimeOfItsOwn(DependencyIndex index, int verb) {
    return index.subtree(verb, Set.of()).stream().map(index::token).anyMatch(t -> Set.of("DATE", "TIME").contains(t.entity())
        || TIME_WORDS.contains(t.text().toLowerCase(Locale.ROOT)) || t.text().equals("May"));
  }

  /** Words that date a clause when the tagger gives no date: "when", the months ("May" by its capital), the days. */
  private static final Set<String> TIME_WORDS = Set.of("when", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "ago");
}
