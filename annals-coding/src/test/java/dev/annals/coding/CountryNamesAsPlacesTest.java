package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place named by a country's own name is in that country, whatever the gazetteer lists first under the name (ArticleCoder). */
class CountryNamesAsPlacesTest {
  @Test
  void aCountrysNameIsThatCountryBeforeAnyVillageOfTheName() {
    // "Burma" is also a village in Jordan, which the gazetteer lists first.
    assertThat(triples(code("Burmese/Burmese/JJ opposition/opposition/NN leader/leader/NN Aung/Aung/NNP/PERSON San/San/NNP/PERSON Suu/Suu/NNP/PERSON "
        + "Kyi/Kyi/NNP/PERSON on/on/IN Tuesday/Tuesday/NNP urged/urge/VBD the/the/DT international/international/JJ community/community/NN to/to/IN "
        + "denounce/denounce/VB the/the/DT escalating/escalate/VBG human/human/JJ rights/right/NNS violations/violation/NNS in/in/IN "
        + "Burma/Burma/NNP/LOCATION and/and/CC restore/restore/VB the/the/DT democracy/democracy/NN snatched/snatch/VBD away/away/RB by/by/IN "
        + "the/the/DT ruling/rule/VBG military/military/JJ junta/junta/NN ././.",
        "amod(3,1) compound(3,2) compound(7,3) compound(7,4) compound(7,5) compound(7,6) nsubj(10,7) case(9,8) obl:on(10,9) root(0,10) det(13,11) "
            + "amod(13,12) nsubj:xsubj(15,13) obj(10,13) mark(15,14) xcomp(10,15) det(20,16) amod(20,17) amod(19,18) compound(20,19) obj(15,20) "
            + "case(22,21) nmod:in(20,22) cc(24,23) conj:and(15,24) xcomp(10,24) det(26,25) obj(24,26) dep(15,27) advmod(27,28) case(33,29) "
            + "det(33,30) amod(33,31) amod(33,32) obl:by(27,33) punct(10,34)"))).contains("MMROPP MMRGOV 0243").noneMatch(t -> t.contains("JOR"));
  }
}
