package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** An organisation named in full is found again by a shorter name later in the article. */
class ShortNamesTest {
  @Test
  void theFirstWordOfAnOrganisationsNameFindsItAgain() {
    // "Amnesty International criticised Chile. Amnesty urged Peru to act." ("Amnesty" alone is an ordinary word.)
    var text = new HandBuiltText()
        .sentence("Amnesty/Amnesty/NNP/ORGANIZATION International/International/NNP/ORGANIZATION criticised/criticise/VBD Chile/Chile/NNP/LOCATION ././.",
            "compound(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)")
        .sentence("Amnesty/Amnesty/NNP urged/urge/VBD Peru/Peru/NNP/LOCATION to/to/TO act/act/VB ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("AMNESTY PER 020");
  }

  @Test
  void theCourtIsTheCourtNamedBeforeWhereverItSits() {
    // "The ECOWAS Court of Justice ruled against Togo. The Abuja-based court told Lome to pay."
    var text = new HandBuiltText()
        .sentence("The/the/DT ECOWAS/ECOWAS/NNP/ORGANIZATION Court/Court/NNP/ORGANIZATION of/of/IN Justice/Justice/NNP/ORGANIZATION ruled/rule/VBD "
            + "against/against/IN Togo/Togo/NNP/LOCATION ././.",
            "det(3,1) compound(3,2) nsubj(6,3) case(5,4) nmod:of(3,5) root(0,6) case(8,7) obl:against(6,8) punct(6,9)")
        .sentence("The/the/DT Abuja/Abuja/NNP/LOCATION -/-/HYPH based/base/VBN court/court/NN told/tell/VBD Lome/Lome/NNP/LOCATION to/to/TO pay/pay/VB ././.",
            "det(5,1) obl(4,2) punct(4,3) amod(5,4) nsubj(6,5) root(0,6) obj(6,7) mark(9,8) xcomp(6,9) punct(6,10)");
    assertThat(code(text).events()).extracting(e -> e.source().code()).containsOnly("ECOWAS");
  }

  @Test
  void theAllianceIsTheOrganisationItsSecretaryGeneralActsFor() {
    // "NATO Secretary-General Mark Rutte said the alliance stood with Norway."
    assertThat(code(new HandBuiltText().sentence(
        "NATO/NATO/NNP/ORGANIZATION Secretary-General/Secretary-General/NNP Mark/Mark/NNP/PERSON Rutte/Rutte/NNP/PERSON said/say/VBD the/the/DT "
        + "alliance/alliance/NN stood/stand/VBD with/with/IN Norway/Norway/NNP/LOCATION ././.",
        "compound(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) nsubj(8,7) ccomp(5,8) case(10,9) obl:with(8,10) punct(5,11)"),
        java.time.LocalDate.of(2026, 2, 12)).events())
        .extracting(e -> triple(e)).contains("NATO NOR 051");
  }
  private static HandBuiltText commissionFinedChileThen(String tokens, String edges) {
    // "The European Commission fined Chile."
    return new HandBuiltText()
        .sentence("The/the/DT European/European/NNP/ORGANIZATION Commission/Commission/NNP/ORGANIZATION fined/fine/VBD Chile/Chile/NNP/LOCATION ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence(tokens, edges);
  }

  @Test
  void theLastWordOfABodysNameFindsItAgainInsideAPhrase() {
    // "The European Commission fined Chile. A Commission spokeswoman criticised Chile."
    var text = commissionFinedChileThen("A/a/DT Commission/Commission/NNP spokeswoman/spokeswoman/NN criticised/criticise/VBD Chile/Chile/NNP/LOCATION ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("EUC CHL 111");
  }

  @Test
  void aWordThatIsNoBodysKindTeachesNothing() {
    // "Human Rights Watch praised Chile. A Watch spokeswoman condemned Chile": "Watch" is no
    // word for a kind of body, so it is not learned as the organisation's name.
    var text = new HandBuiltText()
        .sentence("Human/Human/NNP/ORGANIZATION Rights/Rights/NNP/ORGANIZATION Watch/Watch/NNP/ORGANIZATION praised/praise/VBD Chile/Chile/NNP/LOCATION ././.",
            "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("A/a/DT Watch/Watch/NNP spokeswoman/spokeswoman/NN condemned/condemn/VBD Chile/Chile/NNP/LOCATION ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("HRW CHL 111"));
  }

  @Test
  void theBlocAfterAnOrganOfTheBlocIsTheBloc() {
    // "The European Commission fined Chile. Peru criticised the bloc."
    var text = commissionFinedChileThen("Peru/Peru/NNP/LOCATION criticised/criticise/VBD the/the/DT bloc/bloc/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER EU 111");
  }

  @Test
  void anUnknownOrganisationPlacedByACountryIsThatCountryWhenNamedAgainAlone() {
    // "Turkey's BOTAS threatened Bulgaria. BOTAS accused Bulgaria of lying."
    var text = new HandBuiltText()
        .sentence("Turkey/Turkey/NNP/LOCATION 's/'s/POS BOTAS/BOTAS/NNP/ORGANIZATION threatened/threaten/VBD Bulgaria/Bulgaria/NNP/LOCATION ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("BOTAS/BOTAS/NNP/ORGANIZATION accused/accuse/VBD Bulgaria/Bulgaria/NNP/LOCATION of/of/IN lying/lie/VBG ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("TUR BGR 112");
  }

  @Test
  void anUnknownCompanyPlacedByTheWordsBeforeItIsThatCompanyWhenNamedAgainAlone() {
    // "Peru's state oil company Petroperu threatened Chile. Petroperu accused Chile of lying."
    var text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS state/state/NN oil/oil/NN company/company/NN Petroperu/Petroperu/NNP/ORGANIZATION threatened/threaten/VBD "
            + "Chile/Chile/NNP/LOCATION ././.",
            "nmod:poss(6,1) case(1,2) compound(6,3) compound(6,4) compound(6,5) nsubj(7,6) root(0,7) obj(7,8) punct(7,9)")
        .sentence("Petroperu/Petroperu/NNP/ORGANIZATION accused/accuse/VBD Chile/Chile/NNP/LOCATION of/of/IN lying/lie/VBG ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) punct(2,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERBUS CHL 112"));
  }
}
