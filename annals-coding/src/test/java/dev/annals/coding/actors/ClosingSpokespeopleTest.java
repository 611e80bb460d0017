package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whom a spokesperson of no one speaks for when the attribution closes the sentence. */
class ClosingSpokespeopleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 6, 11);

  @Test
  void aSpokeswomanClosingTheSentenceSpeaksForTheBodyWhoseActSheTells() {
    // "Peru's president criticised Chile. The European Union urged both neighbours to talk, a spokeswoman said."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN criticised/criticise/VBD Chile/Chile/NNP/LOCATION ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("The/the/DT European/European/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION urged/urge/VBD both/both/DT neighbours/neighbour/NNS to/to/TO "
                + "talk/talk/VB ,/,/, a/a/DT spokeswoman/spokeswoman/NN said/say/VBD ././.",
            "det(3,1) compound(3,2) nsubj(4,3) ccomp(12,4) det(6,5) obj(4,6) mark(8,7) xcomp(4,8) punct(12,9) det(11,10) nsubj(12,11) root(0,12) punct(12,13)");
    // Her saying is the Union's (its own appeal then subsumes it); the quote is given to the Union.
    assertThat(code(text, DAY).quotes()).filteredOn(q -> q.sentence() == 1 && q.speakerSpan().map(sp -> sp.end() - sp.start()).orElse(0) == "a spokeswoman".length())
        .extracting(q -> q.speaker().map(a -> a.actor().code()).orElse("-")).containsExactly("EU");
  }

  @Test
  void aSpokesmanClosingAnArmedGroupsDeedDoesNotSpeakForIt() {
    // "Peru's army fought rebels. Rebels attacked the town, a spokesman said."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS army/army/NN fought/fight/VBD rebels/rebel/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("Rebels/rebel/NNS attacked/attack/VBD the/the/DT town/town/NN ,/,/, a/a/DT spokesman/spokesman/NN said/say/VBD ././.",
            "nsubj(2,1) ccomp(8,2) det(4,3) obj(2,4) punct(8,5) det(7,6) nsubj(8,7) root(0,8) punct(8,9)");
    assertThat(code(text, DAY).quotes()).filteredOn(q -> q.sentence() == 1 && q.speakerSpan().map(sp -> sp.end() - sp.start()).orElse(0) == "a spokesman".length())
        .extracting(q -> q.speaker().map(a -> a.actor().code()).orElse("-")).isNotEmpty().doesNotContain("PERREB", "REB");
  }
}
