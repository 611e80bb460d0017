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
}
