package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Visas decided to be kept, a ban on imports, a decision regretted, and attacks named again in an apology. */
class MeasuresKeptRegrettedAndApologisedForTest {
  // "Estonia's government decided on Monday to keep visas for Georgian citizens for another year,
  // saying it needed time to tighten checks.", with "saying" hung on "decided" as the parser may.
  private static final String KEPT = "Estonia/Estonia/NNP/LOCATION 's/'s/POS government/government/NN decided/decide/VBD on/on/IN Monday/Monday/NNP "
      + "to/to/TO keep/keep/VB visas/visa/NNS for/for/IN Georgian/Georgian/JJ citizens/citizen/NNS for/for/IN "
      + "another/another/DT year/year/NN ,/,/, saying/say/VBG it/it/PRP needed/need/VBD time/time/NN to/to/TO "
      + "tighten/tighten/VB checks/check/NNS ././.";
  private static final String KEPT_EDGES = "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obl:on(4,6) xcomp(4,8) punct(4,24) nsubj:xsubj(8,3) mark(8,7) "
      + "obj(8,9) obl:for(8,12) obl:for(8,15) punct(4,16) dep(4,17) case(6,5) case(12,10) amod(12,11) case(15,13) "
      + "det(15,14) ccomp(17,19) nsubj(19,18) obj(19,20) xcomp(19,22) nsubj:xsubj(22,20) mark(22,21) obj(22,23)";

  @Test
  void visasDecidedToBeKeptAreARefusalToEaseThemAndTheReasonGivenIsNoStatement() {
    var article = code(new HandBuiltText().sentence(KEPT, KEPT_EDGES));
    assertThat(triples(article)).contains("ESTGOV GEOCVL 1241").noneMatch(t -> t.endsWith(" 010"));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("1241")).allMatch(e -> e.modality() == dev.annals.model.Modality.ASSERTED);
  }

  @Test
  void anotherSidesDecisionRegrettedIsDisapproval() {
    // "… Georgia's foreign ministry said it deeply regretted the decision."
    List<String> coded = triples(code(new HandBuiltText().sentence(KEPT, KEPT_EDGES)
        .sentence("Georgia/Georgia/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD it/it/PRP "
            + "deeply/deeply/RB regretted/regret/VBD the/the/DT decision/decision/NN ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) ccomp(5,8) punct(5,11) nsubj(8,6) advmod(8,7) "
            + "obj(8,10) det(10,9)")));
    assertThat(coded).contains("GEOGOV ESTGOV 111").noneMatch(t -> t.endsWith(" 055"));
  }

  @Test
  void attacksNamedAgainInAnApologyAreNoNewAttackOfTheApologisers() {
    // "Rioters attacked Chilean-owned shops in Lima in May. On Sunday Peru's prime minister
    // apologised to Chilean investors for those attacks."
    List<String> coded = triples(code(new HandBuiltText()
        .sentence("Rioters/rioter/NNS attacked/attack/VBD Chilean/Chilean/JJ -/-/HYPH owned/own/VBN shops/shop/NNS in/in/IN "
            + "Lima/Lima/NNP/LOCATION in/in/IN May/May/NNP ././.",
            "root(0,2) nsubj(2,1) obj(2,6) obl:in(2,10) punct(2,11) dep(5,3) punct(5,4) amod(6,5) nmod:in(6,8) case(8,7) "
            + "case(10,9)")
        .sentence("On/on/IN Sunday/Sunday/NNP Peru/Peru/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN "
            + "apologised/apologise/VBD to/to/IN Chilean/Chilean/JJ investors/investor/NNS for/for/IN those/that/DT "
            + "attacks/attack/NNS ././.",
            "root(0,7) case(6,1) nmod:poss(6,3) amod(6,5) compound(3,2) case(3,4) obl:on(7,6) obl:to(7,10) obl:for(7,13) "
            + "punct(7,14) case(10,8) amod(10,9) case(13,11) det(13,12)")));
    assertThat(coded).contains("PERGOV CHLBUS 055").noneMatch(t -> t.startsWith("PERGOV") && t.matches(".* (18|19|20)\\d*"));
  }

  @Test
  void aBanOnImportsIsAnImportBanNotARestrictionOfTheBannersOwnPeople() {
    // "Germany announced a ban on imports of hunting trophies."
    List<String> coded = triples(code(new HandBuiltText().sentence(
        "Germany/Germany/NNP/LOCATION announced/announce/VBD a/a/DT ban/ban/NN on/on/IN imports/import/NNS of/of/IN "
            + "hunting/hunt/VBG trophies/trophy/NNS ././.",
        "root(0,2) nsubj(2,1) obj(2,4) punct(2,10) det(4,3) nmod:on(4,6) case(6,5) nmod:of(6,9) case(9,7) amod(9,8)")));
    assertThat(coded).noneMatch(t -> t.matches("DEU\\w* DEUCVL 172"));
  }
}
