package dev.annals.coding.quotes;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that attribute content to a source, from {@code quotes/cues.tsv}: verbs of saying
 * and thinking, nouns of saying, and words like "according (to)" that name the source of a
 * whole clause, and verbs that attribute only with the object "it" ("as X put it").
 */
public final class QuoteCues {
  public static final String RESOURCE = "dev/annals/coding/quotes/cues.tsv";

  private final Set<String> verbs;
  private final Set<String> nouns;
  private final Set<String> prepositions;
  private final Set<String> verbsWithIt;
  private final Set<String> verbsToSomeone;
  private final Set<String> verbsFor;

  public QuoteCues(Set<String> verbs, Set<String> nouns, Set<String> prepositions) {
    this(verbs, nouns, prepositions, Set.of(), Set.of());
  }

  public QuoteCues(Set<String> verbs, Set<String> nouns, Set<String> prepositions, Set<String> verbsWithIt, Set<String> verbsToSomeone) {
    this(verbs, nouns, prepositions, verbsWithIt, verbsToSomeone, Set.of());
  }

  /**
   * @param verbsWithIt verbs that are cues only with the object "it" ("as X put it")
   * @param verbsToSomeone verbs of saying whose object is the one spoken to ("told reporters");
   *     they are cue verbs too
   * @param verbsFor verbs of appeal whose "for" phrase is what was asked ("called for a moratorium");
   *     of those not listed as cue verbs too ("pressed for talks"), only that phrase is content
   */
  public QuoteCues(Set<String> verbs, Set<String> nouns, Set<String> prepositions, Set<String> verbsWithIt, Set<String> verbsToSomeone,
      Set<String> verbsFor) {
    this.verbs = Set.copyOf(verbs);
    this.nouns = Set.copyOf(nouns);
    this.prepositions = Set.copyOf(prepositions);
    this.verbsWithIt = Set.copyOf(verbsWithIt);
    this.verbsToSomeone = Set.copyOf(verbsToSomeone);
    this.verbsFor = Set.copyOf(verbsFor);
  }

  public static QuoteCues loadDefault() {
    Set<String> verbs = new HashSet<>();
    Set<String> nouns = new HashSet<>();
    Set<String> prepositions = new HashSet<>();
    Set<String> verbsWithIt = new HashSet<>();
    Set<String> verbsToSomeone = new HashSet<>();
    Set<String> verbsFor = new HashSet<>();
    for (Row row : TsvFile.readResource(RESOURCE, 2)) {
      String lemma = row.field(0).strip().toLowerCase(Locale.ROOT);
      switch (row.field(1).strip()) {
        case "verb" -> verbs.add(lemma);
        case "noun" -> nouns.add(lemma);
        case "prep" -> prepositions.add(lemma);
        case "verb-it" -> verbsWithIt.add(lemma);
        case "verb-to" -> verbsToSomeone.add(lemma);
        case "verb-for" -> verbsFor.add(lemma);
        default -> throw row.error("kind must be verb, verb-to, verb-for, verb-it, noun or prep, was '" + row.field(1) + "'");
      }
    }
    return new QuoteCues(verbs, nouns, prepositions, verbsWithIt, verbsToSomeone, verbsFor);
  }

  public boolean isVerb(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return verbs.contains(l) || verbsToSomeone.contains(l);
  }

  /** A verb of appeal whose "for" phrase is what was asked: "called for a moratorium on charter schools". */
  public boolean isVerbFor(String lemma) {
    return verbsFor.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A verb of saying whose object is the one spoken to: "told reporters", "urged Trump to …". */
  public boolean isVerbToSomeone(String lemma) {
    return verbsToSomeone.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isNoun(String lemma) {
    return nouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A verb that attributes only when its object is "it" ("as The New Yorker put it"). */
  public boolean isVerbWithIt(String lemma) {
    return verbsWithIt.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isPreposition(String word) {
    return prepositions.contains(word.toLowerCase(Locale.ROOT));
  }
}
