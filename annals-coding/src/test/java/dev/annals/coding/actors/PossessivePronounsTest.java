package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** Whose "its" is, and whom "they" after a verb that acted on people is. */
class PossessivePronounsTest {
  @Test
  void itsOnTheSubjectOfAReportedClauseIsTheReporters() {
    // "Chile accused Peru of lying and said its navy would stop any convoy." ("Peru" is named last.)
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN lying/lie/VBG and/and/CC said/say/VBD its/its/PRP$ navy/navy/NN "
            + "would/would/MD stop/stop/VB any/any/DT convoy/convoy/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) cc(7,6) conj:and(2,7) nsubj(7,1) nmod:poss(9,8) nsubj(11,9) aux(11,10) ccomp(7,11) det(13,12) "
            + "obj(11,13) punct(2,14)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLMIL")).noneMatch(t -> t.startsWith("PERMIL"));
  }

  @Test
  void itsOnTheSubjectOfAJoinedClauseIsTheFirstClausesSubjects() {
    // "Chile's ministry criticised Peru, and its ambassador met Peru's minister." ("Peru" is named last.)
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS ministry/ministry/NN criticised/criticise/VBD Peru/Peru/NNP/LOCATION ,/,/, and/and/CC its/its/PRP$ "
            + "ambassador/ambassador/NN met/meet/VBD Peru/Peru/NNP/LOCATION 's/'s/POS minister/minister/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(10,6) cc(10,7) nmod:poss(9,8) nsubj(10,9) conj:and(4,10) nmod:poss(13,11) case(11,12) "
            + "obj(10,13) punct(4,14)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLGOV PERGOV 04")).noneMatch(t -> t.startsWith("PERGOV PERGOV"));
  }

  @Test
  void itsOnTheSubjectOfAnAdverbialClauseIsTheMainSubjects() {
    // "Chile protested to Peru after its navy seized a Peruvian trawler." ("Peru" is named last.)
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION protested/protest/VBD to/to/IN Peru/Peru/NNP/LOCATION after/after/IN its/its/PRP$ navy/navy/NN seized/seize/VBD "
            + "a/a/DT Peruvian/Peruvian/JJ trawler/trawler/NN ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) mark(8,5) nmod:poss(7,6) nsubj(8,7) advcl:after(2,8) det(11,9) amod(11,10) obj(8,11) punct(2,12)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLMIL PER")).noneMatch(t -> t.startsWith("PERMIL"));
  }

  @Test
  void itsOnTheTellerOfAClosingAttributionIsTheSubjectOfTheClauseItCloses() {
    // "Chile has suspended flights by Peru's largest airline, its aviation authority said." ("Peru" is named last.)
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION has/have/VBZ suspended/suspend/VBN flights/flight/NNS by/by/IN Peru/Peru/NNP/LOCATION 's/'s/POS largest/largest/JJS "
            + "airline/airline/NN ,/,/, its/its/PRP$ aviation/aviation/NN authority/authority/NN said/say/VBD ././.",
        "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(9,5) nmod:poss(9,6) case(6,7) amod(9,8) nmod:by(4,9) punct(3,10) nmod:poss(13,11) compound(13,12) "
            + "nsubj(14,13) parataxis(3,14) punct(3,15)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHLGOV - 010").noneMatch(t -> t.startsWith("PERGOV"));
  }

  @Test
  void itsOnTheTellerOfAnAttributionHungOnALaterClauseIsStillTheSentencesSubject() {
    // "Chile imposed bans on Peruvian officials it blames for the attack, its foreign ministry
    // said.", with "said" hung on "blames", itself hung loosely on "imposed".
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION imposed/impose/VBD bans/ban/NNS on/on/IN Peruvian/Peruvian/JJ officials/official/NNS it/it/PRP blames/blame/VBZ "
            + "for/for/IN the/the/DT attack/attack/NN ,/,/, its/its/PRP$ foreign/foreign/JJ ministry/ministry/NN said/say/VBD ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:on(2,6) nsubj(8,7) parataxis(2,8) case(11,9) det(11,10) obl:for(8,11) punct(8,12) "
            + "nmod:poss(15,13) amod(15,14) nsubj(16,15) ccomp(8,16) punct(2,17)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHLGOV - 010").noneMatch(t -> t.startsWith("PERGOV"));
  }

  @Test
  void theyActingInAClauseOfTimeOnAVerbThatActedOnPeopleIsThosePeople() {
    // "Police in Lima detained 14 people on Saturday after they rallied outside Chile's consulate."
    HandBuiltText text = new HandBuiltText().sentence(
        "Police/police/NNS in/in/IN Lima/Lima/NNP/LOCATION detained/detain/VBD 14/14/CD people/people/NNS on/on/IN Saturday/Saturday/NNP after/after/IN "
            + "they/they/PRP rallied/rally/VBD outside/outside/IN Chile/Chile/NNP/LOCATION 's/'s/POS consulate/consulate/NN ././.",
        "nsubj(4,1) case(3,2) nmod:in(1,3) root(0,4) nummod(6,5) obj(4,6) case(8,7) obl:on(4,8) mark(11,9) nsubj(11,10) advcl:after(4,11) case(15,12) "
            + "nmod:poss(15,13) case(13,14) obl:outside(11,15) punct(4,16)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PERCVL CHLGOV 141").noneMatch(t -> t.startsWith("PERCOP CHLGOV"));
  }

  @Test
  void theirOnWhatAClauseOfTimeActsOnIsThePeopleTheGoverningVerbActedOn() {
    // "Chile deported 31 Peruvian migrants after its navy intercepted their boat.": the migrants' boat.
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION deported/deport/VBD 31/31/CD Peruvian/Peruvian/JJ/MISC migrants/migrant/NNS after/after/IN its/its/PRP$ navy/navy/NN "
            + "intercepted/intercept/VBD their/their/PRP$ boat/boat/NN ././.",
        "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) mark(9,6) nmod:poss(8,7) nsubj(9,8) advcl:after(2,9) nmod:poss(11,10) obj(9,11) punct(2,12)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("CHLMIL PER\\w* 191"));
  }

  @Test
  void itsOnTheObjectOfAnAdverbialClauseOfAPluralSubjectIsTheGoverningSubjects() {
    // "Chile closed the crossing with Peru on Saturday after militiamen on the Peruvian side fired on its border guards."
    assertThat(dev.annals.coding.HandCoding.triples(dev.annals.coding.HandCoding.code("Chile/Chile/NNP/LOCATION closed/close/VBD the/the/DT crossing/crossing/NN "
            + "with/with/IN Peru/Peru/NNP/LOCATION on/on/IN Saturday/Saturday/NNP/DATE after/after/IN militiamen/militiaman/NNS on/on/IN the/the/DT "
            + "Peruvian/Peruvian/JJ/MISC side/side/NN fired/fire/VBD on/on/IN its/its/PRP$ border/border/NN guards/guard/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:with(4,6) case(8,7) obl:on(2,8) mark(15,9) nsubj(15,10) case(14,11) det(14,12) amod(14,13) "
            + "nmod:on(10,14) advcl:after(2,15) case(19,16) nmod:poss(19,17) compound(19,18) obl:on(15,19) punct(2,20)")))
        .anyMatch(t -> t.endsWith(" CHLCOP 193")).noneMatch(t -> t.contains(" PER") && t.endsWith(" 193"));
  }

  @Test
  void theirOnWhatAVerbTakesIsItsPluralSubjectsBeforeThePairOfTheStory() {
    // "India and Botswana signed a deal. Conservation groups in Botswana urged their government to halt exports."
    assertThat(code(new HandBuiltText()
        .sentence("India/India/NNP/LOCATION and/and/CC Botswana/Botswana/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)")
        .sentence("Conservation/conservation/NN groups/group/NNS in/in/IN Botswana/Botswana/NNP/LOCATION urged/urge/VBD their/they/PRP$ "
            + "government/government/NN to/to/TO halt/halt/VB exports/export/NNS ././.",
            "compound(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) nmod:poss(7,6) obj(5,7) mark(9,8) xcomp(5,9) obj(9,10) punct(5,11)")).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BWANGO BWAGOV ")).noneMatch(t -> t.startsWith("BWANGO INDGOV "));
  }

  @Test
  void itJoinedToAClauseOfPluralPeopleIsTheSubjectOfTheVerbThatClauseHangsOn() {
    // "Nigeria's ministry refused the request, saying the men were citizens, but it accused Ghana."
    assertThat(code("Nigeria/Nigeria/NNP/LOCATION 's/'s/POS ministry/ministry/NN refused/refuse/VBD the/the/DT request/request/NN ,/,/, saying/say/VBG "
        + "the/the/DT men/man/NNS were/be/VBD citizens/citizen/NNS ,/,/, but/but/CC it/it/PRP accused/accuse/VBD Ghana/Ghana/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7) mark(12,8) det(10,9) nsubj(12,10) cop(12,11) advcl:saying(4,12) "
            + "punct(16,13) cc(16,14) nsubj(16,15) advcl:saying(4,16) conj:but(12,16) obj(16,17) punct(4,18)").events())
        .extracting(e -> triple(e)).contains("NGAGOV GHA 112");
  }

  @Test
  void itsIsTheStateNamedInTheSingularBeforeTheCountryOfPeopleNamedByAPluralNoun() {
    // "Ethiopia said the Lebanese authorities had let its diplomats meet Lebanon's minister.": the
    // authorities, a plural noun, are no "it"; Ethiopia is, not Lebanon their adjective names.
    // (Told as done: a meeting Ethiopia only asked them to let happen is no event, session 77.)
    HandBuiltText text = new HandBuiltText().sentence(
        "Ethiopia/Ethiopia/NNP/LOCATION said/say/VBD the/the/DT Lebanese/Lebanese/JJ/MISC authorities/authority/NNS had/have/VBD let/let/VBN its/its/PRP$ "
            + "diplomats/diplomat/NNS meet/meet/VB Lebanon/Lebanon/NNP/LOCATION 's/'s/POS minister/minister/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) nsubj(7,5) aux(7,6) ccomp(2,7) nmod:poss(9,8) nsubj(10,9) ccomp(7,10) nmod:poss(13,11) "
            + "case(11,12) obj(10,13) punct(2,14)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ETHGOV LBNGOV 04")).noneMatch(t -> t.startsWith("LBNGOV LBNGOV"));
  }

  @Test
  void aConsulateOfTheirCountryIsTheCountryOfThoseTheirNamesNotOfTheCityItIsIn() {
    // "Ethiopian women rallied outside their country's consulate in Beirut."
    HandBuiltText text = new HandBuiltText().sentence(
        "Ethiopian/Ethiopian/JJ/MISC women/woman/NNS rallied/rally/VBD outside/outside/IN their/their/PRP$ country/country/NN 's/'s/POS "
            + "consulate/consulate/NN in/in/IN Beirut/Beirut/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(8,4) nmod:poss(6,5) nmod:poss(8,6) case(6,7) obl:outside(3,8) case(10,9) nmod:in(8,10) punct(3,11)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ETHCVL ETHGOV 14")).noneMatch(t -> t.contains(" LBN"));
  }

  @Test
  void itsAfterPeopleOfACountryIsNotAnyStateNamedInTheSingularBefore() {
    // "Moscow accused Copenhagen of piracy, warning that Russian warships would escort its
    // tankers.": Russia's tankers; Copenhagen, named in the singular, is not the sentence's subject.
    HandBuiltText text = new HandBuiltText().sentence(
        "Moscow/Moscow/NNP/LOCATION accused/accuse/VBD Copenhagen/Copenhagen/NNP/LOCATION of/of/IN piracy/piracy/NN ,/,/, warning/warn/VBG that/that/IN "
            + "Russian/Russian/JJ/MISC warships/warship/NNS would/would/MD escort/escort/VB its/its/PRP$ tankers/tanker/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:of(2,5) punct(7,6) advcl(2,7) mark(12,8) amod(10,9) nsubj(12,10) aux(12,11) ccomp(7,12) "
            + "nmod:poss(14,13) obj(12,14) punct(2,15)");
    assertThat(code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.matches("RUS\\S* DNK\\S* 03\\d*"));
  }

  @Test
  void itOpeningASentenceIsTheSubjectBeforeThoughItActsOnItsOwnAmbassador() {
    // "Congo's government denied any link. It recalled its ambassador and expelled a Gabonese
    // diplomat.": its own ambassador is no side it acts on.
    HandBuiltText text = new HandBuiltText().sentence(
        "Congo/Congo/NNP/LOCATION 's/'s/POS government/government/NN denied/deny/VBD any/any/DT link/link/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)").sentence(
        "It/it/PRP recalled/recall/VBD its/its/PRP$ ambassador/ambassador/NN and/and/CC expelled/expel/VBD a/a/DT Gabonese/Gabonese/JJ/MISC "
            + "diplomat/diplomat/NN ././.",
        "nsubj(2,1) nsubj(6,1) root(0,2) nmod:poss(4,3) obj(2,4) cc(6,5) conj:and(2,6) det(9,7) amod(9,8) obj(6,9) punct(2,10)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("CO[DG]GOV GAB\\S* 1\\d*"));
  }

  @Test
  void aCrewIsTheCraftsNamedLastNotTheSubjectsOfTheSentenceBefore() {
    // "A Chilean navy patrol boat seized a Peruvian trawler on Monday. Its 12 crew members were
    // detained in Arica." The crew is the trawler's, not the patrol boat's.
    HandBuiltText text = new HandBuiltText()
        .sentence("A/a/DT Chilean/Chilean/JJ navy/navy/NN patrol/patrol/NN boat/boat/NN seized/seize/VBD a/a/DT "
            + "Peruvian/Peruvian/JJ trawler/trawler/NN on/on/IN Monday/Monday/NNP ././.",
            "root(0,6) det(5,1) amod(5,2) compound(5,3) compound(5,4) nsubj(6,5) obj(6,9) obl:on(6,11) punct(6,12) det(9,7) "
            + "amod(9,8) case(11,10)")
        .sentence("Its/its/PRP$ 12/12/CD crew/crew/NN members/member/NNS were/be/VBD detained/detain/VBN in/in/IN "
            + "Arica/Arica/NNP/LOCATION ././.",
            "root(0,6) nmod:poss(4,1) nummod(4,2) compound(4,3) nsubj:pass(6,4) aux:pass(6,5) obl:in(6,8) punct(6,9) "
            + "case(8,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" PERCVL 173")).noneMatch(t -> t.endsWith(" CHLCVL 173"));
  }
}
