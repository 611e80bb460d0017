package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.HandCoding;
import org.junit.jupiter.api.Test;

/** "Both governments" are the story's two sides, not two states a relative clause names together. */
class PairsInRelativeClausesTest {
  @Test
  void statesNamedTogetherInARelativeClauseAreNotBothGovernments() {
    // "Chile expelled a Peruvian diplomat. Peru condemned Chile. The bloc, which groups Chile
    // with Bolivia and Ecuador, backed Chile. The OAS urged both governments to talk."
    var article = HandCoding.code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD a/a/DT Peruvian/Peruvian/JJ/MISC diplomat/diplomat/NN ././.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Peru/Peru/NNP/LOCATION condemned/condemn/VBD Chile/Chile/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("The/the/DT bloc/bloc/NN ,/,/, which/which/WDT groups/group/VBZ Chile/Chile/NNP/LOCATION with/with/IN Bolivia/Bolivia/NNP/LOCATION and/and/CC "
                + "Ecuador/Ecuador/NNP/LOCATION ,/,/, backed/back/VBD Chile/Chile/NNP/LOCATION ././.",
            "det(2,1) nsubj(12,2) punct(2,3) nsubj(5,4) acl:relcl(2,5) obj(5,6) case(8,7) obl:with(5,8) cc(10,9) conj:and(8,10) obl:with(5,10) punct(2,11) "
                + "root(0,12) obj(12,13) punct(12,14)")
        .sentence("The/the/DT OAS/OAS/NNP/ORGANIZATION urged/urge/VBD both/both/DT governments/government/NNS to/to/TO talk/talk/VB ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) mark(7,6) xcomp(3,7) punct(3,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).filteredOn(t -> t.startsWith("OAS "))
        .isNotEmpty().allMatch(t -> t.startsWith("OAS CHL") || t.startsWith("OAS PER"));
  }
}
