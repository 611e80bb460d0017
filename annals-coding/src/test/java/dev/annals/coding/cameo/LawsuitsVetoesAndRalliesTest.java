package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** Proceedings opened, packages blocked, rallies held for something, and what is stood apart from. */
class LawsuitsVetoesAndRalliesTest {
  @Test
  void openingProceedingsAgainstAStateIsALawsuit() {
    // "The European Commission opened legal proceedings against Chile."
    assertThat(code(new HandBuiltText().sentence(
        "The/the/DT European/European/NNP/ORGANIZATION Commission/Commission/NNP/ORGANIZATION opened/open/VBD legal/legal/JJ proceedings/proceeding/NNS "
            + "against/against/IN Chile/Chile/NNP/LOCATION ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) case(8,7) obl:against(4,8) punct(4,9)")).events())
        .extracting(e -> triple(e)).contains("EUC CHL 115");
  }

  @Test
  void blockingAPackageOfSanctionsIsAVetoAndNoSanctions() {
    // "Hungary blocked the EU's package of sanctions on Russia."
    assertThat(code(new HandBuiltText().sentence(
        "Hungary/Hungary/NNP/LOCATION blocked/block/VBD the/the/DT EU/EU/NNP/ORGANIZATION 's/'s/POS package/package/NN of/of/IN sanctions/sanction/NNS "
            + "on/on/IN Russia/Russia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) nmod:poss(6,4) case(4,5) obj(2,6) case(8,7) nmod:of(6,8) case(10,9) nmod:on(8,10) punct(2,11)")).events())
        .extracting(e -> triple(e)).contains("HUN EU 129").noneMatch(t -> t.contains(" 163"));
  }

  @Test
  void aRallyInSupportOfSomethingIsADemonstrationNotRallyingSupport() {
    // "Thousands of Chileans rallied in Santiago in support of the strikers."
    assertThat(code(new HandBuiltText().sentence(
        "Thousands/thousand/NNS of/of/IN Chileans/Chilean/NNPS/MISC rallied/rally/VBD in/in/IN Santiago/Santiago/NNP/LOCATION in/in/IN support/support/NN "
            + "of/of/IN the/the/DT strikers/striker/NNS ././.",
        "nsubj(4,1) case(3,2) nmod:of(1,3) root(0,4) case(6,5) obl:in(4,6) case(8,7) obl:in(4,8) case(11,9) det(11,10) nmod:of(8,11) punct(4,12)")).events())
        .extracting(e -> e.type().code()).contains("141").doesNotContain("053");
  }

  @Test
  void distancingFromWhatSomeoneSaidRejectsIt() {
    // "Chile distanced itself from Peru's remarks."
    assertThat(code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION distanced/distance/VBD itself/itself/PRP from/from/IN Peru/Peru/NNP/LOCATION 's/'s/POS remarks/remark/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(7,4) nmod:poss(7,5) case(5,6) obl:from(2,7) punct(2,8)")).events())
        .extracting(e -> triple(e)).contains("CHL PER 120").noneMatch(t -> t.contains(" 160"));
  }
}
