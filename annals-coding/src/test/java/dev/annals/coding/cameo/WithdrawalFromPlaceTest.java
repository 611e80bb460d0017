package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import dev.annals.model.PloverType;
import org.junit.jupiter.api.Test;

/** A bare withdrawal noun is a military retreat when it is out of a place, and only then. */
class WithdrawalFromPlaceTest {
  @Test
  void aWithdrawalFromATownIsARetreatFromItsCountry() {
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC troops/troop/NNS completed/complete/VBD their/their/PRP$ withdrawal/withdrawal/NN from/from/IN the/the/DT town/town/NN of/of/IN Lima/Lima/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nmod:poss(5,4) obj(3,5) case(8,6) det(8,7) nmod:from(5,8) case(10,9) nmod:of(8,10) punct(3,11)");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.type().code()).isEqualTo("0874");
      assertThat(e.target().flatMap(t -> t.country())).contains("PER");
      assertThat(e.type().plover().map(PloverType::eventType)).contains("RETREAT");
    });
  }

  @Test
  void aWithdrawalFromATreatyOrOfAnAmbassadorIsNoRetreat() {
    CodedArticle treaty = code(
        "Chile/Chile/NNP/LOCATION announced/announce/VBD its/its/PRP$ withdrawal/withdrawal/NN from/from/IN the/the/DT Lima/Lima/NNP/LOCATION treaty/treaty/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(8,5) det(8,6) compound(8,7) nmod:from(4,8) punct(2,9)");
    assertThat(treaty.events()).noneMatch(e -> e.type().code().startsWith("087"));
    CodedArticle envoy = code(
        "Chile/Chile/NNP/LOCATION announced/announce/VBD the/the/DT withdrawal/withdrawal/NN of/of/IN its/its/PRP$ ambassador/ambassador/NN from/from/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) nmod:poss(7,6) nmod:of(4,7) case(9,8) nmod:from(4,9) punct(2,10)");
    assertThat(envoy.events()).noneMatch(e -> e.type().code().startsWith("087"));
  }

  @Test
  void theForcesAWithdrawalMovesAreTheSourcesOwnNotItsTarget() {
    // "Santiago pulled its troops out of Lower Zorbania.": a place Annals does not know leaves no
    // target, and Chile's own troops are none either.
    CodedArticle article = code(
        "Santiago/Santiago/NNP/LOCATION pulled/pull/VBD its/its/PRP$ troops/troop/NNS out/out/IN of/of/IN Lower/Lower/NNP Zorbania/Zorbania/NNP ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(8,5) fixed(5,6) compound(8,7) obl:out_of(2,8) punct(2,9)");
    assertThat(article.events()).noneMatch(e -> e.target().flatMap(t -> t.country()).equals(java.util.Optional.of("CHL")));
  }
}
