package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Words for plain people: a people's elders, who speak for it as its village chiefs do, and adoptees. */
class PeoplesEldersTest {
  @Test
  void eldersArePlainPeopleOfTheirCountry() {
    // "Kenyan elders condemned Iceland on Saturday."
    var article = code(new HandBuiltText().sentence(
        "Kenyan/Kenyan/JJ elders/elder/NNS condemned/condemn/VBN Iceland/Iceland/NNP/LOCATION on/on/IN Saturday/Saturday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,4) obl:on(3,6) punct(3,7) case(6,5)"), LocalDate.of(2026, 8, 9));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("KENCVL ISL 111");
  }

  @Test
  void adopteesArePlainPeople() {
    // "About 200 Korean-born adoptees rallied outside the Danish parliament in Copenhagen on Thursday."
    var article = code(new HandBuiltText().sentence(
        "About/about/RB 200/200/CD Korean/Korean/JJ -/-/HYPH born/bear/VBN adoptees/adoptee/NNS rallied/rally/VBD outside/outside/IN "
            + "the/the/DT Danish/Danish/JJ parliament/parliament/NN in/in/IN Copenhagen/Copenhagen/NNP/LOCATION on/on/IN Thursday/Thursday/NNP "
            + "././.",
        "root(0,7) advmod(2,1) nummod(6,2) amod(6,5) dep(5,3) punct(5,4) nsubj(7,6) obl:outside(7,11) obl:in(7,13) obl:on(7,15) punct(7,16) "
            + "case(11,8) det(11,9) amod(11,10) case(13,12) case(15,14)"), LocalDate.of(2026, 1, 17));
    assertThat(article.events()).extracting(e -> e.type().code() + " " + e.source().code()).containsExactly("141 DNKCVL");
  }
}
