package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contract suspended with a partner is an agreement rejected (127); a decision called politically motivated is criticised (111). */
class ContractsSuspendedTest {
  @Test
  void aContractSuspendedWithAForeignFirmIsRejectedAndItsStateCriticisesTheDecision() {
    // "Bolivia suspended a contract with a Russian company. Russia called the decision politically motivated."
    var article = code(new HandBuiltText()
        .sentence("Bolivia/Bolivia/NNP/LOCATION suspended/suspend/VBD a/a/DT contract/contract/NN with/with/IN a/a/DT Russian/Russian/JJ/MISC company/company/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) det(8,6) amod(8,7) nmod:with(4,8) punct(2,9)")
        .sentence("Russia/Russia/NNP/LOCATION called/call/VBD the/the/DT decision/decision/NN politically/politically/RB motivated/motivated/JJ ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) advmod(6,5) xcomp(2,6) punct(2,7)"));
    assertThat(triples(article)).contains("BOL RUSBUS 127").anyMatch(t -> t.startsWith("RUS") && t.endsWith(" BOL 111"));
  }
}
