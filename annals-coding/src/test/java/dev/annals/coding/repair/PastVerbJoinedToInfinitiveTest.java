package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToInfinitiveTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToInfinitive();

  @Test
  void aPastVerbJoinedToAnInfinitiveGoesOnWithTheVerbThatGovernsIt() {
    // "Brazil offered to mediate and proposed talks." with "proposed" joined to "mediate".
    HandParse.of("Brazil/Brazil/NNP/LOCATION offered/offer/VBD to/to/TO mediate/mediate/VB and/and/CC proposed/propose/VBD talks/talk/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) cc(6,5) xcomp(2,6) conj:and(4,6) nsubj:xsubj(6,1) obj(6,7) punct(2,8)",
            "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) cc(6,5) conj:and(2,6) obj(6,7) punct(2,8) nsubj(6,1)");
  }

  @Test
  void aVerbTaggedAsAParticipleWithAnInfinitiveOfItsOwnGoesOnWithTheVerbThatGovernsIt() {
    // "The chairman urged both governments to show restraint and offered to help.", "offered"
    // tagged VBN and joined to "show".
    HandParse.of("The/the/DT chairman/chairman/NN urged/urge/VBD both/both/DT governments/government/NNS to/to/TO show/show/VB restraint/restraint/NN "
            + "and/and/CC offered/offer/VBN to/to/TO help/help/VB ././.")
        .assertRepairs(REPAIR,
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) nsubj:xsubj(7,5) mark(7,6) xcomp(3,7) obj(7,8) cc(10,9) xcomp(3,10) conj:and(7,10) "
                + "mark(12,11) xcomp(10,12) punct(3,13)",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) nsubj:xsubj(7,5) mark(7,6) xcomp(3,7) obj(7,8) cc(10,9) conj:and(3,10) "
                + "mark(12,11) xcomp(10,12) punct(3,13) nsubj(10,2)");
  }

  @Test
  void aPastVerbJoinedToTheObliqueGerundOfAnAccusationInASeriesHasTheSeriesSubject() {
    // "Iran rejected the decision , accused Canada of exploiting grief and summoned envoys .":
    // "accused" hangs on "rejected" by dep, with no subject of its own.
    HandParse.of("Iran/Iran/NNP/LOCATION rejected/reject/VBD the/the/DT decision/decision/NN ,/,/, accused/accuse/VBD Canada/Canada/NNP/LOCATION of/of/IN "
            + "exploiting/exploit/VBG grief/grief/NN and/and/CC summoned/summon/VBD envoys/envoy/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) dep(2,6) obj(6,7) mark(9,8) obl:of(6,9) obj(9,10) cc(12,11) obl:of(6,12) conj:and(9,12) obj(12,13) punct(2,14)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) dep(2,6) obj(6,7) mark(9,8) obl:of(6,9) obj(9,10) cc(12,11) conj:and(6,12) obj(12,13) punct(2,14) nsubj(12,1)");
  }

  @Test
  void aPastVerbJoinedToTheGerundOfAForClauseIsTheThankersAct() {
    // "UNICEF thanked Chad for letting trucks pass and offered to help ."
    HandParse.of("UNICEF/UNICEF/NNP/ORGANIZATION thanked/thank/VBD Chad/Chad/NNP/LOCATION for/for/IN letting/let/VBG trucks/truck/NNS pass/pass/VB and/and/CC "
            + "offered/offer/VBN to/to/TO help/help/VB ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:for(2,5) obj(5,6) xcomp(5,7) cc(9,8) advcl:for(2,9) conj:and(5,9) mark(11,10) xcomp(9,11) punct(2,12)",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:for(2,5) obj(5,6) xcomp(5,7) cc(9,8) conj:and(2,9) mark(11,10) xcomp(9,11) punct(2,12) nsubj(9,1)");
  }

  @Test
  void anInfinitiveJoinedToAnInfinitiveIsLeftAlone() {
    // "Brazil offered to mediate and propose talks."
    HandParse.of("Brazil/Brazil/NNP/LOCATION offered/offer/VBD to/to/TO mediate/mediate/VB and/and/CC propose/propose/VB talks/talk/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) cc(6,5) conj:and(4,6) obj(6,7) punct(2,8)");
  }

  @Test
  void aPastVerbJoinedToTheBareVerbOfADemandsThatClauseIsTheDemandersAct() {
    // "Taipei demanded that Beijing stop and sent cutters." with "sent" joined to "stop".
    HandParse.of("Taipei/Taipei/NNP/LOCATION demanded/demand/VBD that/that/IN Beijing/Beijing/NNP/LOCATION stop/stop/VB and/and/CC sent/send/VBD cutters/cutter/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) nsubj(7,4) ccomp(2,5) cc(7,6) ccomp(2,7) conj:and(5,7) obj(7,8) punct(2,9)",
            "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) cc(7,6) conj:and(2,7) obj(7,8) punct(2,9) nsubj(7,1)");
  }

  @Test
  void aPastVerbJoinedToAClauseWithItsAuxiliaryIsLeftAlone() {
    // "Taipei said that Beijing would stop and sent cutters." is read as parsed: no bare verb.
    HandParse.of("Taipei/Taipei/NNP/LOCATION said/say/VBD that/that/IN Beijing/Beijing/NNP/LOCATION would/would/MD stop/stop/VB and/and/CC sent/send/VBD cutters/cutter/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) cc(8,7) conj:and(6,8) obj(8,9) punct(2,10)");
  }

  @Test
  void aVerbTaggedAsAParticipleJoinedToAnInfinitiveOfPurposeIsTheSubjectsAct() {
    // "Barrow defended the tolls to maintain the bridge and accused unions.", "accused" tagged VBN.
    HandParse.of("Barrow/Barrow/NNP/PERSON defended/defend/VBD the/the/DT tolls/toll/NNS to/to/TO maintain/maintain/VB the/the/DT bridge/bridge/NN "
            + "and/and/CC accused/accuse/VBN unions/union/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) advcl:to(2,6) det(8,7) obj(6,8) cc(10,9) advcl:to(2,10) conj:and(6,10) obj(10,11) punct(2,12)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) advcl:to(2,6) det(8,7) obj(6,8) cc(10,9) conj:and(2,10) obj(10,11) punct(2,12) nsubj(10,1)");
  }

  @Test
  void aPassiveParticipleJoinedToAnInfinitiveIsLeftAlone() {
    // "Barrow came to inspect the bridge and accused of graft." : no object, a participle indeed.
    HandParse.of("Barrow/Barrow/NNP/PERSON came/come/VBD to/to/TO inspect/inspect/VB the/the/DT bridge/bridge/NN and/and/CC accused/accuse/VBN of/of/IN graft/graft/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) det(6,5) obj(4,6) cc(8,7) conj:and(4,8) case(10,9) obl:of(8,10) punct(2,11)");
  }

  @Test
  void aPastVerbWithASubjectOfItsOwnKeepsItAndGoesOnWithTheGoverningVerb() {
    // "Mandela flew to Luanda to join the leaders , but Savimbi stayed away .": Savimbi's staying
    // away is no part of the purpose.
    HandParse.of("Mandela/Mandela/NNP/PERSON flew/fly/VBD to/to/IN Luanda/Luanda/NNP/LOCATION to/to/TO join/join/VB the/the/DT leaders/leader/NNS ,/,/, "
            + "but/but/CC Savimbi/Savimbi/NNP/PERSON stayed/stay/VBD away/away/RB ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) mark(6,5) advcl:to(2,6) det(8,7) obj(6,8) punct(12,9) cc(12,10) nsubj(12,11) "
            + "conj:but(6,12) advmod(12,13) punct(2,14)",
            "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) mark(6,5) advcl:to(2,6) det(8,7) obj(6,8) punct(12,9) cc(12,10) nsubj(12,11) "
            + "conj:but(2,12) advmod(12,13) punct(2,14)");
  }

  @Test
  void aPastVerbJoinedToAnInfinitiveUnderAGerundGoesOnWithTheVerbAboveTheGerund() {
    // "Sullivan accused Beijing of using Moscow to gain a foothold and urged Washington to act.",
    // with "urged" joined to "gain" and "using" hung on its "of".
    HandParse.of("Sullivan/Sullivan/NNP/PERSON accused/accuse/VBD Beijing/Beijing/NNP/LOCATION of/of/IN using/use/VBG Moscow/Moscow/NNP/LOCATION "
        + "to/to/TO gain/gain/VB a/a/DT foothold/foothold/NN and/and/CC urged/urge/VBD Washington/Washington/NNP/LOCATION to/to/TO act/act/VB ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) dep(2,4) acl(4,5) obj(5,6) mark(8,7) xcomp(5,8) det(10,9) obj(8,10) cc(12,11) xcomp(5,12) conj:and(8,12) "
                + "obj(12,13) mark(15,14) xcomp(12,15) punct(2,16)",
            "nsubj(2,1) root(0,2) obj(2,3) dep(2,4) acl(4,5) obj(5,6) mark(8,7) xcomp(5,8) det(10,9) obj(8,10) cc(12,11) conj:and(2,12) "
                + "obj(12,13) mark(15,14) xcomp(12,15) punct(2,16) nsubj(12,1)");
  }

  @Test
  void aPastVerbJoinedToAnInfinitiveUnderAModalGoesOnWithTheReportingVerb() {
    // "UNHCR said no one should be pressed to go home and asked both governments to help."
    HandParse.of("UNHCR/UNHCR/NNP/ORGANIZATION said/say/VBD no/no/DT one/one/NN should/should/MD be/be/VB pressed/press/VBN to/to/TO go/go/VB "
        + "home/home/RB and/and/CC asked/ask/VBD both/both/DT governments/government/NNS to/to/TO help/help/VB ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) nsubj:pass(7,4) aux(7,5) aux:pass(7,6) ccomp(2,7) mark(9,8) xcomp(7,9) advmod(9,10) cc(12,11) xcomp(7,12) "
                + "conj:and(9,12) det(14,13) obj(12,14) mark(16,15) xcomp(12,16) punct(2,17)",
            "nsubj(2,1) root(0,2) det(4,3) nsubj:pass(7,4) aux(7,5) aux:pass(7,6) ccomp(2,7) mark(9,8) xcomp(7,9) advmod(9,10) cc(12,11) "
                + "conj:and(2,12) det(14,13) obj(12,14) mark(16,15) xcomp(12,16) punct(2,17) nsubj(12,1)");
  }

  @Test
  void aPastVerbGivenTheControlledSubjectOfTheInfinitiveAsItsOwnGoesOnWithTheGoverningVerb() {
    // "The Union called on both countries to avoid escalation and offered to help.": "offered"
    // joined to "avoid" and given the countries, the subject "avoid" borrows, as its own.
    HandParse.of("The/the/DT Union/Union/NNP/ORGANIZATION called/call/VBD on/on/IN both/both/DT countries/country/NNS to/to/TO avoid/avoid/VB "
            + "escalation/escalation/NN and/and/CC offered/offer/VBN to/to/TO help/help/VB ././.")
        .assertRepairs(REPAIR,
            "det(2,1) nsubj(3,2) root(0,3) compound:prt(3,4) det(6,5) nsubj(11,6) obj(3,6) nsubj:xsubj(8,6) mark(8,7) xcomp(3,8) obj(8,9) cc(11,10) "
                + "conj:and(8,11) mark(13,12) xcomp(11,13) punct(3,14)",
            "det(2,1) nsubj(3,2) root(0,3) compound:prt(3,4) det(6,5) obj(3,6) nsubj:xsubj(8,6) mark(8,7) xcomp(3,8) obj(8,9) cc(11,10) "
                + "conj:and(3,11) mark(13,12) xcomp(11,13) punct(3,14) nsubj(11,2)");
  }

  @Test
  void aPastVerbJoinedToTheGerundOfAnOfClauseGoesOnWithTheAccusingVerb() {
    // "Chile accused Peru of signing the deal and demanded talks."
    HandParse.of("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN signing/sign/VBG the/the/DT deal/deal/NN and/and/CC "
            + "demanded/demand/VBD talks/talk/NNS ././.")
        .assertRepairs(new PastVerbJoinedToInfinitive(), "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) det(7,6) obj(5,7) cc(9,8) advcl:of(2,9) "
                + "conj:and(5,9) obj(9,10) punct(2,11)",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) det(7,6) obj(5,7) cc(9,8) conj:and(2,9) obj(9,10) punct(2,11) nsubj(9,1)");
  }

  @Test
  void aPastVerbJoinedToAGerundHungAsADepWithItsOfGoesOnWithTheAccusingVerb() {
    // "Finland accused Norway of breaking the deal and asked for talks.", the gerund hung as "dep".
    HandParse.of("Finland/Finland/NNP/LOCATION accused/accuse/VBN Norway/Norway/NNP/LOCATION of/of/IN breaking/break/VBG the/the/DT deal/deal/NN and/and/CC "
            + "asked/ask/VBD for/for/IN talks/talk/NNS ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(5,4) dep(2,5) det(7,6) obj(5,7) cc(9,8) dep(2,9) "
                + "conj:and(5,9) case(11,10) obl:for(9,11) punct(2,12)",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) dep(2,5) det(7,6) obj(5,7) cc(9,8) conj:and(2,9) case(11,10) obl:for(9,11) punct(2,12) nsubj(9,1)");
  }
}
