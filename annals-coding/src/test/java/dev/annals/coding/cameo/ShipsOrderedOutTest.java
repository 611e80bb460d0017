package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Warships ordered somewhere are a show of force, by whoever ordered them; a quota cut restricts its
 * holder; an accord is signed with whoever does its part under it; a protest called for a day is
 * called now; a trip made for a signing is dated by it.
 */
class ShipsOrderedOutTest {
  @Test
  void warshipsOrderedToAPlaceAreSentThere() {
    // "Ecuador ordered two patrol ships to the islands."
    assertThat(code("Ecuador/Ecuador/NNP/LOCATION ordered/order/VBD two/two/CD patrol/patrol/NN ships/ship/NNS to/to/IN the/the/DT islands/island/NNS ././.",
        "nsubj(2,1) root(0,2) nummod(5,3) compound(5,4) obj(2,5) case(8,6) det(8,7) obl:to(2,8) punct(2,9)").events())
        .extracting(e -> triple(e)).contains("ECU - 150");
    // "Ecuador ordered troops to withdraw": an order to go names no place.
    assertThat(code("Ecuador/Ecuador/NNP/LOCATION ordered/order/VBD troops/troops/NNS to/to/TO withdraw/withdraw/VB ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) nsubj:xsubj(5,3) punct(2,6)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 150"));
  }

  @Test
  void aPlainVesselOrderedHomeIsNoShowOfForce() {
    // "Ecuador ordered the vessel back to Guayaquil."
    assertThat(code("Ecuador/Ecuador/NNP/LOCATION ordered/order/VBD the/the/DT vessel/vessel/NN back/back/RB to/to/IN Guayaquil/Guayaquil/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) advmod(2,5) case(7,6) obl:to(2,7) punct(2,8)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 150"));
  }

  @Test
  void anOrderTheParserJoinedToTheObjectOfAReportedModalClauseIsTheSpeakers() {
    // "Peru said that Ecuador would not let "the fleet" empty its seas and ordered ships to the
    // islands": the parser joins "ordered" to the quoted "fleet"; it is Peru's second act, not
    // Ecuador's.
    assertThat(code("Peru/Peru/NNP/LOCATION said/say/VBD that/that/WDT Ecuador/Ecuador/NNP/LOCATION would/would/MD not/not/RB let/let/VB \"/\"/`` "
            + "the/the/DT fleet/fleet/NN \"/\"/'' empty/empty/JJ its/its/PRP$ seas/sea/NNS and/and/CC ordered/order/VBD ships/ship/NNS to/to/IN "
            + "the/the/DT islands/island/NNS ././.",
        "nsubj(2,1) root(0,2) dep(7,3) nsubj(7,4) aux(7,5) advmod(7,6) ccomp(2,7) punct(7,8) det(10,9) obj(7,10) punct(10,11) amod(14,12) "
            + "nmod:poss(14,13) dep(10,14) cc(16,15) obj(7,16) conj:and(10,16) obj(16,17) case(20,18) det(20,19) obl:to(16,20) punct(2,21)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER") && t.endsWith(" 150")).noneMatch(t -> t.startsWith("ECU") && t.endsWith(" 150"));
  }

  @Test
  void cuttingAStatesQuotaRestrictsIt() {
    // "Peru cut Chile's fishing quota."
    assertThat(code("Peru/Peru/NNP/LOCATION cut/cut/VBD Chile/Chile/NNP/LOCATION 's/'s/POS fishing/fishing/NN quota/quota/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(6,3) case(3,4) compound(6,5) obj(2,6) punct(2,7)").events())
        .extracting(e -> triple(e)).contains("PER CHL 172");
    // "Peru would not cut its quota": its own quota restricts no one.
    assertThat(code("Peru/Peru/NNP/LOCATION would/would/MD not/not/RB cut/cut/VB its/its/PRP$ quota/quota/NN ././.",
        "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) nmod:poss(6,5) obj(4,6) punct(4,7)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 172"));
  }

  @Test
  void anAccordSignedWithNoOneNamedIsSignedWithWhoeverActsUnderIt() {
    // "Peru signed an agreement under which Chilean companies will build a port."
    assertThat(code("Peru/Peru/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN under/under/IN which/which/WDT Chilean/Chilean/JJ "
            + "companies/company/NNS will/will/MD build/build/VB a/a/DT port/port/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:under(10,4) ref(4,6) amod(8,7) nsubj(10,8) aux(10,9) acl:relcl(4,10) det(12,11) obj(10,12) "
            + "punct(2,13)").events())
        .extracting(e -> triple(e)).contains("PER CHL 057");
  }

  @Test
  void aDayAnActIsCalledForDoesNotDateTheCalling() {
    // "Peru accused Chile of lying and called a protest for Tuesday", published on Friday 16 January 2026.
    var text = new dev.annals.coding.HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION accused/accuse/VBD Chile/Chile/NNP/LOCATION of/of/IN lying/lie/VBG and/and/CC called/call/VBD a/a/DT protest/protest/NN "
            + "for/for/IN Tuesday/Tuesday/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) cc(7,6) conj:and(2,7) det(9,8) obj(7,9) case(11,10) obl:for(7,11) punct(2,12)")
        .timex(10, 11, "DATE");
    assertThat(dev.annals.coding.HandCoding.code(text, java.time.LocalDate.of(2026, 1, 16)).events()).filteredOn(e -> e.type().code().startsWith("11"))
        .extracting(e -> e.date().value()).containsOnly("2026-01-16");
  }

  @Test
  void aDayAnotherClauseSetsAnActForDoesNotDateTheMainClause() {
    // "Peru condemned Chile's raid, while the bloc called a meeting for Monday", published on Friday 16 January 2026.
    var text = new dev.annals.coding.HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION condemned/condemn/VBD Chile/Chile/NNP/LOCATION 's/'s/POS raid/raid/NN ,/,/, while/while/IN the/the/DT bloc/bloc/NN "
            + "called/call/VBD a/a/DT meeting/meeting/NN for/for/IN Monday/Monday/NNP ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6) mark(10,7) det(9,8) nsubj(10,9) advcl:while(2,10) det(12,11) obj(10,12) "
            + "case(14,13) obl:for(10,14) punct(2,15)")
        .timex(14, 14, "DATE");
    assertThat(dev.annals.coding.HandCoding.code(text, java.time.LocalDate.of(2026, 1, 16)).events()).filteredOn(e -> e.type().code().startsWith("11"))
        .extracting(e -> e.date().value()).isNotEmpty().containsOnly("2026-01-16");
  }

  @Test
  void aTripForTheSigningIsDatedByTheSigning() {
    // "Peru and Chile signed an agreement on Thursday. Under the deal, Chile will build a port.
    // Chile's minister, who flew to Lima for the signing, said trade had grown since last year.",
    // published on Saturday 17 January 2026.
    var text = new dev.annals.coding.HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN on/on/IN "
                + "Thursday/Thursday/NNP ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) obl:on(4,8) punct(4,9)")
        .timex(8, 8, "DATE")
        .sentence("Under/under/IN the/the/DT deal/deal/NN ,/,/, Chile/Chile/NNP/LOCATION will/will/MD build/build/VB a/a/DT port/port/NN ././.",
            "case(3,1) det(3,2) obl:under(7,3) punct(7,4) nsubj(7,5) aux(7,6) root(0,7) det(9,8) obj(7,9) punct(7,10)")
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS minister/minister/NN ,/,/, who/who/WP flew/fly/VBD to/to/IN Lima/Lima/NNP/LOCATION for/for/IN "
                + "the/the/DT signing/signing/NN ,/,/, said/say/VBD trade/trade/NN had/have/VBD grown/grow/VBN since/since/IN last/last/JJ year/year/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(13,3) punct(3,4) ref(3,5) nsubj(6,3) acl:relcl(3,6) case(8,7) obl:to(6,8) case(11,9) det(11,10) "
                + "obl:for(6,11) punct(3,12) root(0,13) nsubj(16,14) aux(16,15) ccomp(13,16) case(19,17) amod(19,18) obl:since(16,19) punct(13,20)")
        .timex(18, 19, "DATE");
    assertThat(dev.annals.coding.HandCoding.code(text, java.time.LocalDate.of(2026, 1, 17)).events()).filteredOn(e -> e.type().code().equals("042"))
        .extracting(e -> e.date().value()).containsOnly("2026-01-15");
  }
}
