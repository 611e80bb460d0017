package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Asylum seekers flown out, lawmakers walking out of their parliament, and a named body that speaks for refugees. */
class DeportationFlightsAndWalkoutsTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 5, 19);

  @Test
  void asylumSeekersFlownToAStateAreDeportedAndLawmakersWhoLeaveAParliamentSitInIt() {
    // "The Netherlands flew 14 rejected asylum seekers to Uganda on Thursday, the Dutch migration
    // ministry said. The Dutch migration minister said the Dutch government would defend the
    // flights in court. Opposition lawmakers walked out of Uganda's parliament on Saturday and
    // accused the government of trading the country's dignity for Dutch aid."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT Netherlands/Netherlands/NNP/LOCATION flew/fly/VBD 14/14/CD rejected/reject/VBN asylum/asylum/NN seekers/seeker/NNS "
            + "to/to/IN Uganda/Uganda/NNP/LOCATION on/on/IN Thursday/Thursday/NNP ,/,/, the/the/DT Dutch/dutch/JJ migration/migration/NN "
            + "ministry/ministry/NN said/say/VBD ././.",
        "root(0,3) det(2,1) nsubj(3,2) obj(3,7) obl:to(3,9) obl:on(3,11) punct(3,12) parataxis(3,17) punct(3,18) nummod(7,4) amod(7,5) "
            + "compound(7,6) case(9,8) case(11,10) det(16,13) amod(16,14) compound(16,15) nsubj(17,16)").sentence(
        "The/the/DT Dutch/dutch/JJ migration/migration/NN minister/minister/NN said/say/VBD the/the/DT Dutch/dutch/JJ "
            + "government/government/NN would/would/MD defend/defend/VB the/the/DT flights/flight/NNS in/in/IN court/court/NN ././.",
        "root(0,5) det(4,1) amod(4,2) compound(4,3) nsubj(5,4) ccomp(5,10) punct(5,15) det(8,6) amod(8,7) nsubj(10,8) aux(10,9) obj(10,12) "
            + "obl:in(10,14) det(12,11) case(14,13)").sentence(
        "Opposition/opposition/NN lawmakers/lawmaker/NNS walked/walk/VBD out/out/IN of/of/IN Uganda/Uganda/NNP/LOCATION 's/'s/POS "
            + "parliament/parliament/NN on/on/IN Saturday/Saturday/NNP and/and/CC accused/accuse/VBD the/the/DT government/government/NN of/of/IN "
            + "trading/trade/VBG the/the/DT country/country/NN 's/'s/POS dignity/dignity/NN for/for/IN Dutch/dutch/JJ aid/aid/NN ././.",
        "root(0,3) compound(2,1) nsubj(3,2) obl:out_of(3,8) obl:on(3,10) conj:and(3,12) punct(3,24) nsubj(12,2) cc(12,11) obj(12,14) "
            + "obl:of(12,16) case(8,4) nmod:poss(8,6) fixed(4,5) case(6,7) case(10,9) det(14,13) case(16,15) obj(16,20) det(18,17) case(18,19) "
            + "nmod:poss(20,18) nmod:for(20,23) case(23,21) amod(23,22)"), TUESDAY);
    assertThat(article.events()).extracting(e -> triple(e)).contains("NLD UGA 174", "UGALEG UGAGOV 140", "UGALEG UGAGOV 112")
        .noneMatch(t -> t.startsWith("NLDLEG"));
  }

  @Test
  void leavingARoomIsNoWalkout() {
    // "The minister walked out of the room on Saturday and accused Uganda of lying."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT minister/minister/NN walked/walk/VBD out/out/IN of/of/IN the/the/DT room/room/NN on/on/IN Saturday/Saturday/NNP "
            + "and/and/CC accused/accuse/VBD Uganda/Uganda/NNP/LOCATION of/of/IN lying/lie/VBG ././.",
        "root(0,3) det(2,1) nsubj(3,2) obl:out_of(3,7) obl:on(3,9) conj:and(3,11) punct(3,15) nsubj(11,2) cc(11,10) obj(11,12) "
            + "obl:of(11,14) case(7,4) det(7,6) fixed(4,5) case(9,8) case(14,13)"), TUESDAY);
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 140"));
  }

  @Test
  void aCountrysCouncilForRefugeesIsItsNonGovernmentalOrganisation() {
    // "On Monday, the Dutch Council for Refugees asked a court in The Hague to halt further flights."
    var article = code(new HandBuiltText().sentence(
        "On/on/IN Monday/Monday/NNP ,/,/, the/the/DT Dutch/Dutch/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION for/for/IN/ORGANIZATION "
            + "Refugees/Refugees/NNPS/ORGANIZATION asked/ask/VBD a/a/DT court/court/NN in/in/IN The/the/DT/LOCATION Hague/Hague/NNP/LOCATION "
            + "to/to/TO halt/halt/VB further/further/JJ flights/flight/NNS ././.",
        "root(0,9) case(2,1) obl:on(9,2) punct(9,3) nsubj(9,6) obj(9,11) xcomp(9,16) punct(9,19) det(6,4) compound(6,5) nmod:for(6,8) "
            + "case(8,7) det(11,10) nmod:in(11,14) nsubj:xsubj(16,11) mark(16,15) obj(16,18) case(14,12) det(14,13) amod(18,17)"), TUESDAY);
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("NLDNGO NLDJUD 02"));
  }
}
