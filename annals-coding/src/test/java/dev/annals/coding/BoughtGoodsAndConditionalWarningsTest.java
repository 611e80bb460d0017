package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goods bought from no one named come from whoever just gave the buyer the same goods, and the
 * goods are no target (VerbTargets, AntecedentTargets); a warning whose condition asks something
 * of someone the story does not name is aimed at no last foe (AntecedentTargets).
 */
class BoughtGoodsAndConditionalWarningsTest {
  @Test
  void goodsBoughtFromNoOneNamedComeFromTheirLastSupplier() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Turkey/Turkey/NNP/LOCATION delivered/deliver/VBD two/two/CD drones/drone/NNS to/to/IN the/the/DT Maldives/Maldives/NNP/LOCATION "
            + "on/on/IN Saturday/Saturday/NNP ././.", "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(7,5) det(7,6) obl:to(2,7) case(9,8) obl:on(2,9) punct(2,10)")
        .sentence("Muizzu/Muizzu/NNP/PERSON said/say/VBD the/the/DT Maldives/Maldives/NNP/LOCATION would/would/MD buy/buy/VB a/a/DT third/third/JJ "
            + "drone/drone/NN next/next/JJ year/year/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) det(9,7) amod(9,8) obj(6,9) amod(11,10) obl:tmod(6,11) punct(2,12)"))))
        // (The intent is the announcing government's, MDVGOV, since AnnouncedActs.tellerOfItsOwnSide.)
        .contains("MDVGOV TUR 0312").noneMatch(t -> t.startsWith("MDV MDVMIL") || t.startsWith("MDVGOV MDVMIL"));
  }

  @Test
  void aWarningOnAConditionOfSomeoneUnnamedIsAimedAtNoLastFoe() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Gunmen/gunman/NNS killed/kill/VBD 17/17/CD Chadian/Chadian/JJ soldiers/soldier/NNS on/on/IN Friday/Friday/NNP ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) case(7,6) obl:on(2,7) punct(2,8)")
        .sentence("Deby/Deby/NNP/PERSON warned/warn/VBD that/that/IN Chad/Chad/NNP/LOCATION would/would/MD pull/pull/VB its/its/PRP$ troops/troop/NNS "
            + "out/out/RB unless/unless/IN its/its/PRP$ partners/partner/NNS sent/send/VBD more/more/RBR aircraft/aircraft/NN ././.",
            "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) nmod:poss(8,7) obj(6,8) compound:prt(6,9) mark(13,10) nmod:poss(12,11) "
                + "nsubj(13,12) advcl:unless(6,13) advmod(15,14) obj(13,15) punct(2,16)")))).noneMatch(t -> t.startsWith("TCDGOV TCDUAF 13"));
  }
}
