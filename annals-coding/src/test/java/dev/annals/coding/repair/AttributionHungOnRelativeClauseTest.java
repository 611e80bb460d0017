package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class AttributionHungOnRelativeClauseTest {
  private static final ParseRepair REPAIR = new AttributionHungOnRelativeClause();
  // "Chile granted asylum to an activist who fled, the ministry confirmed, rejecting a request."
  private static final HandParse GRANTED = HandParse.of(
      "Chile/Chile/NNP/LOCATION granted/grant/VBD asylum/asylum/NN to/to/IN an/a/DT activist/activist/NN who/who/WP fled/flee/VBD ,/,/, the/the/DT "
          + "ministry/ministry/NN confirmed/confirm/VBD ,/,/, rejecting/reject/VBG a/a/DT request/request/NN ././.");
  private static final String GRANTED_REPAIRED = "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:to(2,6) nsubj(8,6) acl:relcl(6,8) punct(8,9) det(11,10) "
      + "nsubj(12,11) parataxis(2,12) punct(8,13) advcl(12,14) det(16,15) obj(14,16) punct(2,17)";

  @Test
  void aClosingAttributionHangsFromTheRootAndThePartcipleAfterItIsTheSpeakers() {
    GRANTED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:to(2,6) nsubj(8,6) acl:relcl(6,8) punct(8,9) det(11,10) "
        + "nsubj(12,11) ccomp(8,12) punct(8,13) dep(8,14) det(16,15) obj(14,16) punct(2,17)", GRANTED_REPAIRED);
  }

  @Test
  void whatARelativeClauseReportsWithoutACommaIsLeftAlone() {
    // "Chile granted asylum to an activist who said the ministry confirmed it." keeps its complement.
    HandParse.of("Chile/Chile/NNP/LOCATION granted/grant/VBD asylum/asylum/NN to/to/IN an/a/DT activist/activist/NN who/who/WP said/say/VBD the/the/DT "
            + "ministry/ministry/NN confirmed/confirm/VBD it/it/PRP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:to(2,6) nsubj(8,6) acl:relcl(6,8) det(10,9) nsubj(11,10) ccomp(8,11) "
            + "obj(11,12) punct(2,13)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    GRANTED.assertLeavesAlone(REPAIR, GRANTED_REPAIRED);
  }

  @Test
  void anAttributionHungOnANounClosesTheClauseThatNounIsToldIn() {
    // "South Africa has suspended flights ..., citing unpaid airport charges, its civil aviation authority said on Wednesday."
    HandParse.of("South/South/NNP/LOCATION Africa/Africa/NNP/LOCATION has/have/VBZ suspended/suspend/VBN flights/flight/NNS to/to/IN "
            + "Johannesburg/Johannesburg/NNP/LOCATION by/by/IN Nigeria/Nigeria/NNP/LOCATION 's/'s/POS largest/largest/JJS private/private/JJ airline/airline/NN "
            + ",/,/, citing/cite/VBG unpaid/unpaid/JJ airport/airport/NN charges/charge/NNS ,/,/, its/its/PRP$ civil/civil/JJ aviation/aviation/NN "
            + "authority/authority/NN said/say/VBD on/on/IN Wednesday/Wednesday/NNP ././.")
        .assertRepairs(REPAIR, "compound(2,1) nsubj(4,2) aux(4,3) root(0,4) obj(4,5) case(7,6) nmod:to(5,7) case(13,8) nmod:poss(13,9) case(9,10) amod(13,11) "
            + "amod(13,12) nmod:by(5,13) punct(5,14) acl(5,15) amod(18,16) compound(18,17) obj(15,18) punct(18,19) nmod:poss(23,20) amod(23,21) compound(23,22) "
            + "nsubj(24,23) dep(18,24) case(26,25) obl:on(24,26) punct(4,27)",
            "compound(2,1) nsubj(4,2) aux(4,3) root(0,4) obj(4,5) case(7,6) nmod:to(5,7) case(13,8) nmod:poss(13,9) case(9,10) amod(13,11) "
            + "amod(13,12) nmod:by(5,13) punct(5,14) acl(5,15) amod(18,16) compound(18,17) obj(15,18) punct(18,19) nmod:poss(23,20) amod(23,21) compound(23,22) "
            + "nsubj(24,23) parataxis(4,24) case(26,25) obl:on(24,26) punct(4,27)");
  }

  @Test
  void anAttributionHungOnANounBeyondALooseEdgeIsLeftAlone() {
    // "He held talks, and the two signed agreements on sales, the government said.", with "signed"
    // read as an adjective and the second clause hung loose: which clause it closes is unknown.
    HandParse.of("He/he/PRP held/hold/VBD talks/talk/NNS ,/,/, and/and/CC the/the/DT two/two/CD signed/sign/VBN agreements/agreement/NNS on/on/IN "
            + "sales/sale/NNS ,/,/, the/the/DT government/government/NN said/say/VBD ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) punct(2,4) dep(2,5) det(9,6) nummod(9,7) amod(9,8) dep(5,9) case(11,10) nmod:on(9,11) "
            + "punct(11,12) det(14,13) nsubj(15,14) dep(11,15) punct(2,16)");
  }

  @Test
  void anAttributionHungOnTheObjectOfAModalsVerbClosesThatVerbsClause() {
    // "Denmark will pay Ghana 30 million euros, Denmark's foreign and development ministry said.":
    // a modal's verb is the clause's own, and the speaker's phrase begins at its possessive.
    HandParse.of("Denmark/Denmark/NNP/LOCATION will/will/MD pay/pay/VB Ghana/Ghana/NNP/LOCATION 30/30/CD million/million/CD euros/euro/NNS ,/,/, "
            + "Denmark/Denmark/NNP/LOCATION 's/'s/POS foreign/foreign/JJ and/and/CC development/development/NN ministry/ministry/NN said/say/VBD ././.")
        .assertRepairs(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) iobj(3,4) compound(6,5) nummod(7,6) obj(3,7) punct(15,8) nmod:poss(11,9) case(9,10) "
            + "amod(14,11) cc(13,12) conj:and(11,13) nsubj(15,14) dep(7,15) punct(3,16)",
            "nsubj(3,1) aux(3,2) root(0,3) iobj(3,4) compound(6,5) nummod(7,6) obj(3,7) punct(15,8) nmod:poss(11,9) case(9,10) "
            + "amod(14,11) cc(13,12) conj:and(11,13) nsubj(15,14) parataxis(3,15) punct(3,16)");
  }
}
