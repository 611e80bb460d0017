package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Disputes at work: a strike over pay is a quarrel with the employer, told on the day its noun
 * carries; those who run a firm stand for its business, subcontractors are one; "local" people a
 * side tells of its own act on are of the story's scene.
 */
class WorkplaceDisputesTest {
  /** A Wednesday, the day after the strike. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);
  private static final LocalDate MONDAY = LocalDate.of(2026, 8, 17);

  @Test
  void aStrikeOverUnpaidWagesIsAimedAtNoGovernmentAndTakesTheDayOfItsNoun() {
    // "About 400 Mongolian workers at the building site went on strike on Tuesday over unpaid wages."
    var article = code(new HandBuiltText().sentence(
        "About/about/RB 400/400/CD Mongolian/Mongolian/JJ workers/worker/NNS at/at/IN the/the/DT building/building/NN site/site/NN "
            + "went/go/VBD on/on/IN strike/strike/NN on/on/IN Tuesday/Tuesday/NNP over/over/IN unpaid/unpaid/JJ wages/wages/NNS ././.",
        "root(0,9) advmod(2,1) nummod(4,2) amod(4,3) nmod:at(4,8) nsubj(9,4) obl:on(9,11) punct(9,17) case(8,5) det(8,6) compound(8,7) "
            + "case(11,10) nmod:on(11,13) nmod:over(11,16) case(13,12) case(16,14) amod(16,15)"), WEDNESDAY);
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("143")).singleElement()
        .satisfies(e -> assertThat(e.date().value()).isEqualTo("2026-11-17"))
        .satisfies(e -> assertThat(e.target()).isEmpty());
  }

  @Test
  void aStrikeOverPricesIsStillAimedAtTheGovernment() {
    // "About 400 Mongolian workers went on strike on Tuesday over fuel prices."
    var article = code(new HandBuiltText().sentence(
        "About/about/RB 400/400/CD Mongolian/Mongolian/JJ workers/worker/NNS went/go/VBD on/on/IN strike/strike/NN on/on/IN "
            + "Tuesday/Tuesday/NNP over/over/IN fuel/fuel/NN prices/price/NNS ././.",
        "root(0,5) advmod(2,1) nummod(4,2) amod(4,3) nsubj(5,4) obl:on(5,7) punct(5,13) case(7,6) nmod:on(7,9) nmod:over(7,12) case(9,8) "
            + "case(12,10) compound(12,11)"), WEDNESDAY);
    assertThat(triples(article)).contains("MNGLAB MNGGOV 143");
  }

  @Test
  void theOwnerOfACompanyStandsForItsBusiness() {
    // "Swedish police arrested the owner of a company on Tuesday."
    var article = code(new HandBuiltText().sentence(
        "Swedish/Swedish/JJ police/police/NN arrested/arrest/VBD the/the/DT owner/owner/NN of/of/IN a/a/DT company/company/NN on/on/IN "
            + "Tuesday/Tuesday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,10) punct(3,11) det(5,4) nmod:of(5,8) case(8,6) det(8,7) case(10,9)"), MONDAY);
    assertThat(triples(article)).contains("SWECOP SWEBUS 173");
  }

  @Test
  void managersOfALabourAgencyStandForItsBusiness() {
    // "Maltese police arrested two managers of a labour agency on Tuesday."
    var article = code(new HandBuiltText().sentence(
        "Maltese/Maltese/JJ police/police/NNS arrested/arrest/VBD two/two/CD managers/manager/NNS of/of/IN a/a/DT labour/labour/NN "
            + "agency/agency/NN on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,11) punct(3,12) nummod(5,4) nmod:of(5,9) case(9,6) det(9,7) compound(9,8) "
            + "case(11,10)"), MONDAY);
    assertThat(triples(article)).contains("MLTCOP MLTBUS 173");
  }

  @Test
  void accusedSubcontractorsAreABusiness() {
    // "India's foreign minister met Mongolia's prime minister in Ulaanbaatar on Monday. India's
    // embassy said the Indian contractor had paid every bill and accused local subcontractors of
    // keeping the money."
    var article = code(new HandBuiltText().sentence(
        "India/India/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN met/meet/VBD Mongolia/Mongolia/NNP/LOCATION 's/'s/POS "
            + "prime/prime/JJ minister/minister/NN in/in/IN Ulaanbaatar/Ulaanbaatar/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,9) obl:on(5,13) punct(5,14) nmod:poss(9,6) amod(9,8) nmod:in(9,11) "
            + "case(6,7) case(11,10) case(13,12)").sentence(
        "India/India/NNP/LOCATION 's/'s/POS embassy/embassy/NN said/say/VBD the/the/DT Indian/Indian/JJ contractor/contractor/NN "
            + "had/have/VBD paid/pay/VBN every/every/DT bill/bill/NN and/and/CC accused/accuse/VBD local/local/JJ "
            + "subcontractors/subcontractor/NNS of/of/IN keeping/keep/VBG the/the/DT money/money/NN ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) ccomp(4,9) ccomp(4,13) punct(4,20) det(7,5) amod(7,6) nsubj(9,7) aux(9,8) obj(9,11) "
            + "conj:and(9,13) nsubj(13,7) cc(13,12) obj(13,15) advcl:of(13,17) det(11,10) amod(15,14) case(17,16) obj(17,19) det(19,18)"), WEDNESDAY);
    assertThat(triples(article)).contains("INDGOV MNGBUS 112");
  }

  @Test
  void localPeopleASideTellsOfItsOwnActOnAreOfTheScene() {
    // "Australia's prime minister arrived in Honiara on Friday. China's embassy said Chinese police
    // advisers had trained local officers."
    var article = code(new HandBuiltText().sentence(
        "Australia/Australia/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN arrived/arrive/VBD in/in/IN "
            + "Honiara/Honiara/NNP/LOCATION on/on/IN Friday/Friday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:in(5,7) obl:on(5,9) punct(5,10) case(7,6) case(9,8)").sentence(
        "China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN said/say/VBD Chinese/Chinese/JJ police/police/NNS advisers/adviser/NNS "
            + "had/have/VBD trained/train/VBN local/local/JJ officers/officer/NNS ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) ccomp(4,9) punct(4,12) amod(7,5) compound(7,6) nsubj(9,7) aux(9,8) obj(9,11) "
            + "amod(11,10)"), WEDNESDAY);
    assertThat(triples(article)).contains("CHNCOP SLBCOP 072");
  }

  @Test
  void aPermitSuspendedSanctionsWhoeverObtainedIt() {
    // "Malta's minister said the government would suspend every permit the Chinese company had obtained."
    var article = code(new HandBuiltText().sentence(
        "Malta/Malta/NNP/LOCATION 's/'s/POS minister/minister/NN said/say/VBD the/the/DT government/government/NN would/would/MD "
            + "suspend/suspend/VB every/every/DT permit/permit/NN the/the/DT Chinese/Chinese/JJ company/company/NN had/have/VBD "
            + "obtained/obtain/VBN ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) ccomp(4,8) punct(4,16) det(6,5) nsubj(8,6) aux(8,7) ccomp(8,15) det(10,9) "
            + "obl:tmod(15,10) nsubj(15,13) aux(15,14) det(13,11) amod(13,12)"), WEDNESDAY);
    assertThat(triples(article)).anyMatch(t -> t.matches("MLTGOV CHNBUS 1[37]\\d*"));
  }
}
