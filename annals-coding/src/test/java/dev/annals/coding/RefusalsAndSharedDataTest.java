package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A demand refused after "but"; the other side of an agreement told in the clause of what was agreed; crime fought. */
class RefusalsAndSharedDataTest {
  @Test
  void whatTheSideAskedSaysItWillNotDoAfterButRejectsTheDemand() {
    // "Colombia demanded an apology from Argentina, but Milei said that he would not take back a word."
    var triples = code(new HandBuiltText().sentence(
        "Colombia/Colombia/NNP/LOCATION demanded/demand/VBD an/a/DT apology/apology/NN from/from/IN Argentina/Argentina/NNP/LOCATION ,/,/, but/but/CC "
            + "Milei/Milei/NNP/PERSON said/say/VBD that/that/IN he/he/PRP would/would/MD not/not/RB take/take/VB back/back/RB a/a/DT word/word/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:from(4,6) punct(2,7) cc(10,8) nsubj(10,9) conj:but(2,10) mark(15,11) nsubj(15,12) aux(15,13) "
            + "advmod(15,14) ccomp(10,15) advmod(15,16) det(18,17) obj(15,18) punct(2,19)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("ARGGOV COL 120");
  }

  @Test
  void theOtherSideOfAnAgreementMayBeToldDeepInWhatWasAgreed() {
    // "India signed an agreement to share data from its radar network with Mauritius."
    var triples = code(new HandBuiltText().sentence(
        "India/India/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN to/to/TO share/share/VB data/data/NNS from/from/IN its/its/PRP$ "
            + "radar/radar/NN network/network/NN with/with/IN Mauritius/Mauritius/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj:xsubj(6,4) mark(6,5) xcomp(2,6) obj(6,7) case(11,8) nmod:poss(11,9) compound(11,10) nmod:from(7,11) "
            + "case(13,12) nmod:with(11,13) punct(2,14)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("IND MUS 057");
  }

  @Test
  void fightingPiracyIsNoForce() {
    // "The Seychelles foreign minister thanked India and said the vessel would help fight piracy and illegal fishing."
    var triples = code(new HandBuiltText().sentence(
        "The/the/DT Seychelles/Seychelles/NNP/LOCATION foreign/foreign/JJ minister/minister/NN thanked/thank/VBD India/India/NNP/LOCATION and/and/CC "
            + "said/say/VBD the/the/DT vessel/vessel/NN would/would/MD help/help/VB fight/fight/VB piracy/piracy/NN and/and/CC illegal/illegal/JJ "
            + "fishing/fishing/NN ././.",
        "det(4,1) compound(4,2) amod(4,3) nsubj(5,4) nsubj(8,4) root(0,5) obj(5,6) cc(8,7) conj:and(5,8) det(10,9) obj(8,10) aux(12,11) dep(5,12) dep(12,13) "
            + "obj(13,14) cc(17,15) amod(17,16) obj(13,17) conj:and(14,17) punct(5,18)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).noneMatch(t -> t.endsWith(" 190"));
  }

  @Test
  void aMeetingPlannedBesideAVisitIsNoAgreementWithTheOtherSide() {
    // "Cohen planned to visit US troops before meetings with members of Japan's parliament.": the
    // "with" deep in what he planned names no side of an agreement the verb's object controls.
    var triples = code(new HandBuiltText().sentence(
        "Cohen/Cohen/NNP/PERSON planned/plan/VBD to/to/TO visit/visit/VB US/US/NNP/LOCATION troops/troop/NNS before/before/IN meetings/meeting/NNS "
            + "with/with/IN members/member/NNS of/of/IN Japan/Japan/NNP/LOCATION 's/'s/POS parliament/parliament/NN ././.",
        "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) compound(6,5) obj(4,6) case(8,7) obl:before(4,8) case(10,9) nmod:with(8,10) case(14,11) "
            + "nmod:poss(14,12) case(12,13) nmod:of(10,14) punct(2,15)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).noneMatch(t -> t.contains(" JPN"));
  }

  @Test
  void neighboursForcedToRearmReceiveNoAid() {
    // "Poland said Russia's war had forced its neighbours to rearm." / "Iran rearmed the Houthis."
    var forced = code(new HandBuiltText().sentence(
        "Poland/Poland/NNP/LOCATION said/say/VBD Russia/Russia/NNP/LOCATION 's/'s/POS war/war/NN had/have/VBD forced/force/VBN its/its/PRP$ "
            + "neighbours/neighbour/NNS to/to/TO rearm/rearm/VB ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) nsubj(7,5) aux(7,6) ccomp(2,7) nmod:poss(9,8) obj(7,9) nsubj:xsubj(11,9) mark(11,10) xcomp(7,11) "
            + "punct(2,12)")).events().stream().map(e -> triple(e)).toList();
    var armed = code(new HandBuiltText().sentence("Iran/Iran/NNP/LOCATION rearmed/rearm/VBD the/the/DT Houthis/Houthis/NNPS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")).events().stream().map(e -> triple(e)).toList();
    assertThat(forced).noneMatch(t -> t.endsWith(" 072"));
    assertThat(armed).anyMatch(t -> t.startsWith("IRN ") && t.endsWith(" 072"));
  }
}
