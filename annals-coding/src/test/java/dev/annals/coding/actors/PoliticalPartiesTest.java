package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.HandCoding;
import dev.annals.coding.knowledge.KnowledgeFileException;
import dev.annals.model.CodedArticle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parties of actors/parties.tsv: their country's government while they govern, its opposition
 * otherwise, unless the phrase itself says "ruling" or "opposition".
 */
class PoliticalPartiesTest {
  private static final LocalDate WHILE_AWAMI_LEAGUE_GOVERNED = LocalDate.of(2023, 5, 10);
  private static final LocalDate AFTER_HASINA_FELL = LocalDate.of(2025, 1, 10);

  private static CodedArticle code(HandBuiltText text, LocalDate day) {
    return HandCoding.coder().code(text.build(day), day, "given");
  }

  private static List<String> triples(HandBuiltText text, LocalDate day) {
    return code(text, day).events().stream().map(e -> triple(e)).toList();
  }

  /** "The Awami League criticised India." */
  private static HandBuiltText awamiLeagueCriticisedIndia() {
    return new HandBuiltText().sentence(
        "The/the/DT Awami/Awami/NNP/ORGANIZATION League/League/NNP/ORGANIZATION criticised/criticise/VBD India/India/NNP/LOCATION ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)");
  }

  @Test
  void aPartyIsTheGovernmentWhileItGovernsAndTheOppositionAfter() {
    assertThat(triples(awamiLeagueCriticisedIndia(), WHILE_AWAMI_LEAGUE_GOVERNED)).contains("BGDGOV IND 111");
    assertThat(triples(awamiLeagueCriticisedIndia(), AFTER_HASINA_FELL)).contains("BGDOPP IND 111").noneMatch(t -> t.startsWith("BGDGOV"));
  }

  @Test
  void anAcronymAndAnotherSpellingNameTheParty() {
    // "Zanu-PF criticised the ANC."
    var text = new HandBuiltText().sentence("Zanu-PF/Zanu-PF/NNP/ORGANIZATION criticised/criticise/VBD the/the/DT ANC/ANC/NNP/ORGANIZATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(triples(text, AFTER_HASINA_FELL)).contains("ZWEGOV ZAFGOV 111");
  }

  @Test
  void aPersonsPartyIsThePartyNotThePerson() {
    // "Hasina's Awami League criticised India.", with "Awami" tagged a person's name.
    var text = new HandBuiltText().sentence(
        "Hasina/Hasina/NNP/PERSON 's/'s/POS Awami/Awami/NNP/PERSON League/League/NNP/ORGANIZATION criticised/criticise/VBD India/India/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)");
    assertThat(code(text, AFTER_HASINA_FELL).events()).extracting(e -> e.source().code() + " " + e.source().name()).contains("BGDOPP Awami League");
  }

  @Test
  void thePhrasesOwnWordWinsOverTheFile() {
    // "The opposition ANC criticised India." and "The ruling Awami League criticised India."
    var opposition = new HandBuiltText().sentence("The/the/DT opposition/opposition/NN ANC/ANC/NNP/ORGANIZATION criticised/criticise/VBD India/India/NNP/LOCATION ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)");
    assertThat(triples(opposition, AFTER_HASINA_FELL)).contains("ZAFOPP IND 111");
    var ruling = new HandBuiltText().sentence(
        "The/the/DT ruling/rule/VBG Awami/Awami/NNP/ORGANIZATION League/League/NNP/ORGANIZATION criticised/criticise/VBD India/India/NNP/LOCATION ././.",
        "det(4,1) amod(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)");
    assertThat(triples(ruling, AFTER_HASINA_FELL)).contains("BGDGOV IND 111");
  }

  @Test
  void formerRulingLeavesTheFilesStanding() {
    // "The former ruling Awami League criticised India."
    var text = new HandBuiltText().sentence(
        "The/the/DT former/former/JJ ruling/rule/VBG Awami/Awami/NNP/ORGANIZATION League/League/NNP/ORGANIZATION criticised/criticise/VBD India/India/NNP/LOCATION ././.",
        "det(5,1) amod(5,2) amod(5,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)");
    assertThat(triples(text, AFTER_HASINA_FELL)).contains("BGDOPP IND 111");
  }

  @Test
  void thePartyAndPartyLeadersReferBackToTheRulingParty() {
    // "The ruling ANC criticised India. The party demonstrated. Party leaders demonstrated."
    var text = new HandBuiltText()
        .sentence("The/the/DT ruling/rule/VBG ANC/ANC/NNP/ORGANIZATION criticised/criticise/VBD India/India/NNP/LOCATION ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("The/the/DT party/party/NN demonstrated/demonstrate/VBD ././.", "det(2,1) nsubj(3,2) root(0,3) punct(3,4)")
        .sentence("Party/party/NN leaders/leader/NNS demonstrated/demonstrate/VBD ././.", "compound(2,1) nsubj(3,2) root(0,3) punct(3,4)");
    assertThat(code(text, AFTER_HASINA_FELL).events()).extracting(e -> e.source().code()).containsOnly("ZAFGOV");
  }

  @Test
  void aPartyMemberAnnalsDoesNotKnowStandsWithThePartyAndAKnownOneKeepsTheirOffice() {
    // "Awami League leader Obaidul Quader criticised India." and "ANC leader Cyril Ramaphosa criticised India."
    var unknown = new HandBuiltText().sentence(
        "Awami/Awami/NNP/ORGANIZATION League/League/NNP/ORGANIZATION leader/leader/NN Obaidul/Obaidul/NNP/PERSON Quader/Quader/NNP/PERSON "
            + "criticised/criticise/VBD India/India/NNP/LOCATION ././.",
        "compound(5,1) compound(5,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)");
    assertThat(code(unknown, AFTER_HASINA_FELL).events()).extracting(e -> e.source().code() + " " + e.source().name()).contains("BGDOPP Obaidul Quader");
    var known = new HandBuiltText().sentence(
        "Likud/Likud/NNP/ORGANIZATION leader/leader/NN Benjamin/Benjamin/NNP/PERSON Netanyahu/Netanyahu/NNP/PERSON criticised/criticise/VBD India/India/NNP/LOCATION ././.",
        "compound(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)");
    assertThat(code(known, AFTER_HASINA_FELL).events()).extracting(e -> e.source().code() + " " + e.source().name()).contains("ISRGOV Benjamin Netanyahu");
  }

  @Test
  void aGovernmentOfficeHolderAndTheRulingPartyAreTwoActors() {
    // "Ramaphosa criticised the ruling ANC.": both are ZAFGOV, and still one criticises the other.
    var text = new HandBuiltText().sentence("Ramaphosa/Ramaphosa/NNP/PERSON criticised/criticise/VBD the/the/DT ruling/rule/VBG ANC/ANC/NNP/ORGANIZATION ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)");
    assertThat(triples(text, AFTER_HASINA_FELL)).contains("ZAFGOV ZAFGOV 111");
  }

  @Test
  void aLongerPartyNameWinsOverAnotherPartysNameItBeginsWith() {
    // "The Democratic Alliance of Hungarians in Romania criticised Hungary." (November 2025, when
    // it sat in Romania's government): not South Africa's Democratic Alliance.
    HandBuiltText text = new HandBuiltText().sentence(
        "The/the/DT Democratic/Democratic/NNP/ORGANIZATION Alliance/Alliance/NNP/ORGANIZATION of/of/IN/ORGANIZATION Hungarians/Hungarians/NNPS/ORGANIZATION "
            + "in/in/IN/ORGANIZATION Romania/Romania/NNP/ORGANIZATION criticised/criticise/VBD Hungary/Hungary/NNP/LOCATION ././.",
        "det(3,1) compound(3,2) nsubj(8,3) case(5,4) nmod:of(3,5) case(7,6) nmod:in(5,7) root(0,8) obj(8,9) punct(8,10)");
    assertThat(triples(text, LocalDate.of(2025, 11, 28))).contains("ROUGOV HUN 111").noneMatch(t -> t.startsWith("ZAF"));
  }

  @Test
  void aPartyNameInLowerCaseIsNoParty() {
    assertThat(ActorDictionary.load().match("law and justice", AFTER_HASINA_FELL)).isEmpty();
    assertThat(ActorDictionary.load().match("Law and Justice", AFTER_HASINA_FELL)).map(m -> m.actor().code()).contains("POLOPP");
  }

  private static ActorDictionary withParties(String lines) {
    String file = "# name, aliases, country, from, to\n" + lines;
    return ActorDictionary.load().withParties("test-parties.tsv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aBadLineNamesTheFileTheLineAndTheProblem() {
    assertThatThrownBy(() -> withParties("Ruritanian Party\tRP\tCHL\t2009-13-01\t-\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("test-parties.tsv line 2").hasMessageContaining("2009-13-01");
    assertThatThrownBy(() -> withParties("Ruritanian Party\tRP\tCHL\t2009\t2001\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 2").hasMessageContaining("before it enters");
    assertThatThrownBy(() -> withParties("Ruritanian Party\tRP\tRUR\t2009\t-\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 2").hasMessageContaining("'RUR'");
    assertThatThrownBy(() -> withParties("Ruritanian Party\tNATO\tCHL\t2009\t-\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 2").hasMessageContaining("'NATO' already names");
    assertThatThrownBy(() -> withParties("Ruritanian Party\tRP\tCHL\t2009\t-\nRuritanian Front\tRP\tCHL\t-\t-\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 3").hasMessageContaining("'RP' already names the party Ruritanian Party (CHL)");
    assertThatThrownBy(() -> withParties("Ruritanian Party\tRP\tCHL\n"))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("line 2").hasMessageContaining("expected at least 5");
  }

  @Test
  void aGoodFileLoads() {
    ActorDictionary dictionary = withParties("Ruritanian Party\tRP|Partido Ruritano\tCHL\t2009-01-06\t2024-08-05\nRuritanian Party\t-\tCHL\t2026\t-\n");
    assertThat(dictionary.match("Partido Ruritano", LocalDate.of(2024, 8, 5))).map(m -> m.actor().code()).contains("CHLGOV");
    assertThat(dictionary.match("RP", LocalDate.of(2024, 8, 6))).map(m -> m.actor().code()).contains("CHLOPP");
    assertThat(dictionary.match("RP", LocalDate.of(2026, 1, 1))).map(m -> m.actor().code()).contains("CHLGOV");
  }

  @Test
  void aPartysSupportersStandForTheParty() {
    // "Police arrested Awami League supporters."
    var text = new HandBuiltText().sentence(
        "Police/police/NNS arrested/arrest/VBD Awami/Awami/NNP/ORGANIZATION League/League/NNP/ORGANIZATION supporters/supporter/NNS ././.",
        "nsubj(2,1) root(0,2) compound(4,3) compound(5,4) obj(2,5) punct(2,6)");
    assertThat(code(text, AFTER_HASINA_FELL).events()).extracting(e -> e.target().map(t -> t.code()).orElse("-")).contains("BGDOPP");
  }

  @Test
  void warringPartiesAreNoPoliticalParties() {
    // "Chile urged the warring parties in Peru to talk."
    List<String> coded = triples(new HandBuiltText().sentence("Chile/Chile/NNP/LOCATION urged/urge/VBD the/the/DT warring/warring/JJ parties/party/NNS "
            + "in/in/IN Peru/Peru/NNP/LOCATION to/to/TO talk/talk/VB ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) case(7,6) nmod:in(5,7) mark(9,8) xcomp(2,9) punct(2,10)"), AFTER_HASINA_FELL);
    assertThat(coded).noneMatch(t -> t.contains("PTY"));
  }

  @Test
  void anUnknownNameWordBeforeAPartysNameMakesTheNameOfAnotherBody() {
    // "The opposition Civil Democratic Movement in Cairo criticised Kuwait.": Egypt's, not
    // France's Democratic Movement (MoDem) of parties.tsv.
    List<String> coded = triples(new HandBuiltText().sentence(
        "The/the/DT opposition/opposition/NN Civil/Civil/NNP/ORGANIZATION Democratic/Democratic/NNP/ORGANIZATION Movement/Movement/NNP/ORGANIZATION "
            + "in/in/IN Cairo/Cairo/NNP/LOCATION criticised/criticise/VBD Kuwait/Kuwait/NNP/LOCATION ././.",
        "det(5,1) compound(5,2) compound(5,3) compound(5,4) nsubj(8,5) case(7,6) nmod:in(5,7) root(0,8) obj(8,9) punct(8,10)"), AFTER_HASINA_FELL);
    assertThat(coded).noneMatch(t -> t.startsWith("FRA")).anyMatch(t -> t.startsWith("EGYOPP KWT 11"));
  }
}
