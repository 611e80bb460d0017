package dev.annals.coding;

import static dev.annals.coding.EntryBanSentences.BARRED;
import static dev.annals.coding.EntryBanSentences.BARRED_EDGES;
import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** People barred from entering a country: an administrative sanction on them, and what is said of it. */
class EntryBansTest {
  private static final LocalDate DATE = LocalDate.of(2026, 2, 18);

  @Test
  void aBanOnEnteringIsASanctionOnThoseBarred() {
    var article = code(new HandBuiltText().sentence(BARRED, BARRED_EDGES), DATE);
    assertThat(article.events()).extracting(e -> triple(e)).contains("LTU GEOJUD 172");
  }

  @Test
  void theAccusationAfterTheBanIsTheBannersOwn() {
    // "Lithuania barred 19 Georgian judges from entering the country, accusing them of jailing
    // protesters.", with "accusing" hung on "entering" as the parser may.
    var article = code(new HandBuiltText().sentence(
        "Lithuania/Lithuania/NNP/LOCATION barred/bar/VBD 19/19/CD Georgian/Georgian/JJ judges/judge/NNS from/from/IN entering/enter/VBG "
            + "the/the/DT country/country/NN ,/,/, accusing/accuse/VBG them/they/PRP of/of/IN jailing/jail/VBG protesters/protester/NNS ././.",
        "root(0,2) nsubj(2,1) obj(2,5) advcl:from(2,7) punct(2,10) dep(7,11) punct(2,16) nummod(5,3) amod(5,4) case(7,6) obj(7,9) det(9,8) "
            + "obj(11,12) obl:of(11,15) case(15,13) amod(15,14)"), DATE);
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("LTU\\w* GEOJUD 112"))
        .noneMatch(t -> t.startsWith("GEOJUD"));
  }

  @Test
  void aCountrysPeopleWhoWelcomeTheBanWelcomeTheBannerNotTheirGovernmentThatJudgedIt() {
    // "… Georgia's foreign ministry summoned Lithuania's ambassador on Tuesday and called the ban a
    // crude interference. Georgian opposition parties welcomed the ban."
    var article = code(new HandBuiltText().sentence(BARRED, BARRED_EDGES)
        .sentence("Georgia/Georgia/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN summoned/summon/VBD "
            + "Lithuania/Lithuania/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN on/on/IN Tuesday/Tuesday/NNP and/and/CC "
            + "called/call/VBD the/the/DT ban/ban/NN a/a/DT crude/crude/JJ interference/interference/NN ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:on(5,10) conj:and(5,12) punct(5,18) nsubj(12,4) "
            + "cc(12,11) xcomp(12,17) nmod:poss(8,6) case(6,7) case(10,9) det(14,13) nsubj(17,14) det(17,15) amod(17,16)")
        .sentence("Georgian/Georgian/JJ opposition/opposition/NN parties/party/NNS welcomed/welcome/VBD the/the/DT ban/ban/NN ././.",
            "root(0,4) amod(3,1) compound(3,2) nsubj(4,3) obj(4,6) punct(4,7) det(6,5)"), DATE);
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("GEOOPP LTU\\w* 051")).noneMatch(t -> t.matches("GEOOPP GEOGOV 051"));
  }
}
