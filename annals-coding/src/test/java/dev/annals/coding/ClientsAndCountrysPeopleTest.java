package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Their" with no pair named is the plural noun before it; a state judging a decision speaks for
 * its country's firms and people the decision befell; one's lawyer acts for the client.
 */
class ClientsAndCountrysPeopleTest {
  @Test
  void theirWithNoPairNamedIsThePluralNounBeforeIt() {
    // "Chilean airlines opened a route. Peru extended a ban on their flights."
    var article = code(new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC airlines/airline/NNS opened/open/VBD a/a/DT route/route/NN ././.", "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")
        .sentence("Peru/Peru/NNP/LOCATION extended/extend/VBD a/a/DT ban/ban/NN on/on/IN their/their/PRP$ flights/flight/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) nmod:poss(7,6) nmod:on(4,7) punct(2,8)"));
    assertThat(triples(article)).contains("PER CHLBUS 124");
  }

  @Test
  void aStateJudgingADecisionSpeaksForItsCountrysFirms() {
    // "Peru extended a ban on Chilean airlines. Chile's foreign ministry called the decision unfair."
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION extended/extend/VBD a/a/DT ban/ban/NN on/on/IN Chilean/Chilean/JJ/MISC airlines/airline/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) amod(7,6) nmod:on(4,7) punct(2,8)")
        .sentence("Chile/Chile/NNP/LOCATION ~'s/'s/POS foreign/foreign/JJ ministry/ministry/NN called/call/VBD the/the/DT decision/decision/NN unfair/unfair/JJ ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) nsubj:xsubj(8,7) xcomp(5,8) punct(5,9)"));
    assertThat(triples(article)).contains("CHLGOV PER 111");
  }

  @Test
  void onesLawyerActsForTheClient() {
    // "Peru arrested two Chilean fishermen. Their lawyer criticised Peru."
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION arrested/arrest/VBD two/two/CD Chilean/Chilean/JJ/MISC fishermen/fisherman/NNS ././.", "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Their/their/PRP$ lawyer/lawyer/NN criticised/criticise/VBD Peru/Peru/NNP/LOCATION ././.", "nmod:poss(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"));
    assertThat(triples(article)).anyMatch(t -> t.endsWith(" PER 111") && t.startsWith("CHL")).noneMatch(t -> t.contains("JUD"));
  }
}
