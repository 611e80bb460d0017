package dev.annals.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandCoding;
import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two office holders of one name, both in office: the title the article gives decides. */
class NamesakesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 5, 17);
  private static List<String> triples(String title, String lemma) {
    return HandCoding.triples(HandCoding.code(new HandBuiltText().sentence(
        title + "/" + lemma + "/NNP Minister/minister/NNP Pedro/Pedro/NNP/PERSON Sanchez/Sanchez/NNP/PERSON criticized/criticize/VBD Venezuela/Venezuela/NNP/LOCATION ././.",
        "compound(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"), DATE));
  }

  @Test
  void theTitleTellsColombiasDefenceMinisterFromSpainsPrimeMinister() {
    assertThat(triples("Defence", "defence")).containsExactly("COLGOV VEN 111");
    assertThat(triples("Defense", "defense")).containsExactly("COLGOV VEN 111");
    assertThat(triples("Prime", "prime")).containsExactly("ESPGOV VEN 111");
  }

  @Test
  void outOfTheOfficeAnnalsKnowsTheTitleTheTextGivesSaysWhatOneActsAs() {
    // "Turkish Interior Minister Meral Aksener accused Germany." in 1997; Annals knows her only as
    // a party leader in opposition from 2017.
    assertThat(HandCoding.triples(HandCoding.code(new HandBuiltText().sentence(
        "Turkish/Turkish/JJ/MISC Interior/interior/NNP Minister/minister/NNP Meral/Meral/NNP/PERSON Aksener/Aksener/NNP/PERSON accused/accuse/VBD Germany/Germany/NNP/LOCATION ././.",
        "amod(5,1) compound(5,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)"), LocalDate.of(1997, 4, 5))))
        .containsExactly("TURGOV DEU 112");
  }
}
