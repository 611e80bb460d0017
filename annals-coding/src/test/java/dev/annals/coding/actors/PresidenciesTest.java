package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A president's office named with no country: the presidency of the president its sentence named. */
class PresidenciesTest {
  @Test
  void thePresidencyClosingASentenceIsThatOfThePresidentItNamed() {
    // "The United States will require Liberian visitors to post bonds for visas, the State Department
    // said on Thursday. Liberia's president telephoned the US secretary of state on Friday and
    // offered to share travel data with US authorities, the presidency said.": the United States is
    // named more, but the presidency is Liberia's.
    var article = code(new HandBuiltText()
        .sentence("The/the/DT United/United/NNP/LOCATION States/States/NNP/LOCATION will/will/MD require/require/VB Liberian/Liberian/JJ "
            + "visitors/visitor/NNS to/to/TO post/post/VB bonds/bond/NNS for/for/IN visas/visa/NNS ,/,/, the/the/DT "
            + "State/State/NNP/ORGANIZATION Department/Department/NNP/ORGANIZATION said/say/VBD on/on/IN Thursday/Thursday/NNP ././.",
            "root(0,17) det(3,1) compound(3,2) nsubj(5,3) aux(5,4) obj(5,7) xcomp(5,9) ccomp(17,5) punct(17,13) nsubj(17,16) "
            + "obl:on(17,19) punct(17,20) amod(7,6) nsubj:xsubj(9,7) mark(9,8) obj(9,10) nmod:for(10,12) case(12,11) det(16,14) "
            + "compound(16,15) case(19,18)")
        .sentence("Liberia/Liberia/NNP/LOCATION 's/'s/POS president/president/NN telephoned/telephone/VBD the/the/DT US/US/NNP/LOCATION "
            + "secretary/secretary/NN of/of/IN state/state/NN on/on/IN Friday/Friday/NNP and/and/CC offered/offer/VBD to/to/TO "
            + "share/share/VB travel/travel/NN data/datum/NNS with/with/IN US/US/NNP/LOCATION authorities/authority/NNS ,/,/, "
            + "the/the/DT presidency/presidency/NN said/say/VBD ././.",
            "root(0,24) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,7) obl:on(4,11) conj:and(4,13) nsubj(13,3) cc(13,12) xcomp(13,15) "
            + "nsubj:xsubj(15,3) mark(15,14) obj(15,17) obl:with(15,20) ccomp(24,4) ccomp(24,13) punct(24,21) nsubj(24,23) punct(24,25) "
            + "det(7,5) compound(7,6) nmod:of(7,9) case(9,8) case(11,10) compound(17,16) case(20,18) compound(20,19) det(23,22)"), LocalDate.of(2026, 10, 10));
    assertThat(article.actors()).filteredOn(a -> a.surface().equals("the presidency")).extracting(a -> a.actor().code()).containsExactly("LBRGOV");
  }
}
