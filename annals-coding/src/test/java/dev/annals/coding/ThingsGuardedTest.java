package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Protection of things that name no one guards the protector's own: no aid to anyone (AidRecipients). */
class ThingsGuardedTest {
  @Test
  void platformsProtectedAreNoAidToThePartner() {
    // "Britain and Guyana signed a defence agreement. Guyana's navy will protect oil platforms."
    var article = code(new HandBuiltText()
        .sentence("Britain/Britain/NNP/LOCATION and/and/CC Guyana/Guyana/NNP/LOCATION signed/sign/VBD a/a/DT defence/defence/NN agreement/agreement/NN ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(7,5) compound(7,6) obj(4,7) punct(4,8)")
        .sentence("Guyana/Guyana/NNP/LOCATION 's/'s/POS navy/navy/NN will/will/MD protect/protect/VB oil/oil/NN platforms/platform/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(5,3) aux(5,4) root(0,5) compound(7,6) obj(5,7) punct(5,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("GUYMIL GBR"));
  }
}
