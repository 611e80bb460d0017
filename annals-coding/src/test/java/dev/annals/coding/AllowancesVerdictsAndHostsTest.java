package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Words and sides of a story told far from home: an allowance paid to people is aid to them; a
 * verdict called a denial of justice is blamed; soldiers sent to train another army are soldiers;
 * a prince's house is an elite; historians sent to another capital visit it; the unnamed state a
 * body of states (not an agency nor an armed group) addresses is the one where the story happens.
 */
class AllowancesVerdictsAndHostsTest {
  private static final LocalDate SUNDAY = LocalDate.of(2026, 5, 17);

  @Test
  void anAllowancePaidToWorkersIsAidToThem() {
    // "Lesotho's prime minister said the government would pay laid-off workers a monthly allowance."
    var article = code(new HandBuiltText().sentence(
        "Lesotho/Lesotho/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN said/say/VBD the/the/DT government/government/NN "
            + "would/would/MD pay/pay/VB laid/lay/VBN -/-/HYPH off/off/RP workers/worker/NNS a/a/DT monthly/monthly/JJ allowance/allowance/NN "
            + "././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) ccomp(5,9) punct(5,17) det(7,6) nsubj(9,7) aux(9,8) iobj(9,13) obj(9,16) "
            + "amod(13,10) punct(10,11) compound:prt(10,12) det(16,14) amod(16,15)"), SUNDAY);
    assertThat(triples(article)).anyMatch(t -> t.matches("LSOGOV LSOLAB (07|03)\\d*"));
  }

  @Test
  void aVerdictCalledADenialOfJusticeIsBlamed() {
    // "Liechtenstein called the Czech court's verdict a denial of justice."
    var article = code(new HandBuiltText().sentence(
        "Liechtenstein/Liechtenstein/NNP/LOCATION called/call/VBD the/the/DT Czech/Czech/NNP court/court/NN 's/'s/POS verdict/verdict/NN "
            + "a/a/DT denial/denial/NN of/of/IN justice/justice/NN ././.",
        "root(0,2) nsubj(2,1) xcomp(2,9) punct(2,12) det(5,3) compound(5,4) case(5,6) nmod:poss(7,5) nsubj(9,7) det(9,8) nmod:of(9,11) "
            + "case(11,10)"), SUNDAY);
    assertThat(triples(article)).contains("LIE CZEJUD 111");
  }

  @Test
  void militaryInstructorsAreSoldiers() {
    // "Russian military instructors shot dead nine miners outside Bambari on Monday."
    var article = code(new HandBuiltText().sentence(
        "Russian/Russian/JJ military/military/JJ instructors/instructor/NNS shot/shoot/VBN dead/dead/JJ nine/nine/CD miners/miner/NNS "
            + "outside/outside/IN Bambari/Bambari/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,4) amod(3,1) amod(3,2) nsubj(4,3) obj(4,7) obl:on(4,11) punct(4,12) amod(7,5) nummod(7,6) nmod:outside(7,9) case(9,8) "
            + "case(11,10)"), SUNDAY);
    assertThat(triples(article)).anyMatch(t -> t.matches("RUSMIL CAFCVL 1\\d*"));
  }

  @Test
  void aPrincelyFamilyIsAnElite() {
    // "Liechtenstein's princely family accused the Czech government of theft on Monday."
    var article = code(new HandBuiltText().sentence(
        "Liechtenstein/Liechtenstein/NNP/LOCATION 's/'s/POS princely/princely/JJ family/family/NN accused/accuse/VBD the/the/DT "
            + "Czech/Czech/JJ government/government/NN of/of/IN theft/theft/NN on/on/IN Monday/Monday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:of(5,10) obl:on(5,12) punct(5,13) det(8,6) amod(8,7) "
            + "case(10,9) case(12,11)"), SUNDAY);
    assertThat(triples(article)).anyMatch(t -> t.matches("LIEELI CZEGOV 11\\d*"));
  }

  @Test
  void theStateABodyOfStatesAddressesIsOfTheScene() {
    // A story opening in the Central African Republic that names Russia most.
    var cues = new GroupCountries.Cues(Optional.empty(), Optional.of("RUS"), Optional.of("CAF"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        new GroupPlacements(List.of()), List.of(), Optional.empty());
    var un = new Actor("UN", "United Nations", Optional.empty(), Optional.empty(), ActorKind.ORGANISATION);
    assertThat(cues.forTargetOf(un, "020", true).home()).contains("CAF");
    assertThat(cues.forTargetOf(un, "020", false).home()).contains("RUS");
  }

  @Test
  void historiansSentToAnotherCapitalVisitIt() {
    // "Liechtenstein's foreign minister said on Thursday that Vaduz would send two historians to Prague in January."
    var article = code(new HandBuiltText().sentence(
        "Liechtenstein/Liechtenstein/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN said/say/VBD on/on/IN "
            + "Thursday/Thursday/NNP that/that/WDT Vaduz/Vaduz/NNP/LOCATION would/would/MD send/send/VB two/two/CD historians/historian/NNS "
            + "to/to/IN Prague/Prague/NNP/LOCATION in/in/IN January/January/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,11) punct(5,18) case(7,6) dep(11,8) nsubj(11,9) "
            + "aux(11,10) obj(11,13) obl:to(11,15) obl:in(11,17) nummod(13,12) case(15,14) case(17,16)"), SUNDAY);
    assertThat(triples(article)).anyMatch(t -> t.matches("LIEGOV CZEGOV 0(36|42)"));
  }
}
