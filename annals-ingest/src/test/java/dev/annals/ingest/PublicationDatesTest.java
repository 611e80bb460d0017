package dev.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2004-05-12                       | 2004-05-12",
      "2004-05-12T23:10:00+02:00        | 2004-05-12",
      "2019-11-04T22:30:00-05:00        | 2019-11-04",
      "2023-06-14T23:30:00Z             | 2023-06-14",
      "20040512                         | 2004-05-12",
      "2004/05/12                       | 2004-05-12",
      "'Wed, 12 May 2004 10:00:00 GMT'  | 2004-05-12",
      "'May 12, 2004'                   | 2004-05-12",
      "12 May 2004                      | 2004-05-12",
      "APRIL 26, 2016 - 12:25AM EDT     | 2016-04-26",
      "'DEC. 14, 2016, 2:54 AM EST'     | 2016-12-14",
      "December 9th 2016                | 2016-12-09",
      "2016 Oct 10                      | 2016-10-10",
      "'Sept. 3, 1999'                  | 1999-09-03"})
  void readsTheFormsSourcesWrite(String value, LocalDate expected) {
    assertThat(PublicationDates.parse(value)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "yesterday", "2004-13-45", "February 30, 2004", "12345", "Issue 2004"})
  void refusesWhatIsNoDate(String value) {
    assertThat(PublicationDates.parse(value)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aDatelineIsFoundInTheFirstLinesOnly() {
    assertThat(PublicationDates.dateline("Headline\n\nLONDON, March 3, 2021 (Wire) - Text."))
        .contains(LocalDate.of(2021, 3, 3));
    assertThat(PublicationDates.dateline("1\n2\n3\n4\n5\n6\nOn March 3, 2021 it rained.")).isEmpty();
  }
}
