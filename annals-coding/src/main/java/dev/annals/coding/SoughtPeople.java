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

  /** Whether a participle describes the noun as sought. */
  public static boolean describe(DependencyIndex index, int noun) {
    return !participlesOf(index, noun).isEmpty();
  }
}
