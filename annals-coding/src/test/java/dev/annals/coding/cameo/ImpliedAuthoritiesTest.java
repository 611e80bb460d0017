package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** Acts only a state does, told in the passive without their doer (cameo/implied-authorities.tsv). */
class ImpliedAuthoritiesTest {
  @Test
  void anArrestInAPlaceIsByThatStatesPolice() {
    // "Two French journalists were detained in Tehran."
    CodedArticle article = code(
        "Two/two/CD French/French/JJ/MISC journalists/journalist/NNS were/be/VBD detained/detain/VBN in/in/IN Tehran/Tehran/NNP/LOCATION ././.",
        "nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(7,6) obl:in(5,7) punct(5,8)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("IRNCOP FRAMED 173");
  }

  @Test
  void aTrialInAPlaceIsByThatStatesCourts() {
    // "Two French journalists were tried in Tehran."
    CodedArticle article = code(
        "Two/two/CD French/French/JJ/MISC journalists/journalist/NNS were/be/VBD tried/try/VBN in/in/IN Tehran/Tehran/NNP/LOCATION ././.",
        "nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(7,6) obl:in(5,7) punct(5,8)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("IRNJUD FRAMED 173");
  }

  @Test
  void aChargeToldByProsecutorsIsTheCourtsNotThePolices() {
    // "Ghanaian prosecutors said the Togolese drivers would be charged."
    CodedArticle article = code(
        "Ghanaian/Ghanaian/JJ/MISC prosecutors/prosecutor/NNS said/say/VBD the/the/DT Togolese/Togolese/JJ/MISC drivers/driver/NNS would/would/MD be/be/VB "
            + "charged/charge/VBN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) nsubj:pass(9,6) aux(9,7) aux:pass(9,8) ccomp(3,9) punct(3,10)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("GHAJUD TGOCVL 1(73|37)")).noneMatch(t -> t.startsWith("GHACOP"));
  }

  @Test
  void aDeportationToldByAStatesOfficialsIsByThatStatesGovernment() {
    // "Pakistani officials said 200 Afghans had been deported."
    CodedArticle article = code(
        "Pakistani/Pakistani/JJ/MISC officials/official/NNS said/say/VBD 200/200/CD Afghans/Afghans/NNPS/MISC had/have/VBD been/be/VBN deported/deport/VBN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) ccomp(3,8) punct(3,9)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PAKGOV AFG") && t.endsWith(" 174"));
  }

  @Test
  void aDetentionToldInARelativeClauseOfTheToldClauseIsByTheTellersState() {
    // "Ghanaian police said they questioned a Togolese who was detained on Sunday."
    CodedArticle article = code(
        "Ghanaian/Ghanaian/JJ/MISC police/police/NN said/say/VBD they/they/PRP questioned/question/VBD a/a/DT Togolese/Togolese/JJ/MISC who/who/WP "
            + "was/be/VBD detained/detain/VBN on/on/IN Sunday/Sunday/NNP ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nsubj(5,4) ccomp(3,5) det(7,6) obj(5,7) nsubj:pass(10,7) ref(7,8) aux:pass(10,9) acl:relcl(7,10) "
            + "case(12,11) obl:on(10,12) punct(3,13)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("GHACOP TGO 173");
  }

  @Test
  void aDetentionInARelativeClauseOfNoToldClauseHasNoDoer() {
    // "Ghanaian police questioned a Togolese who was detained on Sunday."
    CodedArticle article = code(
        "Ghanaian/Ghanaian/JJ/MISC police/police/NN questioned/question/VBD a/a/DT Togolese/Togolese/JJ/MISC who/who/WP "
            + "was/be/VBD detained/detain/VBN on/on/IN Sunday/Sunday/NNP ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) nsubj:pass(8,5) ref(5,6) aux:pass(8,7) acl:relcl(5,8) case(10,9) obl:on(8,10) punct(3,11)");
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 173"));
  }

  @Test
  void anActToldAgainWithAlsoIsByItsEarlierDoerAndTheStateWhoseNationalsSufferedItAsksTheirGovernment() {
    // "Libyan police deported 300 Sudanese. Chad, whose citizens were also deported, demanded an
    // explanation."
    CodedArticle article = code(new HandBuiltText()
        .sentence("Libyan/Libyan/JJ/MISC police/police/NN deported/deport/VBD 300/300/CD Sudanese/Sudanese/NNPS/MISC ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) punct(3,6)")
        .sentence("Chad/Chad/NNP/LOCATION ,/,/, whose/whose/WP$ citizens/citizen/NNS were/be/VBD also/also/RB deported/deport/VBN ,/,/, "
            + "demanded/demand/VBD an/a/DT explanation/explanation/NN ././.",
            "nsubj(9,1) punct(1,2) nmod:poss(4,3) nsubj:pass(7,4) aux:pass(7,5) advmod(7,6) acl:relcl(1,7) punct(1,8) root(0,9) det(11,10) obj(9,11) punct(9,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("LBYCOP TCDCVL 174").anyMatch(t -> t.startsWith("TCD LBYGOV 10"));
  }

  @Test
  void hearsayToldAgainWithAlsoIsNoActOfTheEarlierTeller() {
    // "Chadian radio reported clashes. Rebels are also reported to be advancing."
    CodedArticle article = code(new HandBuiltText()
        .sentence("Chadian/Chadian/JJ/MISC radio/radio/NN reported/report/VBD clashes/clash/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)")
        .sentence("Rebels/rebel/NNS are/be/VBP also/also/RB reported/report/VBN to/to/TO be/be/VB advancing/advance/VBG ././.",
            "nsubj:pass(4,1) aux:pass(4,2) advmod(4,3) root(0,4) mark(7,5) aux(7,6) xcomp(4,7) punct(4,8)"));
    assertThat(article.events()).flatExtracting(e -> e.mentions()).noneMatch(m -> m.sentence() == 1);
  }

  @Test
  void anActToldAgainWithoutAlsoHasNoDoerFromTheEarlierOne() {
    // "Libyan police deported 300 Sudanese. Forty Chadians were deported." (Whoever deported the
    // Chadians, the text does not say it was the same police.)
    CodedArticle article = code(new HandBuiltText()
        .sentence("Libyan/Libyan/JJ/MISC police/police/NN deported/deport/VBD 300/300/CD Sudanese/Sudanese/NNPS/MISC ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) punct(3,6)")
        .sentence("Forty/forty/CD Chadians/Chadians/NNPS/MISC were/be/VBD deported/deport/VBN ././.",
            "nummod(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) punct(4,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("LBYCOP SDNCVL 174").noneMatch(t -> t.contains(" TCD") && t.endsWith(" 174"));
  }

  @Test
  void theDetainedMenAreThoseTheDetentionBefell() {
    // "Libyan police detained 300 Chadian traders. The detained men were deported by Libyan authorities."
    CodedArticle article = code(new HandBuiltText()
        .sentence("Libyan/Libyan/JJ/MISC police/police/NN detained/detain/VBD 300/300/CD Chadian/Chadian/JJ/MISC traders/trader/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("The/the/DT detained/detain/VBN men/man/NNS were/be/VBD deported/deport/VBN by/by/IN Libyan/Libyan/JJ/MISC authorities/authority/NNS ././.",
            "det(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(8,6) amod(8,7) obl:agent(5,8) punct(5,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("LBYGOV TCD") && t.endsWith(" 174"));
  }

  @Test
  void aCountedPartOfPeopleNamedBeforeAndTheDetaineesAreThosePeople() {
    // "Libyan police detained 300 Chadian traders. Chile demanded access to 60 traders still held.
    // Libya freed the remaining detainees."
    CodedArticle article = code(new HandBuiltText()
        .sentence("Libyan/Libyan/JJ/MISC police/police/NN detained/detain/VBD 300/300/CD Chadian/Chadian/JJ/MISC traders/trader/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("Chad/Chad/NNP/LOCATION demanded/demand/VBD access/access/NN to/to/IN 60/60/CD traders/trader/NNS still/still/RB held/hold/VBN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) nummod(6,5) nmod:to(3,6) advmod(8,7) acl(6,8) punct(2,9)")
        .sentence("Libya/Libya/NNP/LOCATION freed/free/VBD the/the/DT remaining/remain/VBG detainees/detainee/NNS ././.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)"));
    assertThat(article.events()).extracting(e -> triple(e))
        .noneMatch(t -> t.contains(" LBYCVL ") || t.contains(" CVL ") || t.contains(" LBYBUS "))
        .anyMatch(t -> t.startsWith("LBY TCDBUS") && t.endsWith(" 0841"));
  }

  @Test
  void peopleHandedBackAreReleased() {
    // "Chinese troops detained four Indian herders. China said the herders had strayed. They were
    // handed back by Chinese border guards."
    CodedArticle article = code(new HandBuiltText()
        .sentence("Chinese/Chinese/JJ/MISC troops/troops/NNS detained/detain/VBD four/four/CD Indian/Indian/JJ/MISC herders/herder/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("China/China/NNP/LOCATION said/say/VBD the/the/DT herders/herder/NNS had/have/VBD strayed/stray/VBN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) punct(2,7)")
        .sentence("They/they/PRP were/be/VBD handed/hand/VBN back/back/RP by/by/IN Chinese/Chinese/JJ/MISC border/border/NN guards/guard/NNS ././.",
            "nsubj:pass(3,1) aux:pass(3,2) root(0,3) compound:prt(3,4) case(8,5) amod(8,6) compound(8,7) obl:agent(3,8) punct(3,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHN") && t.endsWith(" INDCVL 0841"));
  }

  @Test
  void peopleFreedWithoutADoerAreFreedByWhoTookThem() {
    // "Seven Peruvian farmers were detained by Chilean soldiers. The farmers were freed."
    CodedArticle article = code(new HandBuiltText()
        .sentence("Seven/seven/CD Peruvian/Peruvian/JJ/MISC farmers/farmer/NNS were/be/VBD detained/detain/VBN by/by/IN Chilean/Chilean/JJ/MISC soldiers/soldier/NNS ././.",
            "nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(8,6) amod(8,7) obl:agent(5,8) punct(5,9)")
        .sentence("The/the/DT farmers/farmer/NNS were/be/VBD freed/free/VBN ././.",
            "det(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) punct(4,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLMIL PERAGR 173").anyMatch(t -> t.startsWith("CHLMIL PER") && t.endsWith(" 0841"));
  }

  @Test
  void peopleFreedWhomNoOneWasToldToTakeHaveNoKnownDoer() {
    // "Seven Peruvian farmers were detained by Chilean soldiers. Two journalists were freed."
    CodedArticle article = code(new HandBuiltText()
        .sentence("Seven/seven/CD Peruvian/Peruvian/JJ/MISC farmers/farmer/NNS were/be/VBD detained/detain/VBN by/by/IN Chilean/Chilean/JJ/MISC soldiers/soldier/NNS ././.",
            "nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(8,6) amod(8,7) obl:agent(5,8) punct(5,9)")
        .sentence("Two/two/CD journalists/journalist/NNS were/be/VBD freed/free/VBN ././.",
            "nummod(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) punct(4,5)"));
    assertThat(article.events()).noneMatch(e -> e.type().code().startsWith("084"));
  }

  @Test
  void withNeitherPlaceNorOfficialTheDoerStaysUnknown() {
    // "Two French journalists were detained."
    CodedArticle article = code(
        "Two/two/CD French/French/JJ/MISC journalists/journalist/NNS were/be/VBD detained/detain/VBN ././.",
        "nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) punct(5,6)");
    assertThat(article.events()).noneMatch(e -> e.type().code().equals("173"));
  }

  @Test
  void anActNoStateAloneDoesGetsNoDoer() {
    // "Two French journalists were killed in Tehran."
    CodedArticle article = code(
        "Two/two/CD French/French/JJ/MISC journalists/journalist/NNS were/be/VBD killed/kill/VBN in/in/IN Tehran/Tehran/NNP/LOCATION ././.",
        "nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(7,6) obl:in(5,7) punct(5,8)");
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("IRN"));
  }

  @Test
  void aStateTellingOfItsPeopleTakenToAnotherStateTellsOfThatStatesAct() {
    // "Kyiv says 200 children have been deported to Russia."
    CodedArticle article = code(
        "Kyiv/Kyiv/NNP/LOCATION says/say/VBZ 200/200/CD children/child/NNS have/have/VBP been/be/VBN deported/deport/VBN to/to/TO Russia/Russia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) nsubj:pass(7,4) aux(7,5) aux:pass(7,6) ccomp(2,7) case(9,8) obl:to(7,9) punct(2,10)");
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("UKR") && t.endsWith(" 174"));
  }

  @Test
  void somethingHeldIsNoOnesDetention() {
    // "Guinea's rulers announced that elections will be held." (Read as an announced detention,
    // it would come out as a threat, 137.)
    CodedArticle article = code(
        "Guinea/Guinea/NNP/LOCATION 's/'s/POS rulers/ruler/NNS announced/announce/VBD that/that/IN elections/election/NNS will/will/MD be/be/VB held/hold/VBN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) mark(9,5) nsubj:pass(9,6) aux(9,7) aux:pass(9,8) ccomp(4,9) punct(4,10)");
    assertThat(article.events()).noneMatch(e -> e.type().code().startsWith("17") || e.type().code().startsWith("13"));
  }

  @Test
  void anArrestToldByAnUnnamedStatesMinistryAtTheSentencesEndIsByThatStatesPolice() {
    // "Chilean police fired tear gas, and 34 people were detained, the Interior Ministry said."
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC police/police/NNS fired/fire/VBD tear/tear/NN gas/gas/NN ,/,/, and/and/CC 34/34/CD people/people/NNS were/be/VBD detained/detain/VBN ,/,/, "
            + "the/the/DT Interior/Interior/NNP/ORGANIZATION Ministry/Ministry/NNP/ORGANIZATION said/say/VBD ././.",
        "amod(2,1) nsubj(3,2) root(0,3) compound(5,4) obj(3,5) punct(3,6) cc(11,7) nummod(9,8) nsubj:pass(11,9) aux:pass(11,10) conj:and(3,11) punct(11,12) "
            + "det(15,13) compound(15,14) nsubj(16,15) parataxis(11,16) punct(3,17)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLCOP CHLCVL 173");
  }

  @Test
  void peopleDeportedByNoOneNamedWereSentAwayByTheStateThatHeldThem() {
    // "Peru's navy detained the 14 activists on board, four of them Chileans, on Saturday. The four
    // Chileans were deported on Monday."
    HandBuiltText text = new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION 's/'s/POS navy/navy/NN detained/detain/VBD the/the/DT 14/14/CD activists/activist/NNS on/on/IN "
            + "board/board/NN ,/,/, four/four/CD of/of/IN them/they/PRP Chileans/Chilean/NNPS ,/,/, on/on/IN Saturday/Saturday/NNP ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,7) obl:on(4,9) punct(4,10) ccomp(4,14) punct(4,18) det(7,5) nummod(7,6) "
            + "case(9,8) det:qmod(13,11) fixed(11,12) nsubj(14,13) punct(14,15) obl:on(14,17) case(17,16)").sentence(
        "The/the/DT four/four/CD Chileans/Chilean/NNPS were/be/VBD deported/deport/VBN on/on/IN Monday/Monday/NNP ././.",
        "root(0,5) det(3,1) nummod(3,2) nsubj:pass(5,3) aux:pass(5,4) obl:on(5,7) punct(5,8) case(7,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PERGOV CHLCVL 174");
  }
}
