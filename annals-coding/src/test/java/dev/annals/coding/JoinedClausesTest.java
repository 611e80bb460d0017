package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clause joined after a comma: a deed done to "them" of the deed before happened where that one
 * did, and a subject that ", and" opens before a loose verb is that verb's.
 */
class JoinedClausesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 14);

  @Test
  void aDeedDoneToThemOfAnEarlierDeedHappenedWhereThatOneDid() {
    // "Hundreds of farmers blocked a road near Beira last week, demanding higher prices from Indian traders, and police arrested 14 of them."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Hundreds/hundred/NNS of/of/IN farmers/farmer/NNS blocked/block/VBD a/a/DT road/road/NN near/near/IN "
            + "Beira/Beira/NNP/LOCATION last/last/JJ week/week/NN ,/,/, demanding/demand/VBG higher/high/JJR prices/price/NNS "
            + "from/from/IN Indian/Indian/JJ traders/trader/NNS ,/,/, and/and/CC police/police/NNS arrested/arrest/VBD "
            + "14/14/CD of/of/IN them/they/PRP ././.",
            "root(0,4) det:qmod(3,1) fixed(1,2) nsubj(4,3) obj(4,6) obl:tmod(4,10) punct(4,11) conj:and(4,12) punct(4,18) "
            + "conj:and(4,21) punct(4,25) nsubj(12,3) obj(12,14) det(6,5) nmod:near(6,8) case(8,7) amod(10,9) amod(14,13) "
            + "nmod:from(14,17) case(17,15) amod(17,16) cc(21,19) nsubj(21,20) obj(21,24) det:qmod(24,22) fixed(22,23)")
        , DATE));
    assertThat(coded).contains("MOZCOP - 173").noneMatch(t -> t.startsWith("INDCOP"));
  }

  @Test
  void aNounPhraseOpenedByCommaAndBeforeALooseVerbIsItsSubject() {
    // "Spain and Senegal signed a labour deal in Dakar on Monday. On Tuesday, the two governments agreed to start talks on recognising each other's diplomas, and Senegalese emigrants in Madrid welcomed the plan."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Spain/Spain/NNP/LOCATION and/and/CC Senegal/Senegal/NNP/LOCATION signed/sign/VBD a/a/DT labour/labour/NN "
            + "deal/deal/NN in/in/IN Dakar/Dakar/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
            "root(0,4) nsubj(4,1) nsubj(4,3) obj(4,7) obl:on(4,11) punct(4,12) conj:and(1,3) cc(3,2) det(7,5) compound(7,6) "
            + "nmod:in(7,9) case(9,8) case(11,10)")
        .sentence("On/on/IN Tuesday/Tuesday/NNP ,/,/, the/the/DT two/two/CD governments/government/NNS agreed/agree/VBD to/to/TO "
            + "start/start/VB talks/talk/NNS on/on/IN recognising/recognise/VBG each/each/DT other/other/JJ 's/'s/POS "
            + "diplomas/diploma/NNS ,/,/, and/and/CC Senegalese/Senegalese/JJ emigrants/emigrant/NNS in/in/IN "
            + "Madrid/Madrid/NNP/LOCATION welcomed/welcome/VBD the/the/DT plan/plan/NN ././.",
            "root(0,7) case(2,1) obl:on(7,2) punct(7,3) nsubj(7,6) xcomp(7,9) dep(7,23) punct(7,26) det(6,4) nummod(6,5) "
            + "nsubj:xsubj(9,6) mark(9,8) obj(9,10) acl:on(10,12) case(12,11) obj(12,16) obj(12,20) det(14,13) case(14,15) "
            + "nmod:poss(16,14) punct(16,17) conj:and(16,20) cc(20,18) amod(20,19) nmod:in(20,22) case(22,21) obj(23,25) "
            + "det(25,24)")
        , DATE));
    assertThat(coded).anyMatch(t -> t.matches("SENCVL \\S+ 051"));
  }
}
