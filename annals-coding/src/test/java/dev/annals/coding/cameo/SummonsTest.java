package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** Summoning a foreign body's envoy, delegation or its head is a protest to that body. */
class SummonsTest {
  @Test
  void summoningTheHeadOfADelegationIsAProtestToItsBody() {
    // "Kyrgyzstan summoned the head of the EU delegation."
    assertThat(code("Kyrgyzstan/Kyrgyzstan/NNP/LOCATION summoned/summon/VBD the/the/DT head/head/NN of/of/IN the/the/DT EU/EU/NNP/ORGANIZATION "
        + "delegation/delegation/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) det(8,6) compound(8,7) nmod:of(4,8) punct(2,9)").events())
        .extracting(e -> triple(e)).contains("KGZ EU 114");
  }

  @Test
  void aDemandWithNoAddresseeInTheNextSentenceIsMadeToTheEnvoySummoned() {
    // "Chile summoned Peru's ambassador. Chile demanded that the fishermen be freed and asked for consular access."
    CodedArticle article = code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")
        .sentence("Chile/Chile/NNP/LOCATION demanded/demand/VBD that/that/IN the/the/DT fishermen/fisherman/NNS be/be/VB freed/free/VBN "
            + "and/and/CC asked/ask/VBD for/for/IN consular/consular/JJ access/access/NN ././.",
            "nsubj(2,1) root(0,2) mark(7,3) det(5,4) nsubj:pass(7,5) aux:pass(7,6) ccomp(2,7) cc(9,8) conj:and(2,9) nsubj(9,1) case(12,10) "
                + "amod(12,11) obl:for(9,12) punct(2,13)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PERGOV 10")).anyMatch(t -> t.startsWith("CHL PERGOV 02"));
  }

  @Test
  void aDemandInAClauseOfTheNextSentenceIsNotMadeToTheEnvoy() {
    // "Chile summoned Peru's ambassador. Lawyers said Chile demanded that the fishermen be freed."
    CodedArticle article = code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")
        .sentence("Lawyers/lawyer/NNS said/say/VBD Chile/Chile/NNP/LOCATION demanded/demand/VBD that/that/IN the/the/DT fishermen/fisherman/NNS "
            + "be/be/VB freed/free/VBN ././.",
            "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) mark(9,5) det(7,6) nsubj:pass(9,7) aux:pass(9,8) ccomp(4,9) punct(2,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHL PER") && t.contains(" 10"));
  }
}
