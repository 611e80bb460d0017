package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Measures judged are those taken, not those only said or denied; a protest told by a demand is
 * aimed where the demand is, not at a third side asked to step in; entry refused is an expulsion;
 * an act its own side denies, aimed at no one, is no event; a ship's captain, a shipping agent and
 * a tourism group are civilians and business; a clause the parser read as a phrase has its subject.
 */
class MeasuresProtestsAndPeopleTest {
  private static final String UKRAINE_SANCTIONS = "Ukraine/Ukraine/NNP/LOCATION imposed/impose/VBD sanctions/sanction/NNS on/on/IN "
      + "Chinese/Chinese/JJ/MISC companies/company/NNS ././.";
  private static final String UKRAINE_SANCTIONS_EDGES = "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:on(2,6) punct(2,7)";
  private static final String EU_WELCOME = "The/the/DT EU/EU/NNP/ORGANIZATION welcomed/welcome/VBD the/the/DT measures/measure/NNS ././.";
  private static final String EU_WELCOME_EDGES = "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)";

  @Test
  void measuresWelcomedAreNotThoseAnotherSideOnlySaidItWouldTake() {
    // "Ukraine imposed sanctions on Chinese companies. China said it would take measures. The EU
    // welcomed the measures."
    assertThat(triples(code(new HandBuiltText()
        .sentence(UKRAINE_SANCTIONS, UKRAINE_SANCTIONS_EDGES)
        .sentence("China/China/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD take/take/VB measures/measure/NNS ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) punct(2,7)")
        .sentence(EU_WELCOME, EU_WELCOME_EDGES))))
        .anyMatch(t -> t.startsWith("EU UKR") && t.endsWith(" 051")).noneMatch(t -> t.startsWith("EU CHN"));
  }

  @Test
  void measuresWelcomedAreNotADeedSaidNotToHaveBeenDone() {
    // "Ukraine imposed sanctions on Chinese companies. China denied that it supplied weapons. The
    // EU welcomed the measures."
    assertThat(triples(code(new HandBuiltText()
        .sentence(UKRAINE_SANCTIONS, UKRAINE_SANCTIONS_EDGES)
        .sentence("China/China/NNP/LOCATION denied/deny/VBD that/that/IN it/it/PRP supplied/supply/VBD weapons/weapon/NNS ././.",
            "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) obj(5,6) punct(2,7)")
        .sentence(EU_WELCOME, EU_WELCOME_EDGES))))
        .anyMatch(t -> t.startsWith("EU UKR") && t.endsWith(" 051")).noneMatch(t -> t.startsWith("EU CHN"));
  }

  @Test
  void aRallyDemandingAReleaseIsAgainstTheCaptors() {
    // "Sri Lanka detained 18 Bangladeshi fishermen. Bangladeshi fishermen held a rally demanding
    // their release."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Sri/Sri/NNP/LOCATION Lanka/Lanka/NNP/LOCATION detained/detain/VBD 18/18/CD Bangladeshi/Bangladeshi/JJ/MISC fishermen/fisherman/NNS ././.",
            "compound(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("Bangladeshi/Bangladeshi/JJ/MISC fishermen/fisherman/NNS held/hold/VBD a/a/DT rally/rally/NN demanding/demand/VBG their/their/PRP$ "
                + "release/release/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) dep(3,6) nmod:poss(8,7) obj(6,8) punct(3,9)"))))
        .anyMatch(t -> t.startsWith("BGDCVL LKA") && t.endsWith(" 141"));
  }

  @Test
  void aThirdSideAskedToInterveneIsNotWhomAProtestIsAgainst() {
    // "Slovenian fishermen staged a protest and urged the European Commission to intervene."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Slovenian/Slovenian/JJ/MISC fishermen/fisherman/NNS staged/stage/VBD a/a/DT protest/protest/NN and/and/CC urged/urge/VBD the/the/DT "
            + "European/European/NNP/ORGANIZATION Commission/Commission/NNP/ORGANIZATION to/to/TO intervene/intervene/VB ././.",
        "amod(2,1) nsubj(3,2) nsubj(7,2) root(0,3) det(5,4) obj(3,5) cc(7,6) conj:and(3,7) det(10,8) compound(10,9) obj(7,10) nsubj:xsubj(12,10) "
            + "mark(12,11) xcomp(7,12) punct(3,13)"))))
        .anyMatch(t -> t.startsWith("SVNCVL EUC 02")).noneMatch(t -> t.startsWith("SVNCVL EUC 14"));
  }

  @Test
  void entryRefusedToTouristsIsAnExpulsion() {
    // "Japanese police refused entry to 63 Thai tourists."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Japanese/Japanese/JJ/MISC police/police/NNS refused/refuse/VBD entry/entry/NN to/to/IN 63/63/CD Thai/Thai/JJ/MISC tourists/tourist/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(8,5) nummod(8,6) amod(8,7) obl:to(3,8) punct(3,9)"))))
        .contains("JPNCOP THACVL 174");
  }

  @Test
  void mistreatmentOfNoOneThatItsOwnSideDeniesIsNoEvent() {
    // "Japan's justice ministry denied mistreating anyone."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Japan/Japan/NNP/LOCATION 's/'s/POS justice/justice/NN ministry/ministry/NN denied/deny/VBD mistreating/mistreat/VBG anyone/anyone/NN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) xcomp(5,6) obj(6,7) punct(5,8)"))))
        .noneMatch(t -> t.endsWith(" 18") || t.contains(" 18"));
  }

  @Test
  void aFerrysCaptainIsACivilianOfHisCountry() {
    // "Jordanian police detained the Egyptian captain of a ferry."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Jordanian/Jordanian/JJ/MISC police/police/NNS detained/detain/VBD the/the/DT Egyptian/Egyptian/JJ/MISC captain/captain/NN of/of/IN a/a/DT "
            + "ferry/ferry/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) case(9,7) det(9,8) nmod:of(6,9) punct(3,10)"))))
        .contains("JORCOP EGYCVL 173");
  }

  @Test
  void aCaptainAnAppositiveCallsACitizenIsThatCountrys() {
    // "Danish police boarded a tanker and detained its captain, a Russian citizen."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Danish/Danish/JJ/MISC police/police/NNS boarded/board/VBD a/a/DT tanker/tanker/NN and/and/CC detained/detain/VBD its/its/PRP$ "
            + "captain/captain/NN ,/,/, a/a/DT Russian/Russian/JJ/MISC citizen/citizen/NN ././.",
        "amod(2,1) nsubj(3,2) nsubj(7,2) root(0,3) det(5,4) obj(3,5) cc(7,6) conj:and(3,7) nmod:poss(9,8) obj(7,9) punct(9,10) det(13,11) "
            + "amod(13,12) appos(9,13) punct(3,14)"))))
        .contains("DNKCOP RUSCVL 173");
  }

  @Test
  void aShippingAgentIsABusiness() {
    // "Greek police arrested a Greek shipping agent."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Greek/Greek/JJ/MISC police/police/NNS arrested/arrest/VBD a/a/DT Greek/Greek/JJ/MISC shipping/shipping/NN agent/agent/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(7,4) amod(7,5) compound(7,6) obj(3,7) punct(3,8)"))))
        .contains("GRCCOP GRCBUS 173");
  }

  @Test
  void tourismGroupsAreABusiness() {
    // "Thai tourism groups criticised Japan."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Thai/Thai/JJ/MISC tourism/tourism/NN groups/group/NNS criticised/criticise/VBD Japan/Japan/NNP/LOCATION ././.",
        "amod(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"))))
        .anyMatch(t -> t.startsWith("THABUS JPN"));
  }

  @Test
  void sailingsSuspendedAreRelationsCut() {
    // "Egypt suspended sailings to Jordan."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Egypt/Egypt/NNP/LOCATION suspended/suspend/VBD sailings/sailing/NNS to/to/IN Jordan/Jordan/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)"))))
        .contains("EGY JOR 160");
  }

  @Test
  void aClauseAfterAPhraseTheParserHungLooseHasThePhraseAsItsSubject() {
    // "Brazil summoned Portugal's ambassador after border police at Lisbon airport refused entry
    // to 43 Brazilian travellers.", read with "after border police" as a phrase and "refused" as a
    // loose dependent of "summoned".
    assertThat(triples(code(new HandBuiltText().sentence(
        "Brazil/Brazil/NNP/LOCATION summoned/summon/VBD Portugal/Portugal/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN after/after/IN "
            + "border/border/NN police/police/NNS at/at/IN Lisbon/Lisbon/NNP/LOCATION airport/airport/NN refused/refuse/VBD entry/entry/NN to/to/IN "
            + "43/43/CD Brazilian/Brazilian/JJ/MISC travellers/traveller/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(8,6) compound(8,7) obl:after(2,8) case(11,9) compound(11,10) nmod:at(8,11) "
            + "dep(2,12) obj(12,13) case(17,14) nummod(17,15) amod(17,16) nmod:to(13,17) punct(2,18)"))))
        .contains("PRTCOP BRACVL 174").noneMatch(t -> t.startsWith("BRA -") || t.startsWith("BRA BRACVL"));
  }

  @Test
  void aMeansHungOnTheAccusingIsPartOfWhatIsAlleged() {
    // "Amnesty accused Italy of outsourcing pushbacks to Libya by funding its coast guard.", with
    // "by funding" hung on "accused".
    assertThat(triples(code(new HandBuiltText().sentence(
        "Amnesty/Amnesty/NNP/ORGANIZATION International/International/NNP/ORGANIZATION accused/accuse/VBD Italy/Italy/NNP/LOCATION of/of/IN "
            + "outsourcing/outsource/VBG pushbacks/pushback/NNS to/to/IN Libya/Libya/NNP/LOCATION by/by/IN funding/fund/VBG its/its/PRP$ "
            + "coast/coast/NN guard/guard/NN ././.",
        "compound(2,1) nsubj(3,2) root(0,3) obj(3,4) mark(6,5) advcl:of(3,6) obj(6,7) case(9,8) obl:to(6,9) mark(11,10) advcl:by(3,11) "
            + "nmod:poss(14,12) compound(14,13) obj(11,14) punct(3,15)"))))
        .anyMatch(t -> t.startsWith("AMNESTY ITA") && t.contains(" 112")).noneMatch(t -> t.contains(" 07"));
  }
}
