package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request turned down by a court, whose ruling the requesting state's prosecutors then call
 * names and a third side welcomes: the request to extradite is the rejection's object (though the
 * tagger reads its "to" as a preposition), a prosecutor general's office is the judiciary, and the
 * ruling welcomed is the court's, not the prosecutors' who only named it.
 */
class RulingsOfCourtsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 14);

  // "A French court on Monday rejected Chad's request to extradite a former oil minister, ruling
  // that he could face torture. Chad's prosecutor general's office called the ruling "a gift to
  // thieves" and said it would ask Paris to try him in France. Human Rights Watch welcomed the
  // ruling."
  private static List<String> coded() {
    return HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("A/a/DT French/French/JJ court/court/NN on/on/IN Monday/Monday/NNP rejected/reject/VBD Chad/Chad/NNP/LOCATION "
            + "'s/'s/POS request/request/NN to/to/IN extradite/extradite/VB a/a/DT former/former/JJ oil/oil/NN "
            + "minister/minister/NN ,/,/, ruling/rule/VBG that/that/IN he/he/PRP could/could/MD face/face/VB "
            + "torture/torture/NN ././.",
            "root(0,6) det(3,1) amod(3,2) nmod:on(3,5) nsubj(6,3) ccomp(6,11) punct(6,23) case(5,4) nmod:poss(9,7) "
            + "case(7,8) nsubj(11,9) dep(11,10) obj(11,15) punct(11,16) dep(11,17) det(15,12) amod(15,13) compound(15,14) "
            + "ccomp(17,21) mark(21,18) nsubj(21,19) aux(21,20) obj(21,22)")
        .sentence("Chad/Chad/NNP/LOCATION 's/'s/POS prosecutor/prosecutor/NN general/general/NN 's/'s/POS office/office/NN "
            + "called/call/VBD the/the/DT ruling/ruling/NN \"/\"/`` a/a/DT gift/gift/NN to/to/IN thieves/thief/NNS \"/\"/'' "
            + "and/and/CC said/say/VBD it/it/PRP would/would/MD ask/ask/VB Paris/Paris/NNP/LOCATION to/to/TO try/try/VB "
            + "him/he/PRP in/in/IN France/France/NNP/LOCATION ././.",
            "root(0,7) nmod:poss(4,1) compound(4,3) case(4,5) case(1,2) nmod:poss(6,4) nsubj(7,6) obj(7,9) conj:and(7,17) "
            + "punct(7,27) nsubj(17,6) cc(17,16) ccomp(17,20) det(9,8) punct(9,10) dep(9,12) punct(9,15) det(12,11) "
            + "nmod:to(12,14) case(14,13) nsubj(20,18) aux(20,19) obj(20,21) xcomp(20,23) nsubj:xsubj(23,21) mark(23,22) "
            + "obj(23,24) obl:in(23,26) case(26,25)")
        .sentence("Human/Human/NNP/ORGANIZATION Rights/Rights/NNPS/ORGANIZATION Watch/Watch/NNP/ORGANIZATION welcomed/welcome/VBD "
            + "the/the/DT ruling/ruling/NN ././.",
            "root(0,4) compound(2,1) compound(3,2) nsubj(4,3) obj(4,6) punct(4,7) det(6,5)")
        , DATE));
  }

  @Test
  void aRequestToExtraditeTurnedDownIsTurnedDownToTheRequestingState() {
    assertThat(coded()).anyMatch(t -> t.matches("FRAJUD TCD\\w* 12\\d*"));
  }

  @Test
  void aProsecutorGeneralsOfficeIsTheJudiciary() {
    assertThat(coded()).anyMatch(t -> t.matches("TCDJUD FRA\\w* 02\\d*"));
  }

  @Test
  void aRulingWelcomedIsTheCourtsNotThatOfWhoeverCalledItNames() {
    assertThat(coded()).contains("HRW FRAJUD 051").noneMatch(t -> t.matches("HRW TCD\\w* 05\\d*"));
  }

  @Test
  void aCaseBroughtInAStatesCourtIsAimedAtThatState() {
    // "Uganda's opposition party said it would challenge the deal in the Constitutional Court."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Uganda/Uganda/NNP/LOCATION 's/'s/POS opposition/opposition/NN party/party/NN said/say/VBD it/it/PRP "
            + "would/would/MD challenge/challenge/VB the/the/DT deal/deal/NN in/in/IN the/the/DT "
            + "Constitutional/constitutional/JJ/ORGANIZATION Court/court/NN/ORGANIZATION ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) ccomp(5,8) punct(5,15) nsubj(8,6) aux(8,7) "
            + "obj(8,10) obl:in(8,14) det(10,9) case(14,11) det(14,12) amod(14,13)")
        , DATE));
    assertThat(coded).contains("UGAOPP UGAGOV 115").noneMatch(t -> t.endsWith("JUD 115"));
  }
}
