package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbJoinedToRelativeClauseTest {
  private static final ParseRepair REPAIR = new MainVerbJoinedToRelativeClause();
  // "Lula arrived in Lima, defying a ban from the Court, of which Peru is a member, and signed a deal."
  private static final HandParse SIGNED = HandParse.of("Lula/Lula/NNP/PERSON arrived/arrive/VBD in/in/IN Lima/Lima/NNP/LOCATION ,/,/, defying/defy/VBG a/a/DT "
      + "ban/ban/NN from/from/IN the/the/DT Court/Court/NNP/ORGANIZATION ,/,/, of/of/IN which/which/WDT Peru/Peru/NNP/LOCATION is/be/VBZ a/a/DT "
      + "member/member/NN ,/,/, and/and/CC signed/sign/VBD a/a/DT deal/deal/NN ././.");
  private static final String CLAUSE = "nsubj(2,1) root(0,2) case(4,3) obl:in(2,4) punct(2,5) advcl(2,6) det(8,7) obj(6,8) case(11,9) det(11,10) nmod:from(8,11) "
      + "punct(11,12) case(14,13) obl:of(18,14) nsubj(18,15) cop(18,16) det(18,17) acl:relcl(11,18) punct(18,19) cc(21,20) det(23,22) obj(21,23) punct(2,24)";

  @Test
  void theVerbAfterTheClosingCommaIsTheMainVerbs() {
    SIGNED.assertRepairs(REPAIR, CLAUSE + " conj:and(18,21) nsubj(21,15) acl:relcl(11,21)", CLAUSE + " conj:and(2,21)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SIGNED.assertLeavesAlone(REPAIR, CLAUSE + " conj:and(2,21)");
  }

  @Test
  void aVerbInTheClausesOwnTenseStaysInTheClause() {
    // "Lula arrived in Lima, defying a ban from the Court, of which Peru is a member, and
    // supports ...": "is … and supports" is one clause.
    HandParse.of("Lula/Lula/NNP/PERSON arrived/arrive/VBD in/in/IN Lima/Lima/NNP/LOCATION ,/,/, defying/defy/VBG a/a/DT "
        + "ban/ban/NN from/from/IN the/the/DT Court/Court/NNP/ORGANIZATION ,/,/, of/of/IN which/which/WDT Peru/Peru/NNP/LOCATION is/be/VBZ a/a/DT "
        + "member/member/NN ,/,/, and/and/CC supports/support/VBZ a/a/DT deal/deal/NN ././.")
        .assertLeavesAlone(REPAIR, CLAUSE + " conj:and(18,21) nsubj(21,15) acl:relcl(11,21)");
  }

  // "Wang said Beijing opposes drills that undermine peace and urged Manila to stop."
  private static final HandParse URGED = HandParse.of("Wang/Wang/NNP/PERSON said/say/VBD Beijing/Beijing/NNP/LOCATION opposes/oppose/VBZ drills/drill/NNS "
      + "that/that/WDT undermine/undermine/VBP peace/peace/NN and/and/CC urged/urge/VBD Manila/Manila/NNP/LOCATION to/to/TO stop/stop/VB ././.");
  private static final String SAID = "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) obj(4,5) nsubj(7,5) ref(5,6) acl:relcl(5,7) obj(7,8) cc(10,9) obj(10,11) "
      + "mark(13,12) xcomp(10,13) punct(2,14)";

  @Test
  void aPastVerbAfterAClauseInThePresentIsTheMainVerbsWithoutCommas() {
    URGED.assertRepairs(REPAIR, SAID + " nsubj(10,5) acl:relcl(5,10) conj:and(7,10)", SAID + " conj:and(2,10)");
  }

  @Test
  void aVerbInThePresentAfterAClauseInThePresentStaysWithoutCommas() {
    // "Wang said Beijing opposes drills that undermine peace and threaten Manila."
    HandParse.of("Wang/Wang/NNP/PERSON said/say/VBD Beijing/Beijing/NNP/LOCATION opposes/oppose/VBZ drills/drill/NNS "
        + "that/that/WDT undermine/undermine/VBP peace/peace/NN and/and/CC threaten/threaten/VBP Manila/Manila/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) obj(4,5) nsubj(7,5) ref(5,6) acl:relcl(5,7) obj(7,8) cc(10,9) "
            + "nsubj(10,5) conj:and(7,10) obj(10,11) punct(2,12)");
  }

  private static final String DENIED = "det(2,1) nsubj(3,2) root(0,3) nsubj(5,4) ccomp(3,5) case(8,6) det(8,7) obl:at(5,8) nsubj(10,8) ref(8,9) acl:relcl(8,10) "
      + "obj(10,11) punct(10,12) cc(14,13) mark(17,15) nsubj(17,16) ccomp(14,17) punct(3,18)";

  @Test
  void aReportAfterACommaAndGoesOnWithTheReportNotWithAThingsClause() {
    // "The army said sailors fired at a boat that ignored orders, and denied that anyone died."
    HandParse.of("The/the/DT army/army/NN said/say/VBD sailors/sailor/NNS fired/fire/VBD at/at/IN a/a/DT boat/boat/NN that/that/WDT ignored/ignore/VBD "
        + "orders/order/NNS ,/,/, and/and/CC denied/deny/VBD that/that/IN anyone/anyone/NN died/die/VBD ././.")
        .assertRepairs(REPAIR, DENIED + " nsubj(14,8) acl:relcl(8,14) conj:and(10,14)", DENIED + " conj:and(3,14)");
  }

  @Test
  void aReportAfterAClauseOfWhoStaysWithThePeopleItDescribes() {
    // "The army said sailors fired at smugglers who ignored orders, and denied that anyone died.":
    // the smugglers may deny.
    HandParse.of("The/the/DT army/army/NN said/say/VBD sailors/sailor/NNS fired/fire/VBD at/at/IN the/the/DT smugglers/smuggler/NNS who/who/WP ignored/ignore/VBD "
        + "orders/order/NNS ,/,/, and/and/CC denied/deny/VBD that/that/IN anyone/anyone/NN died/die/VBD ././.")
        .assertLeavesAlone(REPAIR, DENIED + " nsubj(14,8) acl:relcl(8,14) conj:and(10,14)");
  }
}
