package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cancelling an accord that was signed with a side is aimed at that side, whoever signed it. */
class AccordsCancelledTest {
  @Test
  void aMemorandumAnEarlierGovernmentSignedWithRussiaIsCancelledWithRussia() {
    // "Peru's government on Monday cancelled a defence cooperation memorandum that the previous
    // government signed with Russia in 2021."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION 's/'s/POS government/government/NN on/on/IN Monday/Monday/NNP cancelled/cancel/VBD a/a/DT defence/defence/NN "
            + "cooperation/cooperation/NN memorandum/memorandum/NN that/that/WDT the/the/DT previous/previous/JJ government/government/NN signed/sign/VBD "
            + "with/with/IN Russia/Russia/NNP/LOCATION in/in/IN 2021/2021/CD ././.",
        "root(0,6) nmod:poss(3,1) nmod:on(3,5) case(1,2) nsubj(6,3) obj(6,10) punct(6,20) case(5,4) det(10,7) compound(10,8) compound(10,9) ref(10,11) "
            + "acl:relcl(10,15) obj(15,10) nsubj(15,14) obl:with(15,17) obl:in(15,19) det(14,12) amod(14,13) case(17,16) case(19,18)"))))
        .anyMatch(t -> t.startsWith("PERGOV RUS 16") || t.startsWith("PERGOV RUS 12"));
  }
}
