package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PassiveVerbHungOnParticipleOfItsSubjectTest {
  private static final ParseRepair REPAIR = new PassiveVerbHungOnParticipleOfItsSubject();
  // "Four Turkish nationals registered as refugees in Kenya were seized by armed men in Nairobi on Tuesday."
  private static final HandParse SEIZED = HandParse.of(
      "Four/four/CD Turkish/Turkish/JJ nationals/national/NNS registered/register/VBN as/as/IN refugees/refugee/NNS in/in/IN "
          + "Kenya/Kenya/NNP/LOCATION were/be/VBD seized/seize/VBN by/by/IN armed/armed/JJ men/man/NNS in/in/IN Nairobi/Nairobi/NNP/LOCATION "
          + "on/on/IN Tuesday/Tuesday/NNP ././.");
  private static final String REST = "nummod(3,1) amod(3,2) obl:as(4,6) obl:in(4,8) punct(4,18) case(6,5) case(8,7) aux:pass(10,9) obl:agent(10,13) "
      + "obl:in(10,15) obl:on(10,17) case(13,11) amod(13,12) case(15,14) case(17,16)";

  @Test
  void theSubjectOfTheParticipleIsThePassiveVerbsAndTheParticipleDescribesIt() {
    SEIZED.assertRepairs(REPAIR, "root(0,4) nsubj(4,3) dep(4,10) " + REST,
        "root(0,10) acl(3,4) nsubj:pass(10,3) " + REST);
  }

  @Test
  void aParticipleWithItsOwnAuxiliaryIsAVerbOfItsOwn() {
    // "... nationals had registered as refugees ..., were seized": a "had" makes it a clause.
    SEIZED.assertLeavesAlone(REPAIR, "root(0,4) nsubj(4,3) aux(4,9) dep(4,10) " + REST.replace("aux:pass(10,9) ", ""));
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SEIZED.assertLeavesAlone(REPAIR, "root(0,10) acl(3,4) nsubj:pass(10,3) " + REST);
  }
}
