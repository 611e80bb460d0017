package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** An office holder Annals does not know is of the country of the place the office is "of". */
class OfficesOfPlacesTest {
  @Test
  void aSenatorOfAStateIsThatStatesCountrysLegislature() {
    // "Russian ships patrolled the Bering Sea. Senator Dan Sullivan of Alaska accused Beijing.": not Russia's, the article's first country.
    var text = new HandBuiltText()
        .sentence("Russian/Russian/JJ/MISC ships/ship/NNS patrolled/patrol/VBD the/the/DT Bering/Bering/NNP/LOCATION Sea/Sea/NNP/LOCATION ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(6,4) compound(6,5) obj(3,6) punct(3,7)")
        .sentence("Senator/Senator/NNP Dan/Dan/NNP/PERSON Sullivan/Sullivan/NNP/PERSON of/of/IN Alaska/Alaska/NNP/LOCATION accused/accuse/VBD "
            + "Beijing/Beijing/NNP/LOCATION ././.",
            "compound(3,1) compound(3,2) nsubj(6,3) case(5,4) nmod:of(3,5) root(0,6) obj(6,7) punct(6,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("USALEG CHN"));
  }
}
