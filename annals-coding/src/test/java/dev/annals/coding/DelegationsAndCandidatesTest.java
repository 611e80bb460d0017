package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who a body's delegation is, who speaks in a party's candidate, whom one man of no name stands for (actors/PhraseResolver), and whose deed a crime he is charged with is. */
class DelegationsAndCandidatesTest {
  @Test
  void aDelegationOfALegislatureIsTheLegislatures() {
    // "Armenia invited a delegation of the Spanish Congress."
    var article = code(new HandBuiltText().sentence("Armenia/Armenia/NNP/LOCATION invited/invite/VBD a/a/DT delegation/delegation/NN of/of/IN the/the/DT "
            + "Spanish/Spanish/JJ/MISC Congress/Congress/NNP/ORGANIZATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) det(8,6) amod(8,7) nmod:of(4,8) punct(2,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ARM ESPLEG 0"));
  }

  @Test
  void aCountrysDelegationIsItsGovernment() {
    var article = code(new HandBuiltText().sentence("Armenia/Armenia/NNP/LOCATION invited/invite/VBD a/a/DT Spanish/Spanish/JJ/MISC delegation/delegation/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ARM ESPGOV 0"));
  }

  @Test
  void aPresidentialCandidateSpeaksForAParty() {
    // "Peru's electoral authorities met the EU observers. A presidential candidate accused the observers of meddling."
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS electoral/electoral/JJ authorities/authority/NNS met/meet/VBD the/the/DT EU/EU/NNP/ORGANIZATION "
                + "observers/observer/NNS ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) det(8,6) compound(8,7) obj(5,8) punct(5,9)")
        .sentence("A/a/DT presidential/presidential/JJ candidate/candidate/NN accused/accuse/VBD the/the/DT observers/observer/NNS of/of/IN "
                + "meddling/meddle/VBG ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) mark(8,7) advcl:of(4,8) punct(4,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERPTY ") && t.endsWith(" 112"));
  }

  @Test
  void aManOfNoNameChargedByPoliceIsOneOfThePeople() {
    // "Chilean police charged a man with murder."
    var article = code(new HandBuiltText().sentence("Chilean/Chilean/JJ/MISC police/police/NNS charged/charge/VBD a/a/DT man/man/NN with/with/IN "
            + "murder/murder/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:with(3,7) punct(3,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLCOP CHLCVL 173");
  }

  @Test
  void aKillingJudgedIsTheDeedOfWhomTheMurderChargeWasBroughtAgainst() {
    // "Chilean police charged a man with murder. Peru condemned the killing."
    var article = code(new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC police/police/NNS charged/charge/VBD a/a/DT man/man/NN with/with/IN murder/murder/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:with(3,7) punct(3,8)")
        .sentence("Peru/Peru/NNP/LOCATION condemned/condemn/VBD the/the/DT killing/killing/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PER CHLCVL 111").doesNotContain("PER CHLCOP 111");
  }

  @Test
  void aBareWordNamesThoseALongerTermOfTheSameCountryNamedBefore() {
    // "Peru allowed Chilean air accident investigators to join the inquiry. Two Chilean investigators arrived in Lima."
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION allowed/allow/VBD Chilean/Chilean/JJ/MISC air/air/NN accident/accident/NN investigators/investigator/NNS to/to/TO "
                + "join/join/VB the/the/DT inquiry/inquiry/NN ././.",
            "nsubj(2,1) root(0,2) amod(6,3) compound(6,4) compound(6,5) obj(2,6) nsubj:xsubj(8,6) mark(8,7) xcomp(2,8) det(10,9) obj(8,10) punct(2,11)")
        .sentence("Two/two/CD Chilean/Chilean/JJ/MISC investigators/investigator/NNS arrived/arrive/VBD in/in/IN Lima/Lima/NNP/LOCATION ././.",
            "nummod(3,1) amod(3,2) nsubj(4,3) root(0,4) case(6,5) obl:in(4,6) punct(4,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLGOV PER") && t.endsWith(" 042")).noneMatch(t -> t.startsWith("CHLCOP"));
  }
}
