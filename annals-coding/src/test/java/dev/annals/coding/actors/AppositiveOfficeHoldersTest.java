package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A person named in apposition to a role: "Guinea's military leader, Mamadi Doumbouya". */
class AppositiveOfficeHoldersTest {
  private static HandBuiltText leaderThankedMali(String first, String last) {
    // "Guinea's military leader, <first> <last>, thanked Mali."
    return new HandBuiltText().sentence("Guinea/Guinea/NNP/LOCATION 's/'s/POS military/military/JJ leader/leader/NN ,/,/, " + first + "/" + first + "/NNP/PERSON "
            + last + "/" + last + "/NNP/PERSON ,/,/, thanked/thank/VBD Mali/Mali/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(9,4) punct(4,5) compound(7,6) appos(4,7) punct(4,8) root(0,9) obj(9,10) punct(9,11)");
  }

  @Test
  void anOfficeTheDictionaryKnowsThePersonToHoldThatDayOutranksTheDescribedRole() {
    // The junta's head has been the transition's president since 2021 (people.tsv), written
    // "Mamady" by most of the English-language press.
    assertThat(code(leaderThankedMali("Mamady", "Doumbouya"), LocalDate.of(2025, 10, 9)).events()).extracting(e -> triple(e))
        .contains("GINGOV MLI 051").doesNotContain("GINMIL MLI 051");
  }

  @Test
  void aPersonTheDictionaryDoesNotKnowIsWhatTheRoleSays() {
    assertThat(code(leaderThankedMali("Sadiba", "Koulibaly"), LocalDate.of(2025, 10, 9)).events()).extracting(e -> triple(e))
        .contains("GINMIL MLI 051");
  }
}
