package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PersonsRelativeHungOnThingTest {
  private static final ParseRepair REPAIR = new PersonsRelativeHungOnThing();
  // "Lula sent a letter for Boric , who received it ."
  private static final String REST = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:for(4,6) punct(6,7) obj(9,10) punct(2,11)";

  @Test
  void whoNamesThePersonNotTheThingHisNameModifies() {
    HandParse.of("Lula/Lula/NNP/PERSON sent/send/VBD a/a/DT letter/letter/NN for/for/IN Boric/Boric/NNP/PERSON ,/,/, who/who/WP received/receive/VBD it/it/PRP ././.")
        .assertRepairs(REPAIR, REST + " nsubj(9,4) ref(4,8) acl:relcl(4,9)", REST + " nsubj(9,6) ref(6,8) acl:relcl(6,9)");
  }

  @Test
  void aPersonByHisTieToTheNamedOneMayBeWhomTheClauseDescribes() {
    // "Lula met the son of Boric , who received him ."
    HandParse.of("Lula/Lula/NNP/PERSON met/meet/VBD the/the/DT son/son/NN of/of/IN Boric/Boric/NNP/PERSON ,/,/, who/who/WP received/receive/VBD him/he/PRP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) punct(6,7) obj(9,10) punct(2,11) nsubj(9,4) ref(4,8) acl:relcl(4,9)");
  }

  @Test
  void whichMayNameTheThing() {
    HandParse.of("Lula/Lula/NNP/PERSON sent/send/VBD a/a/DT letter/letter/NN for/for/IN Boric/Boric/NNP/PERSON ,/,/, which/which/WDT reached/reach/VBD him/he/PRP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:for(4,6) punct(6,7) obj(9,10) punct(2,11) nsubj(9,4) ref(4,8) acl:relcl(4,9)");
  }

  @Test
  void aPersonNamedByATitleIsWhomTheClauseDescribes() {
    // "Lula flew in for talks with Chile's president , who pledged a loan ."
    HandParse.of("Lula/Lula/NNP/PERSON flew/fly/VBD in/in/RP for/for/IN talks/talk/NNS with/with/IN Chile/Chile/NNP/LOCATION 's/'s/POS "
            + "president/president/NN ,/,/, who/who/WP pledged/pledge/VBD a/a/DT loan/loan/NN ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) compound:prt(2,3) case(5,4) obl:for(2,5) case(9,6) nmod:poss(9,7) case(7,8) nmod:with(5,9) punct(5,10) obj(12,14) det(14,13) "
                + "punct(2,15) nsubj(12,5) ref(5,11) acl:relcl(5,12)",
            "nsubj(2,1) root(0,2) compound:prt(2,3) case(5,4) obl:for(2,5) case(9,6) nmod:poss(9,7) case(7,8) nmod:with(5,9) punct(5,10) obj(12,14) det(14,13) "
                + "punct(2,15) nsubj(12,9) ref(9,11) acl:relcl(9,12)");
  }
}
