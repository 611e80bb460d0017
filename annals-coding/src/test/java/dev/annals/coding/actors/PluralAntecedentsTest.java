package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** An object "them" is the nearest plural subject or object before it (Pronouns). */
class PluralAntecedentsTest {
  // "Hundreds of Hezbollah supporters blocked the road."
  private static final String BLOCKADE = "Hundreds/hundred/NNS of/of/IN Hezbollah/Hezbollah/NNP/ORGANIZATION supporters/supporter/NNS blocked/block/VBD the/the/DT road/road/NN ././.";
  private static final String BLOCKADE_EDGES = "det:qmod(4,1) fixed(1,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)";

  @Test
  void themIsThePluralPhraseBefore() {
    // "Lebanese soldiers fired tear gas to disperse them."
    var article = code(new HandBuiltText().sentence(BLOCKADE, BLOCKADE_EDGES)
        .sentence("Lebanese/Lebanese/JJ/MISC soldiers/soldier/NNS fired/fire/VBD tear/tear/JJ gas/gas/NN to/to/TO disperse/disperse/VB them/them/PRP ././.",
            "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) mark(7,6) xcomp(3,7) obj(7,8) punct(3,9)"));
    // Tear gas stays repression (175) though the supporters stand for an armed group.
    assertThat(article.events()).extracting(e -> triple(e)).contains("LBNMIL HEZBOLLAH 175");
  }

  @Test
  void themIsNotWhomTheClauseIsToldToNorTheStateBodyTellingIt() {
    // "Lebanese soldiers told reporters that police had beaten them.": neither the reporters nor
    // the soldiers telling it, but the supporters before.
    var article = code(new HandBuiltText().sentence(BLOCKADE, BLOCKADE_EDGES)
        .sentence("Lebanese/Lebanese/JJ/MISC soldiers/soldier/NNS told/tell/VBD reporters/reporter/NNS that/that/IN police/police/NNS had/have/VBD "
                + "beaten/beat/VBN them/them/PRP ././.",
            "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) mark(8,5) nsubj(8,6) aux(8,7) ccomp(3,8) obj(8,9) punct(3,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.contains("MED 18")).anyMatch(t -> t.contains("HEZBOLLAH 18"));
  }

  @Test
  void themInWhatPeopleSayBefellThemIsThoseWhoSayIt() {
    // "Several of the supporters told reporters that Lebanese troops had beaten them.": the supporters.
    var article = code(new HandBuiltText().sentence(BLOCKADE, BLOCKADE_EDGES)
        .sentence("Several/several/JJ of/of/IN the/the/DT supporters/supporter/NNS told/tell/VBD reporters/reporter/NNS that/that/IN Lebanese/Lebanese/JJ/MISC "
                + "troops/troop/NNS had/have/VBD beaten/beat/VBN them/them/PRP ././.",
            "nsubj(5,1) case(4,2) det(4,3) nmod:of(1,4) root(0,5) obj(5,6) mark(11,7) amod(9,8) nsubj(11,9) aux(11,10) ccomp(5,11) obj(11,12) punct(5,13)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.contains("MED 18")).anyMatch(t -> t.contains("HEZBOLLAH 18"));
  }

  @Test
  void themIsNotTheSubjectOfItsOwnClause() {
    // "Two Ugandan diplomats met them.": not the diplomats themselves.
    var article = code(new HandBuiltText().sentence(BLOCKADE, BLOCKADE_EDGES)
        .sentence("Two/two/CD Ugandan/Ugandan/JJ/MISC diplomats/diplomat/NNS met/meet/VBD them/them/PRP ././.",
            "nummod(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("UGAGOV HEZBOLLAH 04"));
  }

  @Test
  void themAfterAPluralThingNamesNoOne() {
    // "The charges are false, and Syria rejected them.": the charges, not the supporters.
    var article = code(new HandBuiltText().sentence(BLOCKADE, BLOCKADE_EDGES)
        .sentence("The/the/DT charges/charge/NNS are/be/VBP false/false/JJ ,/,/, and/and/CC Syria/Syria/NNP/LOCATION rejected/reject/VBD them/them/PRP ././.",
            "det(2,1) nsubj(4,2) cop(4,3) root(0,4) punct(8,5) cc(8,6) nsubj(8,7) conj:and(4,8) obj(8,9) punct(4,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("SYR HEZBOLLAH"));
  }

  @Test
  void themMayBeThePassivesAgent() {
    // "Lebanese protesters were hit by Israeli soldiers after the protesters pelted them with stones."
    var article = code(new HandBuiltText().sentence("Lebanese/Lebanese/JJ/MISC protesters/protester/NNS were/be/VBD hit/hit/VBN by/by/IN Israeli/Israeli/JJ/MISC "
            + "soldiers/soldier/NNS after/after/IN the/the/DT protesters/protester/NNS pelted/pelt/VBD them/them/PRP with/with/IN stones/stone/NNS ././.",
        "amod(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) case(7,5) amod(7,6) obl:agent(4,7) mark(11,8) det(10,9) nsubj(11,10) advcl:after(4,11) obj(11,12) "
            + "case(14,13) obl:with(11,14) punct(4,15)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("LBNCVL ISRMIL"));
  }

  // "Peruvian police detained 12 Bolivians."
  private static final String DETENTION = "Peruvian/Peruvian/JJ/MISC police/police/NN detained/detain/VBD 12/12/CD Bolivians/Bolivian/NNPS/MISC ././.";
  private static final String DETENTION_EDGES = "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) punct(3,6)";
  // "Peru promised to deport the men."
  private static final String DEPORTATION = "Peru/Peru/NNP/LOCATION promised/promise/VBD to/to/TO deport/deport/VB the/the/DT men/man/NNS ././.";
  private static final String DEPORTATION_EDGES = "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) det(6,5) obj(4,6) punct(2,7)";
  // "The talks resumed."
  private static final String FILLER = "The/the/DT talks/talk/NNS resumed/resume/VBD ././.";
  private static final String FILLER_EDGES = "det(2,1) nsubj(3,2) root(0,3) punct(3,4)";

  @Test
  void theMenAreThePeopleLastNamedByAPlural() {
    var article = code(new HandBuiltText().sentence(DETENTION, DETENTION_EDGES).sentence(DEPORTATION, DEPORTATION_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PER BOLCVL 174");
  }

  @Test
  void theMenDoNotReachBackMoreThanTwoSentences() {
    var article = code(new HandBuiltText().sentence(DETENTION, DETENTION_EDGES).sentence(FILLER, FILLER_EDGES).sentence(FILLER, FILLER_EDGES)
        .sentence(DEPORTATION, DEPORTATION_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("PER BOLCVL 174"));
  }

  @Test
  void theyOpeningASentenceIsThePluralGroupThatWasTheSubjectBefore() {
    // "Peruvian farmers accused Lima of neglect. They demanded that the minister resign."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peruvian/Peruvian/JJ/MISC farmers/farmer/NNS accused/accuse/VBD Lima/Lima/NNP/LOCATION of/of/IN neglect/neglect/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:of(3,6) punct(3,7)")
        .sentence("They/they/PRP demanded/demand/VBD that/that/IN the/the/DT minister/minister/NN resign/resign/VB ././.",
            "nsubj(2,1) root(0,2) mark(6,3) det(5,4) nsubj(6,5) ccomp(2,6) punct(2,7)");
    // (A demand, 10x: "that the minister resign" is read as a demand for a change in leadership, 1041.)
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERAGR ") && t.matches(".* 10\\d*"));
  }

  @Test
  void bothStandingAloneIsThePeopleJustToldOf() {
    // "Two Bahraini exiles climbed onto the roof of the embassy. Both were arrested on Thursday,
    // police said." (the parser hangs the arrest on the saying as an adverbial clause)
    var article = code(new HandBuiltText()
        .sentence("Two/two/CD Bahraini/bahraini/JJ exiles/exile/NNS climbed/climb/VBD onto/onto/IN the/the/DT roof/roof/NN "
            + "of/of/IN the/the/DT embassy/embassy/NN ././.",
            "root(0,4) nummod(3,1) amod(3,2) nsubj(4,3) obl:onto(4,7) punct(4,11) case(7,5) det(7,6) nmod:of(7,10) case(10,8) det(10,9)")
        .sentence("Both/both/DT were/be/VBD arrested/arrest/VBN on/on/IN Thursday/Thursday/NNP ,/,/, police/police/NN "
            + "said/say/VBD ././.",
            "root(0,8) nsubj:pass(3,1) aux:pass(3,2) obl:on(3,5) advcl(8,3) punct(8,6) nsubj(8,7) punct(8,9) case(5,4)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("\\w*COP BHRREF 173"));
  }
}
