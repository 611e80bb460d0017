package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A warning that things owned by others would be targeted threatens their owners. */
class WarningsToOwnersTest {
  @Test
  void aWarningThatShipsOwnedByTurkishCompaniesWouldBeTargetedThreatensTheCompanies() {
    // "A Houthi military spokesperson claimed the attack and warned that ships owned by Turkish
    // companies would be targeted wherever they sailed."
    assertThat(triples(code(new HandBuiltText().sentence(
        "A/a/DT Houthi/houthi/JJ military/military/NN spokesperson/spokesperson/NN claimed/claim/VBD the/the/DT attack/attack/NN and/and/CC warned/warn/VBD "
            + "that/that/IN ships/ship/NNS owned/own/VBN by/by/IN Turkish/Turkish/JJ companies/company/NNS would/would/MD be/be/VB targeted/target/VBN "
            + "wherever/wherever/WRB they/they/PRP sailed/sail/VBD ././.",
        "root(0,18) det(4,1) amod(4,2) compound(4,3) nsubj(5,4) obj(5,7) conj:and(5,9) nsubj(9,4) cc(9,8) ccomp(9,12) csubj:pass(18,5) csubj:pass(18,9) "
            + "aux(18,16) aux:pass(18,17) advcl(18,21) punct(18,22) det(7,6) mark(12,10) nsubj(12,11) obl:by(12,15) case(15,13) amod(15,14) advmod(21,19) "
            + "nsubj(21,20)")))).anyMatch(t -> t.startsWith("HOUTHIS TURBUS 13"));
  }
}
