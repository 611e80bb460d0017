package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An apology that names no one is not inferred to be made to the apologiser's own state. */
class ApologiesToOwnStateTest {
  @Test
  void aCompanysApologyIsNotMadeToItsOwnGovernment() {
    // "China's ambassador offered condolences to Chinese families. The Chinese company apologised."
    var article = code(new HandBuiltText()
        .sentence("China/China/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN offered/offer/VBD condolences/condolence/NNS to/to/IN Chinese/Chinese/JJ/MISC "
                + "families/family/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) case(8,6) amod(8,7) obl:to(4,8) punct(4,9)")
        .sentence("The/the/DT Chinese/Chinese/JJ/MISC company/company/NN apologised/apologise/VBD ././.", "det(3,1) amod(3,2) nsubj(4,3) root(0,4) punct(4,5)"));
    assertThat(triples(article)).noneMatch(t -> t.startsWith("CHNBUS CHN") && t.endsWith(" 055"));
  }
}
