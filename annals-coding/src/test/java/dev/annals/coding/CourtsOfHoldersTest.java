package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A court of no country that charges foreigners a state held is that state's (GroupCountries.courtsOfHolders). */
class CourtsOfHoldersTest {
  @Test
  void theCourtThatChargesForeignersHeldIsTheHoldersAndTheReleaseIsAskedOfIt() {
    // "Liberian police detained 14 Sierra Leonean miners on Friday. A court in Grand Cape Mount County
    // charged them with illegal mining on Sunday. Hundreds of relatives marched to the Liberian embassy
    // in Freetown, demanding the miners' release." (The county is no place Annals knows.)
    var article = code(new HandBuiltText()
        .sentence("Liberian/Liberian/JJ police/police/NN detained/detain/VBD 14/14/CD Sierra/Sierra/NNP/ORGANIZATION Leonean/Leonean/NNP/ORGANIZATION "
                + "miners/miner/NNS on/on/IN Friday/Friday/NNP ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(7,4) compound(6,5) compound(7,6) obj(3,7) case(9,8) obl:on(3,9) punct(3,10)")
        .sentence("A/a/DT court/court/NN in/in/IN Grand/Grand/NNP/LOCATION Cape/Cape/NNP/LOCATION Mount/Mount/NNP/LOCATION County/County/NNP/LOCATION "
                + "charged/charge/VBD them/them/PRP with/with/IN illegal/illegal/JJ mining/mining/NN on/on/IN Sunday/Sunday/NNP ././.",
            "det(2,1) nsubj(8,2) case(7,3) compound(7,4) compound(7,5) compound(7,6) nmod:in(2,7) root(0,8) obj(8,9) case(12,10) amod(12,11) "
                + "obl:with(8,12) case(14,13) obl:on(8,14) punct(8,15)")
        .sentence("Hundreds/hundred/NNS of/of/IN relatives/relative/NNS marched/march/VBD to/to/IN the/the/DT Liberian/Liberian/JJ embassy/embassy/NN "
                + "in/in/IN Freetown/Freetown/NNP/LOCATION ,/,/, demanding/demand/VBG the/the/DT miners/miner/NNS '/'/POS release/release/NN ././.",
            "det:qmod(3,1) fixed(1,2) nsubj(4,3) root(0,4) case(8,5) det(8,6) amod(8,7) obl:to(4,8) case(10,9) nmod:in(8,10) punct(4,11) dep(4,12) "
                + "det(14,13) nmod:poss(16,14) case(14,15) obj(12,16) punct(4,17)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("LBRCOP SLECVL 173", "LBRJUD SLECVL 173", "SLECVL LBRGOV 1053")
        .noneMatch(t -> t.startsWith("SLEJUD")).noneMatch(t -> t.endsWith("SLEJUD 1053"));
  }
}
