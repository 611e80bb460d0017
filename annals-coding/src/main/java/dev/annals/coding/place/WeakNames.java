package dev.annals.coding.place;

import dev.annals.model.PlaceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which weak names stay places: a proper noun only towns bear ("Police", "Ford", "Mansfield") is
 * a place only when a sure place of the article lies in the same state or within
 * {@value #VOUCHING_KM} km of the town it would be, or when the article has no sure place at all.
 */
final class WeakNames {
  /** How near a sure place must lie to a weak name's town to vouch for it. */
  private static final double VOUCHING_KM = 100;

  private WeakNames() {}

  /**
   * The keys of the weak names: weak in every mention, and not fixed by a container after a comma.
   *
   * @param found the article's toponyms
   * @param fixed the keys a comma and a container fix ("Alexandria, La.")
   */
  static Set<String> weakKeys(List<Toponym> found, Set<String> fixed) {
    Set<String> weak = new HashSet<>();
    found.stream().filter(Toponym::weak).forEach(f -> weak.add(f.key()));
    found.stream().filter(f -> !f.weak()).forEach(f -> weak.remove(f.key()));
    weak.removeAll(fixed);
    return weak;
  }

  /**
   * The weak names no sure name vouches for, which are no places.
   *
   * @param weak the keys of the weak names
   * @param keys the keys of all the article's names
   * @param pick the reading each name took, by key
   */
  static Set<String> unvouched(Set<String> weak, List<String> keys, Map<String, Gazetteer.Entry> pick) {
    if (weak.size() == keys.size()) {
      return Set.of(); // nothing else to go by: the only proper nouns the gazetteer knows
    }
    Set<String> unvouched = new HashSet<>(weak);
    for (String key : weak) {
      Gazetteer.Entry place = pick.get(key);
      for (String other : keys) {
        if (!weak.contains(other) && !other.equals(key) && vouches(pick.get(other), place)) {
          unvouched.remove(key);
          break;
        }
      }
    }
    return unvouched;
  }

  /** Whether a sure place of the article makes a weak name's place credible: the same division, or near. */
  private static boolean vouches(Gazetteer.Entry sure, Gazetteer.Entry weak) {
    if (ReadingScores.sameDivision(sure, weak)) {
      return true;
    }
    return sure.place().kind() != PlaceKind.COUNTRY && GreatCircle.distanceKm(sure.place(), weak.place()) < VOUCHING_KM;
  }
}
