package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.HandCoding;
import org.junit.jupiter.api.Test;

/** People freed with no one said to free them were freed by whoever held them, where the text says they were held. */
class HeldAndReleasedTest {
  @Test
  void peopleHeldInATownAreReleasedByThatTownsState() {
    // "A Chilean sailor held in Dubai was released."
    assertThat(code("A/a/DT Chilean/Chilean/JJ/MISC sailor/sailor/NN held/hold/VBN in/in/IN Dubai/Dubai/NNP/LOCATION was/be/VBD released/release/VBN ././.",
        "det(3,1) amod(3,2) nsubj:pass(8,3) acl(3,4) case(6,5) obl:in(4,6) aux:pass(8,7) root(0,8) punct(8,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ARECOP CHL") && t.contains(" 084"));
  }

  @Test
  void peopleOnlyMetInATownAreNotHeldThere() {
    // "A Chilean sailor seen in Dubai was released." says nothing of who held him.
    assertThat(code("A/a/DT Chilean/Chilean/JJ/MISC sailor/sailor/NN seen/see/VBN in/in/IN Dubai/Dubai/NNP/LOCATION was/be/VBD released/release/VBN ././.",
        "det(3,1) amod(3,2) nsubj:pass(8,3) acl(3,4) case(6,5) obl:in(4,6) aux:pass(8,7) root(0,8) punct(8,9)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("ARE"));
  }

  @Test
  void theAgedOneIsThePersonLastTold() {
    // An engineer, like a spokesman, is one person whom "he", "she" or an age may name again.
    // "A Chilean engineer was arrested in Lima. The 34-year-old was deported by Peruvian police."
    var article = HandCoding.code(new HandBuiltText()
        .sentence("A/a/DT Chilean/Chilean/JJ/MISC engineer/engineer/NN was/be/VBD arrested/arrest/VBN in/in/IN Lima/Lima/NNP/LOCATION ././.",
            "det(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(7,6) obl:in(5,7) punct(5,8)")
        .sentence("The/the/DT 34/34/CD -/-/HYPH year/year/NN -/-/HYPH old/old/JJ was/be/VBD deported/deport/VBN by/by/IN Peruvian/Peruvian/JJ/MISC police/police/NNS ././.",
            "det(6,1) nummod(4,2) punct(4,3) dep(6,4) punct(6,5) nsubj:pass(8,6) aux:pass(8,7) root(0,8) case(11,9) amod(11,10) obl:agent(8,11) punct(8,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).filteredOn(t -> t.endsWith(" 174")).containsExactly("PERCOP CHLCVL 174");
  }

  @Test
  void peopleTakenToADetentionCentreAreDetained() {
    // "Bahamian soldiers took 31 Cuban migrants to a detention centre."
    assertThat(code("Bahamian/Bahamian/JJ/MISC soldiers/soldier/NNS took/take/VBD 31/31/CD Cuban/Cuban/JJ/MISC migrants/migrant/NNS to/to/IN a/a/DT "
            + "detention/detention/NN centre/centre/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) case(10,7) det(10,8) compound(10,9) obl:to(3,10) punct(3,11)").events())
        .extracting(e -> triple(e)).contains("BHSMIL CUBCVL 173");
  }

  @Test
  void peopleTakenToAHospitalAreNotDetained() {
    // "Bahamian soldiers took 31 Cuban migrants to a medical centre."
    assertThat(code("Bahamian/Bahamian/JJ/MISC soldiers/soldier/NNS took/take/VBD 31/31/CD Cuban/Cuban/JJ/MISC migrants/migrant/NNS to/to/IN a/a/DT "
            + "medical/medical/JJ centre/centre/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) case(10,7) det(10,8) amod(10,9) obl:to(3,10) punct(3,11)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 173"));
  }

  @Test
  void peopleTakenSomewhereInATownAreNotTakenIn() {
    // "Bahamian soldiers took 31 Cuban migrants to a detention centre in Nassau." ("in Nassau" is
    // no particle of "take in", which would grant asylum.)
    assertThat(code("Bahamian/Bahamian/JJ/MISC soldiers/soldier/NNS took/take/VBD 31/31/CD Cuban/Cuban/JJ/MISC migrants/migrant/NNS to/to/IN a/a/DT "
            + "detention/detention/NN centre/centre/NN in/in/IN Nassau/Nassau/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) case(10,7) det(10,8) compound(10,9) obl:to(3,10) case(12,11) obl:in(3,12) punct(3,13)").events())
        .extracting(e -> triple(e)).contains("BHSMIL CUBCVL 173").noneMatch(t -> t.endsWith(" 075"));
  }
}
