package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Flights suspended by whose airline, rights under review as a threat, travellers who protest, controls tightened (verbs.tsv, sectors.tsv). */
class FlightsRightsAndTravellersTest {
  @Test
  void flightsSuspendedAreCutWithTheAirlineThatFliesThem() {
    // "Chile has suspended flights to Santiago by Peru's largest airline." (Santiago, where they fly, is Chile's own.)
    assertThat(triples(code(
        "Chile/Chile/NNP/LOCATION has/have/VBZ suspended/suspend/VBN flights/flight/NNS to/to/IN Santiago/Santiago/NNP/LOCATION by/by/IN "
            + "Peru/Peru/NNP/LOCATION 's/'s/POS largest/largest/JJS airline/airline/NN ././.",
        "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(6,5) nmod:to(4,6) case(11,7) nmod:poss(11,8) case(8,9) amod(11,10) nmod:by(4,11) punct(3,12)")))
        .contains("CHL PERBUS 160");
  }

  @Test
  void rightsPutUnderReviewIfABanStaysAreAThreatToTheCarriersThatHoldThem() {
    // "Peru's transport minister said Lima would review the landing rights of Chilean carriers if the ban was not lifted."
    assertThat(triples(code(
        "Peru/Peru/NNP/LOCATION 's/'s/POS transport/transport/NN minister/minister/NN said/say/VBD Lima/Lima/NNP/LOCATION would/would/MD review/review/VB "
            + "the/the/DT landing/landing/NN rights/right/NNS of/of/IN Chilean/Chilean/JJ carriers/carrier/NNS if/if/IN the/the/DT ban/ban/NN was/be/VBD "
            + "not/not/RB lifted/lift/VBN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) nsubj(8,6) aux(8,7) ccomp(5,8) det(11,9) compound(11,10) obj(8,11) case(14,12) "
            + "amod(14,13) nmod:of(11,14) mark(20,15) det(17,16) nsubj:pass(20,17) aux:pass(20,18) advmod(20,19) advcl:if(8,20) punct(5,21)")))
        .contains("PERGOV CHLBUS 131");
  }

  @Test
  void strandedTravellersWhoProtestAreCiviliansOfThePlace() {
    // "Dozens of stranded travellers protested outside Chile's consulate in Lima."
    assertThat(triples(code(
        "Dozens/dozen/NNS of/of/IN stranded/strand/VBN travellers/traveller/NNS protested/protest/VBD outside/outside/IN Chile/Chile/NNP/LOCATION "
            + "'s/'s/POS consulate/consulate/NN in/in/IN Lima/Lima/NNP/LOCATION ././.",
        "det:qmod(4,1) fixed(1,2) amod(4,3) nsubj(5,4) root(0,5) case(9,6) nmod:poss(9,7) case(7,8) obl:outside(5,9) case(11,10) nmod:in(9,11) "
            + "punct(5,12)")))
        .contains("PERCVL CHLGOV 141");
  }

  @Test
  void controlsTightenedOverNoOneAreNoRepression() {
    // "Chile's border agency said it had tightened controls."
    assertThat(triples(code(
        "Chile/Chile/NNP/LOCATION 's/'s/POS border/border/NN agency/agency/NN said/say/VBD it/it/PRP had/have/VBD tightened/tighten/VBN controls/control/NNS ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) nsubj(8,6) aux(8,7) ccomp(5,8) obj(8,9) punct(5,10)")))
        .contains("CHLGOV - 010").noneMatch(t -> t.endsWith("1721"));
  }

  @Test
  void suspendingTheWorkOfAnotherStatesCentreSanctionsThatState() {
    // "Tajikistan suspended the work of an Iranian cultural centre."
    assertThat(code("Tajikistan/Tajikistan/NNP/LOCATION suspended/suspend/VBD the/the/DT work/work/NN of/of/IN an/a/DT Iranian/Iranian/JJ/MISC "
            + "cultural/cultural/JJ centre/centre/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(9,5) det(9,6) amod(9,7) amod(9,8) nmod:of(4,9) punct(2,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("TJK") && t.endsWith("IRN 172"));
  }
}
