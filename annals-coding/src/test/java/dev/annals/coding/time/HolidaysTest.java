package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidaysTest {
  private final Holidays holidays = Holidays.shared();

  @Test
  void fixedAndWeekdayHolidaysFallOnTheirDays() {
    assertThat(holidays.date("thanksgiving", 2023)).isEqualTo(LocalDate.of(2023, 11, 23));
    assertThat(holidays.date("election day", 2024)).as("the Tuesday after the first Monday").isEqualTo(LocalDate.of(2024, 11, 5));
    assertThat(holidays.date("election day", 2022)).isEqualTo(LocalDate.of(2022, 11, 8));
    assertThat(holidays.date("christmas", 1999)).isEqualTo(LocalDate.of(1999, 12, 25));
    assertThat(holidays.month("independence day")).isEqualTo(7);
  }

  @Test
  void theNamesAreInLowerCaseAndTheAlternationMatchesThem() {
    assertThat(holidays.names()).contains("thanksgiving", "new year's day");
    assertThat("new year's day").matches(holidays.alternation());
  }

  @Test
  void anUnknownHolidayIsAnErrorNamingTheFile() {
    assertThatThrownBy(() -> holidays.date("bastille day", 2020)).hasMessageContaining("holidays.tsv");
  }
}
