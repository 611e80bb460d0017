package dev.annals.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexGoldAgreementTest {
  private static TimemlDocument document(String id, String text, String value) {
    return new TimemlDocument(id, LocalDate.of(2000, 4, 1), text, List.of(new TimemlDocument.GoldTimex(0, text.length(), text, "DATE", value)));
  }

  @Test
  void anExpressionOutvotedByTheSameWordsElsewhereBoundsTheScore() {
    TimexGoldAgreement agreement = new TimexGoldAgreement();
    agreement.add(document("a", "last week", "2000-W13"));
    agreement.add(document("b", "Last week", "1998-W7"));
    agreement.add(document("c", "last week", "1989-WXX"));
    agreement.add(document("d", "1998", "1998"));
    assertThat(agreement.outvoted()).isEqualTo(1);
    assertThat(agreement.ceiling()).isEqualTo(0.75);
    assertThat(agreement.worst(5)).containsExactly("\"last week\" 9999-W99 x2, 9999-WXX x1");
  }

  @Test
  void spellingsTheScorerTakesAsOneAreOneKindOfValue() {
    assertThat(TimexGoldAgreement.shape("2000-W7")).isEqualTo(TimexGoldAgreement.shape("1998-W32"));
    assertThat(TimexGoldAgreement.shape("198X")).isEqualTo(TimexGoldAgreement.shape("199"));
    assertThat(TimexGoldAgreement.shape("1989-WXX")).isNotEqualTo(TimexGoldAgreement.shape("1989-W43"));
  }
}
