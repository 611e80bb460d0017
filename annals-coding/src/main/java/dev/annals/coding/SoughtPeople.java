package dev.annals.coding;

import dev.annals.coding.repair.SceneOfActHungOnWanted;
import java.util.List;
import java.util.Set;

/**
 * People described as sought by the law: "two men wanted in Belgium for drug trafficking", "a
 * woman suspected of smuggling". They are suspects to a verb of handing over, criminals as actors,
 * and handed to the state that sought them.
 */
public final class SoughtPeople {
  private SoughtPeople() {}

  /** The participles right after the noun, hung on it, that describe it as sought ("wanted", "suspected", "accused"). */
  public static List<Integer> participlesOf(DependencyIndex index, int noun) {
    return index.children(noun, Set.of("acl")).stream()
        .filter(p -> p > noun && SceneOfActHungOnWanted.STATES_OF_BEING_SOUGHT.contains(index.lemma(p))).toList();
  }

  /** Whether a participle describes the noun as sought, or the act done to it names its grounds as suspicion. */
  public static boolean describe(DependencyIndex index, int noun) {
    return !participlesOf(index, noun).isEmpty() || heldOnSuspicionOfCrime(index, noun);
  }

  /** Words for the grounds of an arrest or a handover that make its object a suspect. */
  private static final Set<String> GROUNDS_OF_SUSPECTS = Set.of("suspicion", "charge");

  /** Trades of crime whose suspects are criminals: not a plot or a riot, nor spying. */
  private static final Set<String> CRIMES = Set.of("trafficking", "traffic", "smuggling", "smuggle", "fraud", "theft", "robbery", "murder",
      "kidnapping", "kidnap", "laundering", "launder", "extortion", "poaching", "scam");

  /**
   * "arrested six people on Tuesday on suspicion of trafficking", "detained four men on charges of
   * smuggling": the grounds the act is done on ({@code obl:on(arrested, suspicion)}), a crime, make
   * its object a suspect, as "suspected of" hung on the object would. Not people called by their
   * country ("four Serbian citizens on suspicion of smuggling weapons"), whom the story is about
   * as that country's people. (The parser may make the crime a word of its object's name:
   * "suspicion of trafficking migrants", {@code compound(migrants, trafficking)}.)
   */
  private static boolean heldOnSuspicionOfCrime(DependencyIndex index, int noun) {
    boolean calledByCountry = index.children(noun, Set.of("amod", "compound")).stream().anyMatch(m -> Character.isUpperCase(index.token(m).text().charAt(0)));
    return !calledByCountry && groundsOfArrest(index, noun).stream().flatMap(g -> index.children(g, DEED_SUSPECTED).stream())
        .anyMatch(deed -> CRIMES.contains(index.lemma(deed)) || index.hasChildLemma(deed, "compound", CRIMES));
  }

  private static List<Integer> groundsOfArrest(DependencyIndex index, int noun) {
    return index.parents(noun).stream().filter(d -> d.relation().equals("obj") && d.governor() >= 0 && index.token(d.governor()).isVerb())
        .flatMap(d -> index.children(d.governor(), Set.of("obl:on")).stream()).filter(g -> GROUNDS_OF_SUSPECTS.contains(index.lemma(g))).toList();
  }

  /** Relations of what one is suspected of to its participle or its grounds' noun: "suspected of spying", "on suspicion of espionage". */
  private static final Set<String> DEED_SUSPECTED = Set.of("nmod:of", "acl:of", "advcl:of", "obl:of");
  /** Words for spying, which makes suspects spies rather than criminals. */
  private static final Set<String> SPYING = Set.of("spy", "espionage", "spying");

  /**
   * The word of spying the noun is suspected of, by a participle hung on it ("people suspected of
   * spying") or by the grounds of the act done to it ("arrested two men on suspicion of
   * espionage"). Spying suspects are of the state they spied for, as spies, not criminals.
   */
  public static java.util.Optional<Integer> spyingSuspected(DependencyIndex index, int noun) {
    List<Integer> suspicions = new java.util.ArrayList<>(participlesOf(index, noun));
    suspicions.addAll(groundsOfArrest(index, noun));
    return suspicions.stream().flatMap(s -> index.children(s, DEED_SUSPECTED).stream()).filter(deed -> SPYING.contains(index.lemma(deed))).findFirst();
  }
}
