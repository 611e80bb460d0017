package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "the two NATO members" a third state accuses are the two states of the story besides it, not the body. */
class MembersOfBodiesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 14);

  /** "Norway will send 100 army engineers to Finland in May, the Norwegian defence ministry said." */
  private static HandBuiltText engineersSentToFinland() {
    return new HandBuiltText()
        .sentence("Norway/Norway/NNP/LOCATION will/will/MD send/send/VB 100/100/CD army/army/NN engineers/engineer/NNS to/to/IN "
            + "Finland/Finland/NNP/LOCATION in/in/IN May/May/NNP ,/,/, the/the/DT Norwegian/Norwegian/JJ defence/defence/NN "
            + "ministry/ministry/NN said/say/VBD ././.",
            "root(0,3) nsubj(3,1) aux(3,2) obj(3,6) obl:to(3,8) obl:in(3,10) punct(3,11) parataxis(3,16) punct(3,17) "
            + "nummod(6,4) compound(6,5) case(8,7) case(10,9) det(15,12) amod(15,13) compound(15,14) nsubj(16,15)");
  }

  @Test
  void twoMembersOfABodyAccusedByAnotherStateAreTheTwoStatesBesidesIt() {
    // (Norway's engineers, then) "Russia's foreign ministry accused the two NATO members of
    // "preparing for war" and summoned Finland's charge d'affaires in Moscow on Wednesday."
    List<String> coded = HandCoding.triples(HandCoding.code(engineersSentToFinland()
        .sentence("Russia/Russia/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN accused/accuse/VBD the/the/DT "
            + "two/two/CD NATO/NATO/NNP/ORGANIZATION members/member/NNS of/of/IN \"/\"/`` preparing/prepare/VBG for/for/IN "
            + "war/war/NN \"/\"/'' and/and/CC summoned/summon/VBD Finland/Finland/NNP/LOCATION 's/'s/POS charge/charge/NN "
            + "d'affaires/d'affaires/NN in/in/IN Moscow/Moscow/NNP/LOCATION on/on/IN Wednesday/Wednesday/NNP ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,9) obl:of(5,12) obl:of(5,17) punct(5,26) "
            + "det(9,6) nummod(9,7) compound(9,8) case(12,10) punct(12,11) nmod:for(12,14) punct(12,15) conj:and(12,17) "
            + "case(14,13) cc(17,16) obj(17,21) obl:in(17,23) obl:on(17,25) nmod:poss(21,18) compound(21,20) case(18,19) "
            + "case(23,22) case(25,24)")
        , DATE));
    assertThat(coded).contains("RUSGOV NOR 112", "RUSGOV FIN 112", "RUSGOV FINGOV 114").noneMatch(t -> t.matches("RUS\\w* (RUS|NATO)\\w* 112"));
  }

  @Test
  void aPlaceInTheAccusersPhraseIsNoSideOfItsOwn() {
    // (Norway's engineers, then) "Russia's embassy in Oslo accused the two NATO members of "preparing for war"."
    List<String> coded = HandCoding.triples(HandCoding.code(engineersSentToFinland()
        .sentence("Russia/Russia/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Oslo/Oslo/NNP/LOCATION accused/accuse/VBD "
            + "the/the/DT two/two/CD NATO/NATO/NNP/ORGANIZATION members/member/NNS of/of/IN \"/\"/`` preparing/prepare/VBG "
            + "for/for/IN war/war/NN \"/\"/'' ././.",
            "root(0,6) nmod:poss(3,1) nmod:in(3,5) case(1,2) nsubj(6,3) obj(6,10) obl:of(6,13) punct(6,17) case(5,4) "
            + "det(10,7) nummod(10,8) compound(10,9) case(13,11) punct(13,12) nmod:for(13,15) punct(13,16) case(15,14)")
        , DATE));
    assertThat(coded).contains("RUSGOV NOR 112", "RUSGOV FIN 112");
  }
}
