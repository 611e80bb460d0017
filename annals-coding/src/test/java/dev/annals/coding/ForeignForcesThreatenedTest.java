package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "Foreign police" are those of the country the story named sending them (NounAnaphora); a warning
 * of what would be done to them is aimed at them (ContentTargets); and a group that warns them is
 * not of their country (GroupCountries.apartFromTheirTargets).
 */
class ForeignForcesThreatenedTest {
  @Test
  void gangsWarningForeignPoliceAreAimedAtThemAndAreNotOfTheirCountry() {
    // "Canada will send 80 police officers to Haiti. A coalition of armed gangs warned on Tuesday
    // that foreign police would be treated as enemy combatants."
    var article = code(new HandBuiltText().sentence(
        "Canada/Canada/NNP/LOCATION will/will/MD send/send/VB 80/80/CD police/police/NN officers/officer/NNS to/to/IN "
            + "Haiti/Haiti/NNP/LOCATION ././.",
        "root(0,3) nsubj(3,1) aux(3,2) obj(3,6) obl:to(3,8) punct(3,9) nummod(6,4) compound(6,5) case(8,7)").sentence(
        "A/a/DT coalition/coalition/NN of/of/IN armed/armed/JJ gangs/gang/NNS warned/warn/VBD on/on/IN Tuesday/Tuesday/NNP that/that/IN "
            + "foreign/foreign/JJ police/police/NNS would/would/MD be/be/VB treated/treat/VBN as/as/IN enemy/enemy/NN combatants/combatant/NNS "
            + "././.",
        "root(0,6) det(2,1) nmod:of(2,5) nsubj(6,2) obl:on(6,8) ccomp(6,14) punct(6,18) case(5,3) amod(5,4) case(8,7) mark(14,9) "
            + "nsubj:pass(14,11) aux(14,12) aux:pass(14,13) obl:as(14,17) amod(11,10) case(17,15) compound(17,16)"), LocalDate.of(2026, 3, 18));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("130")).extracting(e -> triple(e)).containsExactly("HTICRM CANCOP 130");
  }
}
