package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A body's staff act for it; those who head a group of no country, or are sent by it, are of that group. */
class StaffLeadersAndDelegationsTest {
  @Test
  void anEmbassysStaffActForItsGovernment() {
    // "Britain's embassy said its staff had met Nepal's foreign minister."
    HandBuiltText text = new HandBuiltText().sentence(
        "Britain/Britain/NNP/LOCATION 's/'s/POS embassy/embassy/NN said/say/VBD its/its/PRP$ staff/staff/NN had/have/VBD met/meet/VBN "
            + "Nepal/Nepal/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(6,5) nsubj(8,6) aux(8,7) ccomp(4,8) nmod:poss(12,9) case(9,10) amod(12,11) obj(8,12) punct(4,13)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("GBRGOV NPLGOV 04")).noneMatch(t -> t.startsWith("GBRLAB"));
  }

  @Test
  void leadersOfPartiesAreOfTheParties() {
    // "Leaders of several parties criticised Britain."
    HandBuiltText text = new HandBuiltText().sentence(
        "Leaders/leader/NNS of/of/IN several/several/JJ parties/party/NNS criticised/criticise/VBD Britain/Britain/NNP/LOCATION ././.",
        "nsubj(5,1) case(4,2) amod(4,3) nmod:of(1,4) root(0,5) obj(5,6) punct(5,7)");
    assertThat(code(text).events()).extracting(e -> e.source().code()).isNotEmpty().allMatch(c -> c.endsWith("PTY"));
  }

  @Test
  void aDelegationOfVeteransIsOfTheVeterans() {
    // "A delegation of the veterans criticised Britain."
    HandBuiltText text = new HandBuiltText().sentence(
        "A/a/DT delegation/delegation/NN of/of/IN the/the/DT veterans/veteran/NNS criticised/criticise/VBD Britain/Britain/NNP/LOCATION ././.",
        "det(2,1) nsubj(6,2) case(5,3) det(5,4) nmod:of(2,5) root(0,6) obj(6,7) punct(6,8)");
    assertThat(code(text).events()).extracting(e -> e.source().code()).isNotEmpty().allMatch(c -> c.endsWith("MIL"));
  }

  @Test
  void itsAfterSomeOfThemIsTheThingNotThePeople() {
    // "Veterans marched to the British embassy, and 12 of them blocked its gates."
    HandBuiltText text = new HandBuiltText().sentence(
        "Veterans/veteran/NNS marched/march/VBD to/to/IN the/the/DT British/British/JJ/NATIONALITY embassy/embassy/NN ,/,/, and/and/CC 12/12/CD of/of/IN "
            + "them/they/PRP blocked/block/VBD its/its/PRP$ gates/gate/NNS ././.",
        "nsubj(2,1) root(0,2) case(6,3) det(6,4) amod(6,5) obl:to(2,6) punct(2,7) cc(12,8) det:qmod(11,9) fixed(9,10) nsubj(12,11) conj:and(2,12) "
            + "nmod:poss(14,13) obj(12,14) punct(2,15)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.contains("GBRGOV 144"));
  }

  @Test
  void themThatActsIsThePeopleNotTheThingsNamedBetween() {
    // "Veterans marched to the British embassy to demand pensions, and 12 of them began a hunger strike."
    HandBuiltText text = new HandBuiltText().sentence(
        "Veterans/veteran/NNS marched/march/VBD to/to/IN the/the/DT British/British/JJ/NATIONALITY embassy/embassy/NN to/to/TO demand/demand/VB "
            + "pensions/pension/NNS ,/,/, and/and/CC 12/12/CD of/of/IN them/they/PRP began/begin/VBD a/a/DT hunger/hunger/NN strike/strike/NN ././.",
        "nsubj(2,1) root(0,2) case(6,3) det(6,4) amod(6,5) obl:to(2,6) mark(8,7) xcomp(2,8) obj(8,9) punct(2,10) cc(15,11) det:qmod(14,12) fixed(12,13) "
            + "nsubj(15,14) conj:and(2,15) det(18,16) compound(18,17) obj(15,18) punct(2,19)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" 142"));
  }

  @Test
  void itsAfterAPluralNounIsItsCountrys() {
    // "Russian warships escorted its tankers."
    HandBuiltText text = new HandBuiltText().sentence(
        "Russian/Russian/JJ/MISC warships/warship/NNS escorted/escort/VBD its/its/PRP$ tankers/tanker/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nmod:poss(5,4) obj(3,5) punct(3,6)");
    assertThat(dev.annals.coding.HandCoding.code(text).actors()).filteredOn(m -> m.surface().equals("its")).extracting(m -> m.actor().code()).containsExactly("RUS");
  }

  @Test
  void itsAfterABodysWordTheTaggerCallsPluralIsTheBodys() {
    // "Spain's police thanked its counterparts."
    HandBuiltText text = new HandBuiltText().sentence(
        "Spain/Spain/NNP/LOCATION 's/'s/POS police/police/NNS thanked/thank/VBD its/its/PRP$ counterparts/counterpart/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(6,5) obj(4,6) punct(4,7)");
    assertThat(dev.annals.coding.HandCoding.code(text).actors()).filteredOn(m -> m.surface().equals("its")).extracting(m -> m.actor().code()).containsExactly("ESPCOP");
  }

  @Test
  void theLeaderOfAPeopleIsNoCivilian() {
    // "South Africa hosted the leader of a people."
    HandBuiltText text = new HandBuiltText().sentence(
        "South/South/NNP/LOCATION Africa/Africa/NNP/LOCATION hosted/host/VBD the/the/DT leader/leader/NN of/of/IN a/a/DT people/person/NNS ././.",
        "compound(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) nmod:of(5,8) punct(3,9)");
    assertThat(dev.annals.coding.HandCoding.code(text).actors()).filteredOn(m -> m.surface().startsWith("the leader")).extracting(m -> m.actor().code())
        .noneMatch(c -> c.endsWith("CVL"));
  }

  @Test
  void itsIsNoTownNamedAsWhereSomethingHappened() {
    // "The rebels accused the army of breaking a truce signed in Addis Ababa. Helicopters bombed its positions."
    HandBuiltText text = new HandBuiltText()
        .sentence("The/the/DT rebels/rebel/NNS accused/accuse/VBD the/the/DT army/army/NN of/of/IN breaking/break/VBG a/a/DT truce/truce/NN signed/sign/VBN "
                + "in/in/IN Addis/Addis/NNP/LOCATION Ababa/Ababa/NNP/LOCATION ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) mark(7,6) advcl:of(3,7) det(9,8) obj(7,9) acl(9,10) case(13,11) compound(13,12) obl:in(10,13) punct(3,14)")
        .sentence("Helicopters/helicopter/NNS bombed/bomb/VBD its/its/PRP$ positions/position/NNS ././.", "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) punct(2,5)");
    assertThat(dev.annals.coding.HandCoding.code(text).actors()).filteredOn(m -> m.surface().equals("its")).extracting(m -> m.actor().code())
        .noneMatch(c -> c.startsWith("ETH"));
  }

  @Test
  void itsIsNoPluralNounOfNoCountry() {
    // "Equatorial Guinea landed troops on the island and raised its flag."
    HandBuiltText text = new HandBuiltText().sentence(
        "Equatorial/Equatorial/NNP/LOCATION Guinea/Guinea/NNP/LOCATION landed/land/VBD troops/troop/NNS on/on/IN the/the/DT island/island/NN and/and/CC "
            + "raised/raise/VBD its/its/PRP$ flag/flag/NN ././.",
        "compound(2,1) nsubj(3,2) root(0,3) obj(3,4) case(7,5) det(7,6) obl:on(3,7) cc(9,8) conj:and(3,9) nsubj(9,2) nmod:poss(11,10) obj(9,11) punct(3,12)");
    assertThat(dev.annals.coding.HandCoding.code(text).actors()).filteredOn(m -> m.surface().equals("its")).extracting(m -> m.actor().code())
        .containsExactly("GNQ");
  }
}
