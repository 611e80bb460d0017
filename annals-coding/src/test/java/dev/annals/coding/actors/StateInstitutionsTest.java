package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.coding.knowledge.KnowledgeFileException;
import dev.annals.model.CodedArticle;
import dev.annals.model.Quote;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * States' named institutions of actors/institutions.tsv: "the Knesset" is ISRLEG, "the FSB"
 * RUSSPY, "Xinhua" CHNMED, "the Pentagon" USAMIL, whoever the phrase says owns them.
 */
class StateInstitutionsTest {
  private static List<String> triples(String tokens, String edges) {
    return code(tokens, edges).events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void aLegislatureByItsOwnNameIsItsCountrysLegislature() {
    // "The Knesset criticised Iran."
    assertThat(triples("The/the/DT Knesset/Knesset/NNP/ORGANIZATION criticised/criticise/VBD Iran/Iran/NNP/LOCATION ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"))
        .contains("ISRLEG IRN 111");
  }

  @Test
  void anIntelligenceServiceByItsAcronymIsItsCountrysIntelligence() {
    // "The FSB accused Ukraine." and, with dots, "The C.I.A. accused Russia."
    assertThat(triples("The/the/DT FSB/FSB/NNP/ORGANIZATION accused/accuse/VBD Ukraine/Ukraine/NNP/LOCATION ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"))
        .contains("RUSSPY UKR 112");
    assertThat(triples("The/the/DT C.I.A./C.I.A./NNP/ORGANIZATION accused/accuse/VBD Russia/Russia/NNP/LOCATION ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"))
        .contains("USASPY RUS 112");
  }

  @Test
  void aForeignMinistryByItsOwnNameIsItsCountrysGovernment() {
    // "Global Affairs Canada said", Canada's foreign ministry by the name it goes by.
    ActorDictionary dictionary = ActorDictionary.load();
    assertThat(dictionary.match("Global Affairs Canada")).map(m -> m.actor().code()).contains("CANGOV");
  }

  @Test
  void anAcronymMatchesOnlyInCapitalsAndANameOnlyWithACapital() {
    ActorDictionary dictionary = ActorDictionary.load();
    assertThat(dictionary.match("Mossad")).map(m -> m.actor().code()).contains("ISRSPY");
    assertThat(dictionary.match("mossad")).isEmpty();
    assertThat(dictionary.match("the pentagon")).isEmpty();
    assertThat(dictionary.match("Rt")).isEmpty();
    assertThat(dictionary.match("RT")).map(m -> m.actor().code()).contains("RUSMED");
  }

  @Test
  void aMovementThatFightsOrRivalsOneStateIsThatStatesRebelsOrOpposition() {
    ActorDictionary dictionary = ActorDictionary.load();
    assertThat(dictionary.match("Movement of Democratic Forces of Casamance")).map(m -> m.actor().code()).contains("SENREB");
    assertThat(dictionary.match("MFDC")).map(m -> m.actor().code()).contains("SENREB");
    assertThat(dictionary.match("People's Defence Force")).map(m -> m.actor().code()).contains("MMRREB");
    assertThat(dictionary.match("National Unity Government")).map(m -> m.actor().code()).contains("MMROPP");
  }

  @Test
  void theNationsOfTheUnitedKingdomAreBritishByTheirAdjectives() {
    ActorDictionary dictionary = ActorDictionary.load();
    assertThat(dictionary.match("Scottish")).map(m -> m.actor().code()).contains("GBR");
    assertThat(dictionary.match("Welsh")).map(m -> m.actor().code()).contains("GBR");
  }

  private static Quote onlyQuote(CodedArticle article) {
    assertThat(article.quotes()).hasSize(1);
    return article.quotes().get(0);
  }

  @Test
  void aStateNewsAgencyThatSpeaksIsItsCountrysMedia() {
    // "Xinhua said the talks were productive."
    CodedArticle xinhua = code("Xinhua/Xinhua/NNP/ORGANIZATION said/say/VBD the/the/DT talks/talk/NNS were/be/VBD productive/productive/JJ ././.",
        "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) cop(6,5) ccomp(2,6) punct(2,7)");
    assertThat(onlyQuote(xinhua).speaker()).map(s -> s.actor().code()).contains("CHNMED");
    // "State news agency KCNA said the test was a success."
    CodedArticle kcna = code("State/state/NN news/news/NN agency/agency/NN KCNA/KCNA/NNP/ORGANIZATION said/say/VBD the/the/DT test/test/NN "
        + "was/be/VBD a/a/DT success/success/NN ././.",
        "compound(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) nsubj(10,7) cop(10,8) det(10,9) ccomp(5,10) punct(5,11)");
    assertThat(onlyQuote(kcna).speaker()).map(s -> s.actor().code()).contains("PRKMED");
  }

  @Test
  void thePentagonIsTheUsMilitaryAndItsOfficialsToo() {
    // "The Pentagon accused China." and "Pentagon officials accused China."
    assertThat(triples("The/the/DT Pentagon/Pentagon/NNP/ORGANIZATION accused/accuse/VBD China/China/NNP/LOCATION ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"))
        .contains("USAMIL CHN 112").noneMatch(t -> t.startsWith("USAGOV"));
    assertThat(triples("Pentagon/Pentagon/NNP/ORGANIZATION officials/official/NNS accused/accuse/VBD China/China/NNP/LOCATION ././.",
        "compound(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"))
        .contains("USAMIL CHN 112");
  }

  @Test
  void theStateDepartmentStaysTheUsGovernmentAndTheKremlinRussias() {
    // "The State Department accused the Kremlin."
    assertThat(triples("The/the/DT State/State/NNP/ORGANIZATION Department/Department/NNP/ORGANIZATION accused/accuse/VBD the/the/DT "
        + "Kremlin/Kremlin/NNP/ORGANIZATION ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)"))
        .contains("USAGOV RUSGOV 112");
  }

  @Test
  void theVaticanIsTheCityStateItselfAsTheHolySeeIs() {
    // "China criticised the Vatican.": a capital spelt like its country is the country, as Singapore is.
    assertThat(triples("China/China/NNP/LOCATION criticised/criticise/VBD the/the/DT Vatican/Vatican/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"))
        .contains("CHN VAT 111");
  }

  @Test
  void aPossessorOrAdjectiveOfTheSameCountryLeavesTheInstitutionItsOwn() {
    // "Russia's FSB accused Ukraine."
    assertThat(triples("Russia/Russia/NNP/LOCATION 's/'s/POS FSB/FSB/NNP/ORGANIZATION accused/accuse/VBD Ukraine/Ukraine/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"))
        .contains("RUSSPY UKR 112");
    // "The Israeli Knesset criticised Iran."
    assertThat(triples("The/the/DT Israeli/Israeli/JJ/MISC Knesset/Knesset/NNP/ORGANIZATION criticised/criticise/VBD Iran/Iran/NNP/LOCATION ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"))
        .contains("ISRLEG IRN 111");
    // "The Israeli Mossad accused Iran.": no sector word helps here.
    assertThat(triples("The/the/DT Israeli/Israeli/JJ/MISC Mossad/Mossad/NNP/ORGANIZATION accused/accuse/VBD Iran/Iran/NNP/LOCATION ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"))
        .contains("ISRSPY IRN 112");
    // "Iran's Revolutionary Court accused Britain."
    assertThat(triples("Iran/Iran/NNP/LOCATION 's/'s/POS Revolutionary/Revolutionary/NNP/ORGANIZATION Court/Court/NNP/ORGANIZATION "
        + "accused/accuse/VBD Britain/Britain/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"))
        .contains("IRNJUD GBR 112");
  }

  @Test
  void aPossessorOfAnotherCountryDoesNotTakeTheInstitution() {
    // "Turkey's Mossad accused Iran." (made up): the Mossad is Israel's whatever the text says.
    assertThat(triples("Turkey/Turkey/NNP/LOCATION 's/'s/POS Mossad/Mossad/NNP/ORGANIZATION accused/accuse/VBD Iran/Iran/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"))
        .contains("ISRSPY IRN 112").noneMatch(t -> t.startsWith("TUR"));
  }

  @Test
  void aPersonOfTheInstitutionAnnalsDoesNotKnowIsTheInstitution() {
    // "Pentagon spokeswoman Jane Harlow accused China." (a made-up name): a spokeswoman alone
    // would be the government's.
    assertThat(code("Pentagon/Pentagon/NNP/ORGANIZATION spokeswoman/spokeswoman/NN Jane/Jane/NNP/PERSON Harlow/Harlow/NNP/PERSON accused/accuse/VBD "
        + "China/China/NNP/LOCATION ././.",
        "compound(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)").events())
        .extracting(e -> e.source().code() + " " + e.source().name()).contains("USAMIL Jane Harlow");
  }

  private static ActorDictionary withInstitutions(String lines) {
    String file = "# name, aliases, country, sector\n" + lines;
    return ActorDictionary.load().withInstitutions("test-institutions.tsv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aBadLineNamesTheFileTheLineAndTheProblem() {
    assertThatThrownBy(() -> withInstitutions("Ruritanian Guard\tRG\tRUR\tMIL\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("test-institutions.tsv line 2").hasMessageContaining("'RUR'");
    assertThatThrownBy(() -> withInstitutions("Ruritanian Guard\tRG\tCHL\tCVL\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 2").hasMessageContaining("sector 'CVL'");
    assertThatThrownBy(() -> withInstitutions("Ruritanian Guard\tRG\tCHL\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 2").hasMessageContaining("expected at least 4");
  }

  @Test
  void aNameAnotherFileHasIsRefused() {
    assertThatThrownBy(() -> withInstitutions("Ruritanian Guard\tNATO\tCHL\tMIL\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 2").hasMessageContaining("'NATO' already names the organisation");
    assertThatThrownBy(() -> withInstitutions("Ruritanian Guard\tthe Kremlin\tCHL\tMIL\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("'the Kremlin' already names a seat of government of Russia");
    assertThatThrownBy(() -> withInstitutions("Ruritanian Guard\tLikud\tCHL\tMIL\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("'Likud' already names the party Likud");
    assertThatThrownBy(() -> withInstitutions("Ruritanian Guard\tBortnikov\tCHL\tMIL\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("'Bortnikov' already names the office holder Alexander Bortnikov");
    assertThatThrownBy(() -> withInstitutions("Ruritanian Guard\tRG\tCHL\tMIL\nRuritanian Gazette\tRG\tCHL\tMED\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 3").hasMessageContaining("'RG' already names the institution Ruritanian Guard (CHLMIL)");
  }

  @Test
  void aGoodFileLoadsInPlaceOfTheShippedOne() {
    ActorDictionary dictionary = withInstitutions("Ruritanian Guard\tRG|Guardia Ruritana\tCHL\tMIL\n");
    assertThat(dictionary.match("Guardia Ruritana")).map(m -> m.actor().code()).contains("CHLMIL");
    assertThat(dictionary.match("RG")).map(m -> m.actor().code()).contains("CHLMIL");
    assertThat(dictionary.match("Mossad")).isEmpty();
  }

  @Test
  void aBreakawayRegionIsItsStatesSeparatistsAndAnotherSideThanTheState() {
    // "Transnistria accused Moldova of blocking fuel shipments." The region's authorities are
    // Moldova's separatists, and Moldova is the other side, not the region's own country.
    assertThat(triples("Transnistria/Transnistria/NNP/LOCATION accused/accuse/VBD Moldova/Moldova/NNP/LOCATION of/of/IN blocking/block/VBG fuel/fuel/NN shipments/shipment/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(7,4) amod(7,5) compound(7,6) obl:of(2,7) punct(2,8)"))
        .contains("MDASEP MDA 112");
    // "The Transnistrian leader criticised Moldova.": the region's adjective names its authorities.
    assertThat(triples("The/the/DT Transnistrian/Transnistrian/JJ/MISC leader/leader/NN criticised/criticise/VBD Moldova/Moldova/NNP/LOCATION ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"))
        .contains("MDASEP MDA 111");
  }

  @Test
  void aStatesOwnPeopleAreNotAnotherSideThanTheState() {
    // "Ghana urged its traders to leave.": the state's dealings with its own business, no relation.
    assertThat(triples("Ghana/Ghana/NNP/LOCATION urged/urge/VBD Ghanaian/Ghanaian/JJ/MISC traders/trader/NNS to/to/TO leave/leave/VB ././.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) mark(6,5) xcomp(2,6) punct(2,7)"))
        .doesNotContain("GHA GHABUS 020", "GHA GHABUS 0253");
  }
}
