package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Access to detained people asked of the side that holds them. */
class AccessAskedOfTheHolderTest {
  @Test
  void accessToThePeopleHeldIsAskedOfTheirHolder() {
    // "Kuwaiti police detained 300 Indian workers …, India's embassy said, adding that it had asked for consular access to them": "it" is the embassy that said so (Pronouns), and access to the workers is asked of the state holding them (AccessAskedOfTheHolder).
    var article = code(new HandBuiltText().sentence(
        "Kuwaiti/kuwaiti/JJ police/police/NN detained/detain/VBD 300/300/CD Indian/Indian/JJ workers/worker/NNS on/on/IN "
            + "Thursday/Thursday/NNP ,/,/, India/India/NNP/LOCATION 's/'s/POS embassy/embassy/NN said/say/VBD ,/,/, adding/add/VBG that/that/IN "
            + "it/it/PRP had/have/VBD asked/ask/VBN for/for/IN consular/consular/JJ access/access/NN to/to/IN them/they/PRP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) punct(3,9) parataxis(3,13) punct(3,25) nummod(6,4) amod(6,5) case(8,7) "
            + "nmod:poss(12,10) case(10,11) nsubj(13,12) punct(13,14) dep(13,15) ccomp(15,19) mark(19,16) nsubj(19,17) aux(19,18) obl:for(19,22) "
            + "case(22,20) amod(22,21) nmod:to(22,24) case(24,23)"), LocalDate.of(2026, 2, 17));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("0255")).extracting(e -> triple(e)).containsExactly("INDGOV KWTGOV 0255");
  }
}
