package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom a release frees when the words for them name no one (ReleasedPeople). */
class ReleasedPeopleTest {
  @Test
  void theCaptainReleasedIsWhomTheReleasingSideHeld() {
    // "Japan's coast guard seized a Taiwanese fishing boat and detained its captain on Saturday. The
    // captain was released early on Monday after the boat's owner paid a bond, the coast guard said."
    var article = code(new HandBuiltText()
        .sentence("Japan/Japan/NNP/LOCATION 's/'s/POS coast/coast/NN guard/guard/NN seized/seize/VBD a/a/DT Taiwanese/Taiwanese/JJ fishing/fishing/NN "
                + "boat/boat/NN and/and/CC detained/detain/VBD its/its/PRP$ captain/captain/NN on/on/IN Saturday/Saturday/NNP ././.",
            "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) nsubj(11,4) root(0,5) det(9,6) amod(9,7) compound(9,8) obj(5,9) cc(11,10) "
                + "conj:and(5,11) nmod:poss(13,12) obj(11,13) case(15,14) obl:on(11,15) punct(5,16)")
        .sentence("The/the/DT captain/captain/NN was/be/VBD released/release/VBN early/early/RB on/on/IN Monday/Monday/NNP after/after/IN the/the/DT "
                + "boat/boat/NN 's/'s/POS owner/owner/NN paid/pay/VBD a/a/DT bond/bond/NN ,/,/, the/the/DT coast/coast/NN/ORGANIZATION "
                + "guard/guard/NN/ORGANIZATION said/say/VBD ././.",
            "det(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) advmod(4,5) case(7,6) obl:on(4,7) mark(13,8) det(10,9) nmod:poss(12,10) case(10,11) "
                + "nsubj(13,12) advcl:after(4,13) det(15,14) obj(13,15) punct(4,16) det(19,17) compound(19,18) nsubj(20,19) parataxis(4,20) punct(4,21)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("JPNMIL TWNCVL 173").anyMatch(t -> t.startsWith("JPNMIL TWNCVL 084"));
  }

  @Test
  void peopleTakenToAnotherStateWhoComeHomeWereLetGoByIt() {
    // "Twelve Ukrainian children taken to Russia during the war returned home on Friday after talks …"
    var article = code(MediatedOutcomesTest.CHILDREN_RETURNED_AFTER_TALKS, java.time.LocalDate.of(2026, 9, 22));
    assertThat(article.events()).extracting(e -> triple(e)).contains("RUS UKRCVL 0841");
  }

  @Test
  void peopleWhoComeHomeFromNowhereToldAreLetGoByNoOne() {
    // "Twelve Ukrainian children returned home on Friday."
    var article = code(new HandBuiltText()
        .sentence("Twelve/twelve/CD Ukrainian/Ukrainian/JJ children/child/NNS returned/return/VBD home/home/RB on/on/IN Friday/Friday/NNP ././.",
            "nummod(3,1) amod(3,2) nsubj(4,3) root(0,4) advmod(4,5) case(7,6) obl:on(4,7) punct(4,8)"), java.time.LocalDate.of(2026, 9, 22));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 0841"));
  }
}
