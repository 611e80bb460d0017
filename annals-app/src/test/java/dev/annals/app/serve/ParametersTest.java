package dev.annals.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.store.EventFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParametersTest {
  private static Parameters of(Map<String, List<String>> values) {
    return new Parameters(values, Parameters.with(Parameters.FILTERS, "limit"));
  }

  @Test
  void aFullFilterIsReadIntoTheEventFilter() {
    EventFilter filter = of(Map.of("dyad", List.of("rus:ukr"), "code", List.of("190"), "root", List.of("19"), "quad", List.of("4"),
        "from", List.of("2025-01-01"), "to", List.of("2025-01-31"), "place", List.of("Kharkiv"), "modality", List.of("Reported"),
        "text", List.of("  missiles "))).filter();
    assertThat(filter.source()).contains("RUS");
    assertThat(filter.target()).contains("UKR");
    assertThat(filter.code()).contains("190");
    assertThat(filter.rootCode()).contains("19");
    assertThat(filter.quadClass()).contains(4);
    assertThat(filter.from()).contains(LocalDate.of(2025, 1, 1));
    assertThat(filter.to()).contains(LocalDate.of(2025, 1, 31));
    assertThat(filter.place()).contains("Kharkiv");
    assertThat(filter.modality()).contains("reported");
    assertThat(filter.text()).contains("missiles");
  }

  @Test
  void emptyValuesMeanNoFilter() {
    EventFilter filter = of(Map.of("actor", List.of(""), "quad", List.of(" "))).filter();
    assertThat(filter.actor()).isEmpty();
    assertThat(filter.quadClass()).isEmpty();
  }

  @Test
  void unknownAndRepeatedParametersAreRefusedByName() {
    assertThatThrownBy(() -> of(Map.of("colour", List.of("red"))))
        .isInstanceOf(ApiError.class).hasMessageContaining("unknown parameter colour").hasMessageContaining("quad");
    assertThatThrownBy(() -> of(Map.of("quad", List.of("1", "2")))).hasMessageContaining("quad is given 2 times");
  }

  @Test
  void badValuesNameTheParameterTheValueAndTheExpectation() {
    assertThatThrownBy(() -> of(Map.of("quad", List.of("5"))).filter()).hasMessage("quad must be from 1 to 4, was 5");
    assertThatThrownBy(() -> of(Map.of("from", List.of("01/02/2025"))).filter())
        .hasMessage("from must be a date YYYY-MM-DD, was '01/02/2025'");
    assertThatThrownBy(() -> of(Map.of("actor", List.of("RUS' OR '1'='1"))).filter()).hasMessageContaining("actor must be");
    assertThatThrownBy(() -> of(Map.of("place", List.of("x'; DROP TABLE events"))).filter()).hasMessageContaining("place must be");
    assertThatThrownBy(() -> of(Map.of("text", List.of("a\u0000b"))).filter()).hasMessageContaining("control character");
    assertThatThrownBy(() -> of(Map.of("text", List.of("x".repeat(301)))).filter()).hasMessageContaining("at most 300");
    assertThatThrownBy(() -> of(Map.of("limit", List.of("1e3"))).integer("limit", 50, 1, 1000))
        .hasMessage("limit must be a whole number from 1 to 1000, was '1e3'");
    assertThat(((ApiError) catchError(() -> of(Map.of("root", List.of("00"))).filter())).status()).isEqualTo(400);
  }

  @Test
  void choicesAreCaseInsensitive() {
    Parameters parameters = new Parameters(Map.of("period", List.of("WEEK")), Set.of("period"));
    assertThat(parameters.choice("period", dev.annals.store.Queries.Period.class, dev.annals.store.Queries.Period.MONTH))
        .isEqualTo(dev.annals.store.Queries.Period.WEEK);
    assertThat(new Parameters(Map.of(), Set.of("period")).string("period")).isEqualTo(Optional.empty());
  }

  private static Throwable catchError(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("no error");
  }
}
