package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Event;
import dev.annals.model.Modality;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stance a side says it takes is taken by saying it (SpokenStances). */
class SpokenStancesTest {
  private static List<Event> condemnations(String tokens, String edges) {
    return code(tokens, edges).events().stream().filter(e -> e.type().code().startsWith("11")).toList();
  }

  @Test
  void sayingItCondemnsIsCondemning() {
    // "Chile said it condemned Peru."
    assertThat(condemnations("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP condemned/condemn/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) obj(4,5) punct(2,6)"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.ASSERTED);
  }

  @Test
  void anotherSidesStanceStaysReported() {
    // "Chile said Bolivia condemned Peru."
    assertThat(condemnations("Chile/Chile/NNP/LOCATION said/say/VBD Bolivia/Bolivia/NNP/LOCATION condemned/condemn/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) obj(4,5) punct(2,6)"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.REPORTED);
  }

  @Test
  void anEarlierStanceToldInThePerfectStaysReported() {
    // "Chile said it had condemned Peru."
    assertThat(condemnations("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP had/have/VBD condemned/condemn/VBN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) punct(2,7)"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.REPORTED);
  }

  @Test
  void aWarningThatItselfIntroducesContentIsStillTheSpeakersAct() {
    // "Chile said it opposed the plan and warned Peru."
    assertThat(code("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP opposed/oppose/VBD the/the/DT plan/plan/NN and/and/CC warned/warn/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) cc(8,7) conj:and(4,8) obj(8,9) punct(2,10)").events())
        .filteredOn(e -> e.type().code().startsWith("13")).isNotEmpty().allMatch(e -> e.modality() == Modality.ASSERTED);
  }

  @Test
  void aClauseHungOnALaterSaidAsAnAdverbialIsWhatWasSaid() {
    // "Chile expelled Peru's envoy, its lawyer said.": parsed with advcl(said, expelled).
    assertThat(code("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peru/Peru/NNP/LOCATION 's/'s/POS envoy/envoy/NN ,/,/, its/its/PRP$ lawyer/lawyer/NN said/say/VBD ././.",
        "nsubj(2,1) advcl(9,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(9,6) nmod:poss(8,7) nsubj(9,8) root(0,9) punct(9,10)").events())
        .filteredOn(e -> e.type().code().startsWith("16")).isNotEmpty().allMatch(e -> e.modality() == Modality.REPORTED);
  }

  @Test
  void callingADeedAViolationDisapprovesOfItsDoer() {
    // "Chile closed the border. Peru called the closure a provocation."
    var text = new dev.annals.coding.HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT closure/closure/NN a/a/DT provocation/provocation/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) det(6,5) xcomp(2,6) punct(2,7)");
    assertThat(code(text).events()).extracting(e -> dev.annals.coding.HandCoding.triple(e)).contains("PER CHL 111");
  }

  @Test
  void callingADeedHarassmentOrAnEscalationDisapprovesOfItsDoer() {
    // "Chile closed the border. Peru called the closure petty harassment." (and "an escalation")
    for (String name : new String[] {"harassment", "escalation", "intimidation"}) {
      var text = new dev.annals.coding.HandBuiltText()
          .sentence("Chile/Chile/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
          .sentence("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT closure/closure/NN petty/petty/JJ " + name + "/" + name + "/NN ././.",
              "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) amod(6,5) xcomp(2,6) punct(2,7)");
      assertThat(code(text).events()).as(name).extracting(e -> dev.annals.coding.HandCoding.triple(e)).contains("PER CHL 111");
    }
  }

  @Test
  void anAdjectiveAfterACopulaIsTheSpeakersOwnStance() {
    // "Chile said it was concerned about Peru."
    var events = code("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP was/be/VBD concerned/concerned/JJ about/about/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) cop(5,4) ccomp(2,5) case(7,6) obl:about(5,7) punct(2,8)").events();
    assertThat(events).filteredOn(e -> dev.annals.coding.HandCoding.triple(e).equals("CHL PER 012")).extracting(e -> e.modality()).containsExactly(Modality.ASSERTED);
  }

  @Test
  void anAdjectiveModifyingANounIsNoStance() {
    // "Concerned citizens wrote to Peru." names no one concerned about anything.
    var events = code("Concerned/concerned/JJ citizens/citizen/NNS wrote/write/VBD to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:to(3,5) punct(3,6)").events();
    assertThat(events).extracting(e -> e.type().code()).doesNotContain("012");
  }

  @Test
  void aMemberSayingItsRegionStandsWithSomeoneTakesThatStanceItself() {
    // "Ghana said Africa stood with Haiti."
    assertThat(code("Ghana/Ghana/NNP/LOCATION said/say/VBD Africa/Africa/NNP/LOCATION stood/stand/VBD with/with/IN Haiti/Haiti/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) case(6,5) obl:with(4,6) punct(2,7)").events())
        .filteredOn(e -> e.type().code().equals("051")).extracting(e -> e.source().code() + " " + e.modality()).containsExactly("GHA ASSERTED");
  }
}
