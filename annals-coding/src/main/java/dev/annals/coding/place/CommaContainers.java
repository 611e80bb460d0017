package dev.annals.coding.place;

import dev.annals.model.AnnotatedText;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Alexandria, La.", "Samarkand, Uzbekistan": a name followed by a comma and a state, province or
 * country lies there. Both names are then fixed: the first to its readings inside the container,
 * the second to the container.
 */
final class CommaContainers {
  private CommaContainers() {}

  /**
   * The readings of the names that a comma and a container fix, by key; a name fixed more than
   * once keeps the first. Names with no reading inside the container after them are left out.
   *
   * @param found the article's toponyms in text order, local features left out
   */
  static Map<String, List<Gazetteer.Entry>> fixedReadings(AnnotatedText text, List<Toponym> found) {
    Map<String, List<Gazetteer.Entry>> constrained = new HashMap<>();
    for (int i = 0; i + 1 < found.size(); i++) {
      Toponym f = found.get(i);
      Toponym next = found.get(i + 1);
      Optional<Gazetteer.Entry> container = next.readings().stream()
          .filter(e -> e.firstLevel() || e.place().kind() == PlaceKind.COUNTRY).findFirst();
      if (next.first() == f.end() + 1 && text.tokens().get(f.end()).text().equals(",") && container.isPresent()) {
        List<Gazetteer.Entry> within = within(f.readings(), container.get());
        if (!within.isEmpty()) {
          constrained.merge(f.key(), within, (a, b) -> a);
          constrained.putIfAbsent(next.key(), List.of(container.get()));
        }
      }
    }
    return constrained;
  }

  /** The readings that lie in the given division or country, in their order. */
  static List<Gazetteer.Entry> within(List<Gazetteer.Entry> readings, Gazetteer.Entry container) {
    Place place = container.place();
    List<Gazetteer.Entry> inside = new ArrayList<>();
    for (Gazetteer.Entry reading : readings) {
      boolean sameCountry = place.country().isPresent() && reading.place().country().equals(place.country());
      if (place.kind() == PlaceKind.COUNTRY && sameCountry && reading.place().kind() != PlaceKind.COUNTRY) {
        inside.add(reading);
      } else if (container.firstLevel() && sameCountry && reading.admin1().equals(container.admin1()) && reading != container) {
        inside.add(reading);
      }
    }
    return inside;
  }
}
