package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A deal to buy goods is made with the seller, not with the goods (VerbTargets.contentTargets). */
class ContractsToBuyTest {
  @Test
  void aContractToBuyTanksIsWithTheSellerNotTheTanks() {
    // "Peru signed a contract on Wednesday to buy dozens of K2 tanks from South Korea to replace an
    // army fleet."
    var article = code(new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION signed/sign/VBD a/a/DT contract/contract/NN on/on/IN Wednesday/Wednesday/NNP to/to/TO buy/buy/VB "
            + "dozens/dozen/NNS of/of/IN K2/k2/NN tanks/tank/NNS from/from/IN South/South/NNP/LOCATION Korea/Korea/NNP/LOCATION to/to/TO "
            + "replace/replace/VB an/a/DT army/army/NN fleet/fleet/NN ././.",
        "root(0,2) nsubj(2,1) obj(2,4) xcomp(2,8) punct(2,21) det(4,3) nmod:on(4,6) nsubj:xsubj(8,4) mark(8,7) obj(8,12) obl:from(8,15) "
            + "advcl:to(8,17) case(6,5) det:qmod(12,9) compound(12,11) fixed(9,10) case(15,13) compound(15,14) mark(17,16) obj(17,20) det(20,18) "
            + "compound(20,19)"), LocalDate.of(2026, 6, 14));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("057")).extracting(e -> triple(e)).containsExactly("PER KOR 057");
  }

}
