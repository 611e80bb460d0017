package dev.annals.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventDateScoreTest {
  private static final GoldInterval AUGUST = GoldInterval.of("1998-08").orElseThrow();
  private static final GoldInterval FRIDAY = GoldInterval.of("1998-08-07").orElseThrow();

  private static EventDateScore.Judged judged(GoldInterval gold, boolean fromCreation, String start, String end) {
    return new EventDateScore.Judged(gold, fromCreation, Optional.of(LocalDate.parse(start)), Optional.of(LocalDate.parse(end)));
  }

  @Test
  void exactNeedsTheSameDaysAndWithinAcceptsNarrowerOnes() {
    EventDateScore score = new EventDateScore();
    score.add(judged(FRIDAY, false, "1998-08-07", "1998-08-07"), "exact");
    score.add(judged(AUGUST, false, "1998-08-07", "1998-08-07"), "a day inside the gold month");
    score.add(judged(FRIDAY, true, "1998-08-01", "1998-08-31"), "the month around the gold day");
    score.add(new EventDateScore.Judged(FRIDAY, true, Optional.empty(), Optional.empty()), "no answer");

    assertThat(score.exactAccuracy()).isEqualTo(0.25);
    assertThat(score.withinAccuracy()).isEqualTo(0.5);
    assertThat(score.exactFromTextAccuracy()).isEqualTo(0.5);
    assertThat(score.exactFromCreationAccuracy()).isEqualTo(0.0);
    assertThat(score.errors()).containsExactly("a day inside the gold month", "the month around the gold day", "no answer");
  }
}
