package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A verb with an object of cameo/objects-of-no-event.tsv names no event (targets met are no meeting), nor does an infinitive after "nothing", nor what one is thanked for. */
class ObjectsOfNoEventTest {
  @Test
  void targetsMetAreNoMeeting() {
    // "Thailand and Vietnam met the targets."
    assertThat(triples(code("Thailand/Thailand/NNP/LOCATION and/and/CC Vietnam/Vietnam/NNP/LOCATION met/meet/VBD the/the/DT targets/target/NNS ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)"))).noneMatch(t -> t.endsWith(" 040"));
  }

  @Test
  void anOutbreakFoughtIsNoFighting() {
    // "Rwandan doctors fought an outbreak in Kigali."
    assertThat(triples(code("Rwandan/Rwandan/JJ/MISC doctors/doctor/NNS fought/fight/VBD an/a/DT outbreak/outbreak/NN in/in/IN Kigali/Kigali/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)"))).noneMatch(t -> t.contains(" 19"));
  }

  @Test
  void aMinisterMetIsStillAMeeting() {
    // "Thailand met Vietnam's minister."
    assertThat(triples(code("Thailand/Thailand/NNP/LOCATION met/meet/VBD Vietnam/Vietnam/NNP/LOCATION 's/'s/POS minister/minister/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)"))).anyMatch(t -> t.startsWith("THA VNMGOV 04"));
  }

  @Test
  void rightsProtectedAreNoMilitaryProtection() {
    // "Thailand protected the rights of Vietnamese workers."
    assertThat(triples(code("Thailand/Thailand/NNP/LOCATION protected/protect/VBD the/the/DT rights/right/NNS of/of/IN Vietnamese/Vietnamese/JJ/MISC "
            + "workers/worker/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) amod(7,6) nmod:of(4,7) punct(2,8)"))).noneMatch(t -> t.endsWith(" 074"));
  }

  @Test
  void nothingToFearIsNoFear() {
    // "Botswana's government denied the beatings and said foreigners had nothing to fear.", parsed
    // as the golden paragraph as07 was: "had" hung loose on "denied", "fear" its complement.
    assertThat(triples(code("Botswana/Botswana/NNP/LOCATION 's/'s/POS government/government/NN denied/deny/VBD the/the/DT beatings/beating/NNS and/and/CC "
            + "said/say/VBD foreigners/foreigner/NNS had/have/VBD nothing/nothing/NN to/to/TO fear/fear/VB ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) nsubj(8,3) root(0,4) det(6,5) obj(4,6) cc(8,7) conj:and(4,8) obj(8,9) dep(4,10) obj(10,11) mark(13,12) "
            + "ccomp(10,13) punct(4,14)"))).noneMatch(t -> t.endsWith(" 012"));
  }

  @Test
  void whatOneIsThankedForIsNoEventOfItsOwn() {
    // "Sudan thanked Egypt for standing with the Sudanese people."
    assertThat(triples(code("Sudan/Sudan/NNP/LOCATION thanked/thank/VBD Egypt/Egypt/NNP/LOCATION for/for/IN standing/stand/VBG with/with/IN the/the/DT "
            + "Sudanese/Sudanese/JJ/MISC people/people/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:for(2,5) case(9,6) det(9,7) amod(9,8) obl:with(5,9) punct(2,10)")))
        .contains("SDN EGY 051").noneMatch(t -> t.startsWith("EGY"));
  }

  @Test
  void killingOneselfIsNoForceAgainstAnyone() {
    // "Kenya's police chief killed himself at home on Sunday." (objects-of-no-event.tsv)
    var article = dev.annals.coding.HandCoding.code(new dev.annals.coding.HandBuiltText().sentence(
        "Kenya/Kenya/NNP/LOCATION 's/'s/POS police/police/NN chief/chief/NN killed/kill/VBD himself/himself/PRP at/at/IN home/home/NN "
            + "on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:at(5,8) obl:on(5,10) punct(5,11) case(8,7) case(10,9)"), java.time.LocalDate.of(2026, 3, 18));
    assertThat(article.events()).noneMatch(e -> e.type().code().startsWith("19"));
  }
}
