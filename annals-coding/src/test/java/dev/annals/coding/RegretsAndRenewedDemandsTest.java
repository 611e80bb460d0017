package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regret said on a visit, regret short of an apology, and a demand renewed for another. */
class RegretsAndRenewedDemandsTest {
  // "Portugal's foreign minister expressed deep regret for the country's role in the slave trade
  // during a visit to Luanda on Monday but did not offer a formal apology.", with the visit hung on
  // "role" as the parser may.
  private static final String SHORT_OF_APOLOGY = "Portugal/Portugal/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN expressed/express/VBD "
            + "deep/deep/JJ regret/regret/NN for/for/IN the/the/DT country/country/NN 's/'s/POS role/role/NN in/in/IN "
            + "the/the/DT slave/slave/NN trade/trade/NN during/during/IN a/a/DT visit/visit/NN to/to/IN "
            + "Luanda/Luanda/NNP/LOCATION on/on/IN Monday/Monday/NNP but/but/CC did/do/VBD not/not/RB offer/offer/VB a/a/DT "
            + "formal/formal/JJ apology/apology/NN ././.";
  private static final String SHORT_OF_APOLOGY_EDGES = "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) conj:but(5,27) punct(5,31) nmod:during(12,19) "
            + "nsubj(27,4) cc(27,24) aux(27,25) advmod(27,26) obj(27,30) amod(7,6) nmod:for(7,12) case(12,8) nmod:poss(12,10) "
            + "nmod:in(12,16) det(10,9) case(10,11) case(16,13) det(16,14) compound(16,15) case(19,17) det(19,18) "
            + "nmod:to(19,21) nmod:on(19,23) case(21,20) case(23,22) det(30,28) amod(30,29)";

  @Test
  void regretShortOfAnApologyIsSympathySaidToTheCountryVisited() {
    List<String> coded = triples(code(new HandBuiltText().sentence(SHORT_OF_APOLOGY, SHORT_OF_APOLOGY_EDGES)));
    assertThat(coded).contains("PRTGOV AGO 018");
  }

  @Test
  void regretAloneStaysAnApology() {
    // "Portugal's foreign minister expressed deep regret during a visit to Luanda on Monday."
    List<String> coded = triples(code(new HandBuiltText().sentence("Portugal/Portugal/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN expressed/express/VBD "
            + "deep/deep/JJ regret/regret/NN during/during/IN a/a/DT visit/visit/NN to/to/IN Luanda/Luanda/NNP/LOCATION "
            + "on/on/IN Monday/Monday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) obl:during(5,10) punct(5,15) amod(7,6) "
            + "case(10,8) det(10,9) nmod:to(10,12) nmod:on(10,14) case(12,11) case(14,13)")));
    assertThat(coded).anyMatch(t -> t.matches("PRTGOV AGO\\w* 055")).noneMatch(t -> t.endsWith(" 018"));
  }

  @Test
  void aDemandRenewedForAnotherIsNotMadeOfItsOwner() {
    // "… Angola's president renewed the African Union's demand for reparations."
    List<String> coded = triples(code(new HandBuiltText().sentence(SHORT_OF_APOLOGY, SHORT_OF_APOLOGY_EDGES)
        .sentence("Angola/Angola/NNP/LOCATION 's/'s/POS president/president/NN renewed/renew/VBD the/the/DT "
            + "African/African/NNP/LOCATION Union/Union/NNP/LOCATION 's/'s/POS demand/demand/NN for/for/IN "
            + "reparations/reparation/NNS ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,9) punct(4,12) det(7,5) compound(7,6) case(7,8) "
            + "nmod:poss(9,7) nmod:for(9,11) case(11,10)")));
    assertThat(coded).noneMatch(t -> t.matches("AGOGOV AU 10\\d*")).noneMatch(t -> t.matches("AU AGO\\w* 10\\d*"));
  }
}
