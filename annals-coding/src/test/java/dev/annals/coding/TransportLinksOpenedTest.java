package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A transport link two sides say they will open is economic cooperation between them (cameo/verbs.tsv, 061 open link). */
class TransportLinksOpenedTest {
  @Test
  void anAirLinkTheTwoCountriesWillOpenIsAnIntentOfEconomicCooperationBetweenThem() {
    // "Syria's president held talks with Azerbaijan's president. Azerbaijan's president said the
    // two countries would open a direct air link next year."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Syria/Syria/NNP/LOCATION 's/'s/POS president/president/NN held/hold/VBD talks/talk/NNS with/with/IN "
            + "Azerbaijan/Azerbaijan/NNP/LOCATION 's/'s/POS president/president/NN ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) punct(4,10) nmod:with(5,9) case(9,6) nmod:poss(9,7) case(7,8)")
        .sentence("Azerbaijan/Azerbaijan/NNP/LOCATION 's/'s/POS president/president/NN said/say/VBD the/the/DT two/two/CD countries/country/NNS "
            + "would/would/MD open/open/VB a/a/DT direct/direct/JJ air/air/NN link/link/NN next/next/JJ year/year/NN ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) ccomp(4,9) punct(4,16) det(7,5) nummod(7,6) nsubj(9,7) aux(9,8) obj(9,13) "
            + "obl:tmod(9,15) det(13,10) amod(13,11) compound(13,12) amod(15,14)"))))
        .anyMatch(t -> t.matches("AZE(GOV)? SYR(GOV)? 031\\d*"))
        .noneMatch(t -> t.startsWith("AZEGOV - 010"));
  }
}
