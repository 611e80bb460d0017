package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words more than one repair recognises, so that they read "said", "Thursday" or "next week"
 * alike. A word only one repair needs stays in that repair.
 */
final class RepairWords {
  private static final Set<String> SAYING = Set.of("say", "add", "insist", "claim", "state", "tell", "announce");
  private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight");
  private static final Set<String> PERIODS = Set.of("week", "weekend", "month", "year", "fortnight");
  private static final Set<String> RELATIVE = Set.of("next", "last", "this", "coming", "past");
  private static final Set<String> CALLING = Set.of("call", "brand", "label", "term", "dub");
  private static final Set<String> DEEMING = Set.of("deem", "consider", "declare", "pronounce", "find");
  private static final Set<String> MODALS_OF_WHAT_MAY_BE = Set.of("would", "will", "could", "can", "might", "may", "should", "'d", "'ll");

  /** Tags of a verb with a tense of its own: "said", "says", "say". */
  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

  private RepairWords() {}

  /** A verb with a tense of its own, by its tag: "accused", "rejects", "deny" (not "to deny", "denying", "denied" as a participle). */
  static boolean isFiniteVerb(Token token) {
    return FINITE_TAGS.contains(token.tag());
  }

  /** A modal of what is to come or may be, as written: "would", "will", "could", "'ll". */
  static boolean isModalOfWhatMayBe(Token token) {
    return MODALS_OF_WHAT_MAY_BE.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /** A past-tense verb right after ", and": "…, and accused Slovenia", "…, and invited Nigerian officials". */
  static boolean isPastVerbAfterCommaAnd(List<Token> tokens, int verb) {
    return tokens.get(verb).tag().equals("VBD") && isAfterCommaAnd(tokens, verb);
  }

  /** A word right after ", and". */
  static boolean isAfterCommaAnd(List<Token> tokens, int word) {
    return word >= 2 && tokens.get(word - 1).text().equalsIgnoreCase("and") && tokens.get(word - 2).text().equals(",");
  }

  /** A quotation mark, by its tag or its text (the tagger may tag a straight closing mark as an opening one). */
  static boolean isQuotationMark(Token token) {
    return Set.of("``", "''").contains(token.tag()) || Set.of("\"", "“", "”", "''", "``").contains(token.text());
  }

  /** A verb of saying, by its lemma: "said", "added", "insisted", "told", "announced". */
  static boolean isSaying(Token token) {
    return SAYING.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** A verb that says what its object is called, by its lemma: "called it", "branded them", "dubbed it". */
  static boolean isCalling(Token token) {
    return CALLING.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** A verb that names or judges its object, by its lemma: "called his remarks unacceptable", "declared the vote void". */
  static boolean isNamingOrJudging(Token token) {
    return isCalling(token) || DEEMING.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** A verb in the past tense or a past participle, which the tagger confuses: "accused", "called". */
  static boolean isPastVerb(Token token) {
    return token.tag().equals("VBN") || token.tag().equals("VBD");
  }

  /** Words for a span of time that may measure an event: "three days of talks". */
  private static final Set<String> SPANS = Set.of("day", "week", "hour", "month");

  /** Whether the word names a span of time that may measure an event ("three days of talks"). */
  static boolean isSpanOfTime(Token token) {
    return SPANS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** A day named as written: "Thursday", "today", "tonight". */
  static boolean isDay(Token token) {
    return DAY_WORDS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /** A day the parser made the subject of a verb after it: "on Wednesday to reopen", "on Wednesday … and offered". */
  static boolean isDayReadAsSubject(List<Token> tokens, Dependency subject) {
    return subject.governor() >= 0 && subject.relation().equals("nsubj") && subject.dependent() < subject.governor() && isDay(tokens.get(subject.dependent()));
  }

  /**
   * A period of the calendar (by its lemma) after a word that places it relative to now (as
   * written): "next week", "last month", "this year". {@code period} must not be the first token.
   */
  static boolean isRelativePeriod(List<Token> tokens, int period) {
    return PERIODS.contains(tokens.get(period).lemma().toLowerCase(Locale.ROOT))
        && RELATIVE.contains(tokens.get(period - 1).text().toLowerCase(Locale.ROOT));
  }

  /** The "whose" tokens that own the clause's subject: "whose citizens were expelled". */
  static List<Integer> whoseOfSubject(List<Token> tokens, List<Dependency> sentence, int clause) {
    List<Integer> found = new ArrayList<>();
    for (Dependency subject : sentence) {
      if (subject.governor() != clause || !subject.relation().startsWith("nsubj")) {
        continue;
      }
      for (Dependency owner : sentence) {
        if (owner.governor() == subject.dependent() && owner.relation().equals("nmod:poss") && tokens.get(owner.dependent()).text().equalsIgnoreCase("whose")) {
          found.add(owner.dependent());
        }
      }
    }
    return found;
  }

  /**
   * The verb before a noun that takes it as its object or an oblique ("freed 12 soldiers [it had
   * held]", "blocked the road into [an estate that …]"), of a tag the test accepts.
   */
  static java.util.Optional<Integer> verbTakingNoun(List<Token> tokens, List<Dependency> sentence, int noun, java.util.function.Predicate<String> tag) {
    return sentence.stream().filter(d -> d.dependent() == noun && d.governor() >= 0 && d.governor() < noun
        && (d.relation().equals("obj") || d.relation().startsWith("obl")) && tag.test(tokens.get(d.governor()).tag())).map(Dependency::governor).findFirst();
  }
}
