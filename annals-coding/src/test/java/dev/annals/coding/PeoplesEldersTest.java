package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A people's elders speak for their people, as its village chiefs do; they hold no office. */
class PeoplesEldersTest {
  @Test
  void eldersArePlainPeopleOfTheirCountry() {
    // "Kenyan elders condemned Iceland on Saturday."
    var article = code(new HandBuiltText().sentence(
        "Kenyan/Kenyan/JJ elders/elder/NNS condemned/condemn/VBN Iceland/Iceland/NNP/LOCATION on/on/IN Saturday/Saturday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,4) obl:on(3,6) punct(3,7) case(6,5)"), LocalDate.of(2026, 8, 9));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("KENCVL ISL 111");
  }
}
