package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Access granted is allowing others in (0862), given to whoever asked for it: by the state asked
 * when the passive names no giver, to the asker when the giver names no one.
 */
class AccessGrantedTest {
  @Test
  void accessAskedOfAStateAndGrantedWasGrantedByItToTheAsker() {
    // "Chile asked Peru for access to the captain, which was granted the same day."
    var article = code("Chile/Chile/NNP/LOCATION asked/ask/VBD Peru/Peru/NNP/LOCATION for/for/IN consular/consular/JJ access/access/NN to/to/IN "
        + "the/the/DT captain/captain/NN ,/,/, which/which/WDT was/be/VBD granted/grant/VBN the/the/DT same/same/JJ day/day/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:for(2,6) case(9,7) det(9,8) nmod:to(6,9) punct(9,10) nsubj:pass(13,9) ref(9,11) "
            + "aux:pass(13,12) acl:relcl(9,13) det(16,14) amod(16,15) obj(13,16) punct(2,17)");
    assertThat(triples(article)).contains("PER CHL 0862");
  }

  @Test
  void accessGrantedNamingNoOneIsGrantedToWhoeverAskedForIt() {
    // "Peru detained two Chilean fishermen. Chile requested consular access to the detained men.
    // Peru granted access on Friday."
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION detained/detain/VBD two/two/CD Chilean/Chilean/JJ/MISC fishermen/fisherman/NNS ././.", "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Chile/Chile/NNP/LOCATION requested/request/VBD consular/consular/JJ access/access/NN to/to/IN the/the/DT detained/detain/VBN men/man/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) case(8,5) det(8,6) amod(8,7) nmod:to(4,8) punct(2,9)")
        .sentence("Peru/Peru/NNP/LOCATION granted/grant/VBD access/access/NN on/on/IN Friday/Friday/NNP ././.", "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6)"));
    assertThat(triples(article)).contains("PER CHL 0862");
  }
}
