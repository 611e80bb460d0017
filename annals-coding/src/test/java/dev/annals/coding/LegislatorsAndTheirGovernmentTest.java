package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static dev.annals.coding.RailContractSentences.APPEAL;
import static dev.annals.coding.RailContractSentences.APPEAL_EDGES;
import static dev.annals.coding.RailContractSentences.EMBASSY;
import static dev.annals.coding.RailContractSentences.EMBASSY_EDGES;
import static dev.annals.coding.RailContractSentences.OPPOSITION;
import static dev.annals.coding.RailContractSentences.OPPOSITION_EDGES;
import static dev.annals.coding.RailContractSentences.SUSPENDED;
import static dev.annals.coding.RailContractSentences.SUSPENDED_EDGES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A country's legislators and opposition hold their own government to account. */
class LegislatorsAndTheirGovernmentTest {
  @Test
  void lawmakersOfNoCountryWhoAccuseAMinistryNamedPlainlyAreThatMinistrysCountrys() {
    // "Turkey's defence minister arrived in Jakarta on Tuesday and signed an agreement with
    // Indonesia's defence ministry to build combat drones at a state-owned aircraft plant in
    // Bandung from 2028. On Thursday a parliamentary defence commission asked the ministry to
    // explain how the drone plant would be financed, and several lawmakers accused it of signing
    // too many foreign arms deals."
    var article = code(new HandBuiltText().sentence(
        "Turkey/Turkey/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN arrived/arrive/VBD in/in/IN "
            + "Jakarta/Jakarta/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP and/and/CC signed/sign/VBD an/a/DT agreement/agreement/NN with/with/IN "
            + "Indonesia/Indonesia/NNP/LOCATION 's/'s/POS defence/defence/NN ministry/ministry/NN to/to/TO build/build/VB combat/combat/NN "
            + "drones/drone/NNS at/at/IN a/a/DT state/state/NN -/-/HYPH owned/own/VBN aircraft/aircraft/NN plant/plant/NN in/in/IN "
            + "Bandung/Bandung/NNP/LOCATION from/from/IN 2028/2028/CD ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:in(5,7) obl:on(5,9) conj:and(5,11) punct(5,34) nsubj(11,4) "
            + "cc(11,10) obj(11,13) xcomp(11,20) case(7,6) case(9,8) det(13,12) nmod:with(13,18) nsubj:xsubj(20,13) mark(20,19) obj(20,22) "
            + "obl:at(20,29) obl:from(20,33) case(18,14) nmod:poss(18,15) compound(18,17) case(15,16) compound(22,21) case(29,23) det(29,24) "
            + "amod(29,27) compound(29,28) nmod:in(29,31) obl(27,25) punct(27,26) case(31,30) case(33,32)").sentence(
        "On/on/IN Thursday/Thursday/NNP a/a/DT parliamentary/parliamentary/JJ defence/defence/NN commission/commission/NN asked/ask/VBD "
            + "the/the/DT ministry/ministry/NN to/to/TO explain/explain/VB how/how/WRB the/the/DT drone/drone/NN plant/plant/NN would/would/MD "
            + "be/be/VB financed/finance/VBN ,/,/, and/and/CC several/several/JJ lawmakers/lawmaker/NNS accused/accuse/VBD it/it/PRP of/of/IN "
            + "signing/sign/VBG too/too/RB many/many/JJ foreign/foreign/JJ arms/arm/NNS deals/deal/NNS ././.",
        "root(0,7) case(2,1) obl:on(7,2) nsubj(7,6) obj(7,9) xcomp(7,11) punct(7,32) det(6,3) compound(6,5) amod(5,4) det(9,8) "
            + "nsubj:xsubj(11,9) mark(11,10) ccomp(11,18) ccomp(11,23) advmod(18,12) nsubj:pass(18,15) aux(18,16) aux:pass(18,17) punct(18,19) "
            + "conj:and(18,23) det(15,13) compound(15,14) cc(23,20) nsubj(23,22) obj(23,24) advcl:of(23,26) amod(22,21) case(26,25) obj(26,31) "
            + "advmod(28,27) amod(31,28) compound(31,30) amod(30,29)"), LocalDate.of(2026, 9, 26));
    assertThat(article.events()).extracting(e -> triple(e)).contains("IDNLEG IDNGOV 112").doesNotContain("TURLEG IDNGOV 112");
  }

  @Test
  void whatTheOppositionDemandsBeDoneByNoOneNamedItDemandsOfItsOwnGovernment() {
    // "Azerbaijan and Pakistan signed a gas deal on Tuesday. Pakistani opposition lawmakers said
    // the deal had been signed without a debate and demanded that its terms be published."
    var article = code(new HandBuiltText().sentence(
        "Azerbaijan/Azerbaijan/NNP/LOCATION and/and/CC Pakistan/Pakistan/NNP/LOCATION signed/sign/VBD a/a/DT gas/gas/NN deal/deal/NN "
            + "on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,4) nsubj(4,1) nsubj(4,3) obj(4,7) obl:on(4,9) punct(4,10) conj:and(1,3) cc(3,2) det(7,5) compound(7,6) case(9,8)").sentence(
        "Pakistani/Pakistani/JJ opposition/opposition/NN lawmakers/lawmaker/NNS said/say/VBD the/the/DT deal/deal/NN had/have/VBD "
            + "been/be/VBN signed/sign/VBN without/without/IN a/a/DT debate/debate/NN and/and/CC demanded/demand/VBD that/that/IN its/its/PRP$ "
            + "terms/term/NNS be/be/VB published/publish/VBN ././.",
        "root(0,4) amod(3,1) compound(3,2) nsubj(4,3) ccomp(4,9) conj:and(4,14) punct(4,20) nsubj(14,3) cc(14,13) ccomp(14,19) det(6,5) "
            + "nsubj:pass(9,6) aux(9,7) aux:pass(9,8) obl:without(9,12) case(12,10) det(12,11) mark(19,15) nsubj:pass(19,17) aux:pass(19,18) "
            + "nmod:poss(17,16)"), LocalDate.of(2026, 7, 16));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("100")).extracting(e -> triple(e)).containsExactly("PAKLEG PAKGOV 100");
  }

  @Test
  void butLawmakersWhoAccuseAnotherCountrysGovernmentNamedAsSuchAreNotItsOwn() {
    // "Turkey's defence minister arrived in Jakarta on Tuesday. Several lawmakers accused the
    // Russian government of meddling in the talks." (Passes on the code before the rule too: it
    // guards the rule's limit.)
    var article = code(new HandBuiltText().sentence(
        "Turkey/Turkey/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN arrived/arrive/VBD in/in/IN "
            + "Jakarta/Jakarta/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:in(5,7) obl:on(5,9) punct(5,10) case(7,6) case(9,8)").sentence(
        "Several/several/JJ lawmakers/lawmaker/NNS accused/accuse/VBD the/the/DT Russian/Russian/JJ government/government/NN of/of/IN "
            + "meddling/meddle/VBG in/in/IN the/the/DT talks/talk/NNS ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:of(3,8) punct(3,12) det(6,4) amod(6,5) case(8,7) nmod:in(8,11) case(11,9) det(11,10)"), LocalDate.of(2026, 9, 26));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("112")).isNotEmpty()
        .noneMatch(e -> e.source().code().equals("RUSLEG"));
  }

  @Test
  void lawmakersWhoAccuseAMinisterNamedByOfficeAreHisCountrys() {
    // "Kenya's High Court on Monday suspended a contract under which a Czech consortium was to build
    // a rail line in Nairobi. The transport ministry said it would appeal the ruling. The Czech embassy
    // urged the government to settle the matter quickly. Opposition lawmakers accused the transport
    // minister of hiding the terms of the deal."
    var article = code(new HandBuiltText()
        .sentence(SUSPENDED, SUSPENDED_EDGES).sentence(APPEAL, APPEAL_EDGES).sentence(EMBASSY, EMBASSY_EDGES).sentence(OPPOSITION, OPPOSITION_EDGES),
        LocalDate.of(2026, 8, 25));
    assertThat(article.events()).extracting(e -> triple(e)).contains("KENLEG KENGOV 112").noneMatch(t -> t.startsWith("CZELEG"));
  }
}
