package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Alexandria, La.": a name before a comma and a state or country lies there. */
class CommaContainersTest {
  private static final Gazetteer.Entry ALEXANDRIA_VIRGINIA = town("VA", "USA", 38.80, -77.05);
  private static final Gazetteer.Entry ALEXANDRIA_LOUISIANA = town("LA", "USA", 31.31, -92.45);
  private static final Gazetteer.Entry ALEXANDRIA_EGYPT = town("06", "EGY", 31.20, 29.92);
  private static final List<Gazetteer.Entry> ALEXANDRIAS = List.of(ALEXANDRIA_EGYPT, ALEXANDRIA_VIRGINIA, ALEXANDRIA_LOUISIANA);
  private static final Gazetteer.Entry LOUISIANA = new Gazetteer.Entry(
      new Place("Louisiana", Optional.of("USA"), 31.0, -92.0, PlaceKind.ADMINISTRATIVE_REGION, 0, Optional.of("LA")), "LA", true);
  private static final Gazetteer.Entry EGYPT = new Gazetteer.Entry(new Place("Egypt", Optional.of("EGY"), 27, 30, PlaceKind.COUNTRY, 0), "");

  private static Gazetteer.Entry town(String admin1, String country, double latitude, double longitude) {
    return new Gazetteer.Entry(new Place("Alexandria", Optional.of(country), latitude, longitude, PlaceKind.CITY, 50_000, Optional.of(admin1)), admin1);
  }

  @Test
  void theReadingsWithinAStateOrCountryKeepTheirOrder() {
    assertThat(CommaContainers.within(ALEXANDRIAS, LOUISIANA)).containsExactly(ALEXANDRIA_LOUISIANA);
    assertThat(CommaContainers.within(ALEXANDRIAS, EGYPT)).containsExactly(ALEXANDRIA_EGYPT);
    assertThat(CommaContainers.within(List.of(LOUISIANA), LOUISIANA)).isEmpty(); // no state lies in itself
  }

  @Test
  void aCommaBetweenTheNamesFixesBoth() {
    Map<String, List<Gazetteer.Entry>> fixed = fixed("in/in/IN Alexandria/Alexandria/NNP ,/,/, Louisiana/Louisiana/NNP");
    assertThat(fixed).containsOnlyKeys("alexandria", "louisiana");
    assertThat(fixed.get("alexandria")).containsExactly(ALEXANDRIA_LOUISIANA);
    assertThat(fixed.get("louisiana")).containsExactly(LOUISIANA);
  }

  @Test
  void namesJoinedByAnythingButACommaStayOpen() {
    assertThat(fixed("in/in/IN Alexandria/Alexandria/NNP and/and/CC Louisiana/Louisiana/NNP")).isEmpty();
  }

  private static Map<String, List<Gazetteer.Entry>> fixed(String sentence) {
    AnnotatedText text = new HandBuiltText().sentence(sentence, "").build(LocalDate.of(2009, 3, 20));
    List<Toponym> found = List.of(
        new Toponym(1, 2, text.tokens().get(1).span(), "Alexandria", "alexandria", ALEXANDRIAS),
        new Toponym(3, 4, text.tokens().get(3).span(), "Louisiana", "louisiana", List.of(LOUISIANA)));
    return CommaContainers.fixedReadings(text, found);
  }
}
