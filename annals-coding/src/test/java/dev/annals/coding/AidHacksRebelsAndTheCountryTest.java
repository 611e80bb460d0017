package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Firefighters sent and equipment given are aid; breaking into computer systems is a cyber attack,
 * and what it halted is its harm; joining another side's warships is military cooperation; a rebel
 * coalition is a rebel group; "the country" one sends troops to is the last other state named.
 */
class AidHacksRebelsAndTheCountryTest {
  /** A Thursday. */
  private static final LocalDate THURSDAY = LocalDate.of(2026, 8, 6);

  @Test
  void firefightersSentAreHumanitarianAid() {
    // "Serbia sent 40 firefighters to North Macedonia."
    var article = code(new HandBuiltText().sentence(
        "Serbia/Serbia/NNP/LOCATION sent/send/VBD 40/40/CD firefighters/firefighter/NNS to/to/IN North/North/NNP/LOCATION Macedonia/Macedonia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(7,5) compound(7,6) obl:to(2,7) punct(2,8)"), THURSDAY);
    assertThat(triples(article)).contains("SRB MKD 073");
  }

  @Test
  void equipmentGivenIsAid() {
    // "New Zealand gave Fiji two scanners."
    var article = code(new HandBuiltText().sentence(
        "New/New/NNP/LOCATION Zealand/Zealand/NNP/LOCATION gave/give/VBD Fiji/Fiji/NNP/LOCATION two/two/CD scanners/scanner/NNS ././.",
        "compound(2,1) nsubj(3,2) root(0,3) iobj(3,4) nummod(6,5) obj(3,6) punct(3,7)"), THURSDAY);
    assertThat(triples(article)).contains("NZL FJI 070");
  }

  @Test
  void breakingIntoComputerSystemsIsACyberAttack() {
    // "Russian hackers broke into the computer systems of the Dutch government."
    var article = code(new HandBuiltText().sentence(
        "Russian/Russian/JJ/MISC hackers/hacker/NNS broke/break/VBD into/into/IN the/the/DT computer/computer/NN systems/system/NNS of/of/IN "
            + "the/the/DT Dutch/Dutch/JJ/MISC government/government/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(7,4) det(7,5) compound(7,6) obl:into(3,7) case(11,8) det(11,9) amod(11,10) nmod:of(7,11) punct(3,12)"), THURSDAY);
    assertThat(triples(article)).anyMatch(t -> t.startsWith("RUS") && t.endsWith(" 176"));
  }

  @Test
  void whatACyberAttackHaltedIsItsHarmNotABlockade() {
    // "Russian hackers broke into the computer systems of the Dutch government, halting traffic."
    var article = code(new HandBuiltText().sentence(
        "Russian/Russian/JJ/MISC hackers/hacker/NNS broke/break/VBD into/into/IN the/the/DT computer/computer/NN systems/system/NNS of/of/IN "
            + "the/the/DT Dutch/Dutch/JJ/MISC government/government/NN ,/,/, halting/halt/VBG container/container/NN traffic/traffic/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(7,4) det(7,5) compound(7,6) obl:into(3,7) case(11,8) det(11,9) amod(11,10) nmod:of(7,11) punct(3,12) "
            + "dep(3,13) compound(15,14) obj(13,15) punct(3,16)"), THURSDAY);
    assertThat(triples(article)).anyMatch(t -> t.endsWith(" 176")).noneMatch(t -> t.endsWith(" 191") || t.endsWith(" 144"));
  }

  @Test
  void joiningAnotherSidesWarshipsIsMilitaryCooperation() {
    // "A Canadian frigate joined Philippine ships."
    var article = code(new HandBuiltText().sentence(
        "A/a/DT Canadian/Canadian/JJ/MISC frigate/frigate/NN joined/join/VBD Philippine/Philippine/JJ/MISC ships/ship/NNS ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7)"), THURSDAY);
    assertThat(triples(article)).anyMatch(t -> t.startsWith("CAN") && t.contains(" PHL") && t.endsWith(" 062"));
  }

  @Test
  void aRebelCoalitionIsARebelGroup() {
    // "A rebel coalition denied any role in the ambush."
    var article = code(new HandBuiltText().sentence(
        "A/a/DT rebel/rebel/NN coalition/coalition/NN denied/deny/VBD any/any/DT role/role/NN in/in/IN the/the/DT ambush/ambush/NN ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(9,7) det(9,8) nmod:in(6,9) punct(4,10)"), THURSDAY);
    assertThat(article.actors()).filteredOn(a -> a.surface().equalsIgnoreCase("a rebel coalition")).isNotEmpty()
        .allMatch(a -> a.actor().sector().filter("REB"::equals).isPresent());
  }

  @Test
  void theCountryOneSendsTroopsToIsTheLastOtherStateNamed() {
    // "Gunmen killed two Rwandan soldiers in the Central African Republic. Rwanda would send 300
    // troops to the country."
    var article = code(new HandBuiltText()
        .sentence("Gunmen/gunman/NNS killed/kill/VBD two/two/CD Rwandan/Rwandan/JJ/MISC soldiers/soldier/NNS in/in/IN the/the/DT Central/Central/NNP/LOCATION "
                + "African/African/NNP/LOCATION Republic/Republic/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) case(10,6) det(10,7) compound(10,8) compound(10,9) obl:in(2,10) punct(2,11)")
        .sentence("Rwanda/Rwanda/NNP/LOCATION would/would/MD send/send/VB 300/300/CD troops/troop/NNS to/to/IN the/the/DT country/country/NN ././.",
            "nsubj(3,1) aux(3,2) root(0,3) nummod(5,4) obj(3,5) case(8,6) det(8,7) obl:to(3,8) punct(3,9)"), THURSDAY);
    assertThat(triples(article)).contains("RWA CAF 154");
  }
}
