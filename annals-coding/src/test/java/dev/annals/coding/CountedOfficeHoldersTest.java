package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The two" after two office holders of different states, called by title alone, are those two. */
class CountedOfficeHoldersTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 14);

  @Test
  void theTwoAfterTwoMinistersOfDifferentStatesAreTheirGovernments() {
    // "Zambia's trade minister held talks in Lusaka on Monday with Chile's foreign minister. The two signed agreements on copper research."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Zambia/Zambia/NNP/LOCATION 's/'s/POS trade/trade/NN minister/minister/NN held/hold/VBD talks/talk/NNS in/in/IN "
            + "Lusaka/Lusaka/NNP/LOCATION on/on/IN Monday/Monday/NNP with/with/IN Chile/Chile/NNP/LOCATION 's/'s/POS "
            + "foreign/foreign/JJ minister/minister/NN ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:on(5,10) obl:with(5,15) punct(5,16) "
            + "nmod:in(6,8) case(8,7) case(10,9) case(15,11) nmod:poss(15,12) amod(15,14) case(12,13)")
        .sentence("The/the/DT two/two/CD signed/sign/VBN agreements/agreement/NNS on/on/IN copper/copper/NN research/research/NN "
            + "././.",
            "root(0,4) det(4,1) nummod(4,2) amod(4,3) nmod:on(4,7) punct(4,8) case(7,5) compound(7,6)")
        , DATE));
    assertThat(coded).contains("ZMBGOV CHLGOV 057", "CHLGOV ZMBGOV 057");
  }
}
