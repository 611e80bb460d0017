package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Codes that hold only between certain kinds of sides (SectorFittedCodes). */
class SectorFittedCodesTest {
  @Test
  void stormingAProtestCampIsRepression() {
    // "Kenyan police stormed the protesters' camp."
    assertThat(code("Kenyan/Kenyan/JJ/MISC police/police/NNS stormed/storm/VBD the/the/DT protesters/protester/NNS '/'/POS camp/camp/NN ././.",
        "nsubj(3,2) root(0,3) det(5,4) nmod:poss(7,5) case(5,6) obj(3,7) punct(3,8) amod(2,1)").events())
        .extracting(e -> e.type().code()).containsExactly("175");
  }

  @Test
  void workersDetainedAreCiviliansOfTheirCountry() {
    // "Chilean soldiers detained 14 Peruvian miners."
    assertThat(code("Chilean/Chilean/JJ/MISC soldiers/soldier/NNS detained/detain/VBD 14/14/CD Peruvian/Peruvian/JJ/MISC miners/miner/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)").events())
        .extracting(e -> dev.annals.coding.HandCoding.triple(e)).containsExactly("CHLMIL PERCVL 173");
  }

  @Test
  void aUnionStaysLabourWhateverIsDoneToIt() {
    // "Chilean police detained Peruvian union leaders."
    assertThat(code("Chilean/Chilean/JJ/MISC police/police/NNS detained/detain/VBD Peruvian/Peruvian/JJ/MISC union/union/NN leaders/leader/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) amod(6,4) compound(6,5) obj(3,6) punct(3,7)").events())
        .extracting(e -> dev.annals.coding.HandCoding.triple(e)).containsExactly("CHLCOP PERLAB 173");
  }

  @Test
  void stormingTheRebelsCampIsFighting() {
    // "Kenyan troops stormed the rebels' camp."
    assertThat(code("Kenyan/Kenyan/JJ/MISC troops/troop/NNS stormed/storm/VBD the/the/DT rebels/rebel/NNS '/'/POS camp/camp/NN ././.",
        "nsubj(3,2) root(0,3) det(5,4) nmod:poss(7,5) case(5,6) obj(3,7) punct(3,8) amod(2,1)").events())
        .extracting(e -> e.type().code()).containsExactly("190");
  }

  @Test
  void policeDetainingProtestersIsAnArrest() {
    // "Kenyan police detained two protesters."
    assertThat(code("Kenyan/Kenyan/JJ/MISC police/police/NNS detained/detain/VBD two/two/CD protesters/protester/NNS ././.",
        "nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) punct(3,6) amod(2,1)").events())
        .extracting(e -> e.type().code()).containsExactly("173");
  }

  @Test
  void rebelsDetainingAidWorkersIsAnAbduction() {
    // "Kenyan rebels detained two aid workers."
    assertThat(code("Kenyan/Kenyan/JJ/MISC rebels/rebel/NNS detained/detain/VBD two/two/CD aid/aid/NN workers/worker/NNS ././.",
        "nsubj(3,2) root(0,3) nummod(6,4) compound(6,5) obj(3,6) punct(3,7) amod(2,1)").events())
        .extracting(e -> e.type().code()).containsExactly("181");
  }

  @Test
  void protestersAttackingAnEmbassyRiot() {
    // "Kenyan protesters attacked the Ugandan embassy."
    assertThat(code("Kenyan/Kenyan/JJ/MISC protesters/protester/NNS attacked/attack/VBD the/the/DT Ugandan/Ugandan/JJ/MISC embassy/embassy/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)").events())
        .extracting(e -> e.type().code()).containsExactly("145");
  }

  @Test
  void aStateDrillingAloneShowsItsForce() {
    // "China held military drills."
    assertThat(code("China/China/NNP/LOCATION held/hold/VBD military/military/JJ drills/drill/NNS ././.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)").events())
        .extracting(e -> e.type().code()).containsExactly("150");
  }

  @Test
  void civiliansFleeingRetreatFromNoArmy() {
    // "Chilean villagers fled from Peruvian troops."
    assertThat(code("Chilean/Chilean/JJ/MISC villagers/villager/NNS fled/flee/VBD from/from/IN Peruvian/Peruvian/JJ/MISC troops/troop/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(6,4) amod(6,5) obl:from(3,6) punct(3,7)").events())
        .extracting(e -> e.type().code()).noneMatch(c -> c.startsWith("087"));
  }

  @Test
  void aCompanyDeployingARigShowsNoMilitaryPower() {
    // "China's national oil company held drills." (a company's drilling is no show of force)
    assertThat(code("China/China/NNP/LOCATION 's/'s/POS oil/oil/NN company/company/NN held/hold/VBD drills/drill/NNS ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)").events())
        .extracting(e -> e.type().code()).doesNotContain("150");
  }

  @Test
  void anActivistWhoFleesRetreatsFromNoArmy() {
    // "A Chilean opposition activist fled across the border."
    assertThat(code("A/a/DT Chilean/Chilean/JJ/MISC opposition/opposition/NN activist/activist/NN fled/flee/VBD across/across/IN the/the/DT border/border/NN ././.",
        "det(4,1) amod(4,2) compound(4,3) nsubj(5,4) root(0,5) case(8,6) det(8,7) obl:across(5,8) punct(5,9)").events())
        .extracting(e -> e.type().code()).doesNotContain("0874");
  }

  @Test
  void policeStormingAnEmbassySeizeItByForce() {
    // "Ecuadorian police stormed the Mexican embassy.": a state's forces do not riot.
    assertThat(code("Ecuadorian/Ecuadorian/JJ/MISC police/police/NNS stormed/storm/VBD the/the/DT Mexican/Mexican/JJ/MISC embassy/embassy/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)").events())
        .extracting(e -> e.type().code()).containsExactly("171");
  }

  @Test
  void soldiersStagingARevoltStillRiot() {
    // "Malian soldiers staged a revolt in Bamako.": forces rising against their rulers seize nothing.
    assertThat(code("Malian/Malian/JJ/MISC soldiers/soldier/NNS staged/stage/VBD a/a/DT revolt/revolt/NN in/in/IN Bamako/Bamako/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)").events())
        .extracting(e -> e.type().code()).isNotEmpty().doesNotContain("171");
  }

  @Test
  void aGroupThatGovernsArrestsAsAStateDoes() {
    // "Taliban forces arrested five suspects." (CAMEO codes the Taliban AFGGOVTAL: a government.)
    assertThat(code("Taliban/Taliban/NNP/ORGANIZATION forces/force/NNS arrested/arrest/VBD five/five/CD Afghan/Afghan/JJ/MISC suspects/suspect/NNS ././.",
        "compound(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)").events())
        .extracting(e -> e.type().code()).containsExactly("173");
  }

  @Test
  void troopsClosingRoadsRestrictMovementAndDoNotProtest() {
    // "Chilean troops closed the roads around Arica."
    assertThat(code("Chilean/Chilean/JJ/MISC troops/troop/NNS closed/close/VBD the/the/DT roads/road/NNS around/around/IN Arica/Arica/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) nmod:around(5,7) punct(3,8)").events())
        .extracting(e -> dev.annals.coding.HandCoding.triple(e)).anyMatch(t -> t.startsWith("CHLMIL") && t.endsWith(" 191")).noneMatch(t -> t.contains(" 14"));
  }

  @Test
  void fightersHidingWithNoOneAmongThemUseNoHumanShield() {
    // "Peruvian rebels hid in the mountains near Arica." / "Peruvian rebels hid among Chilean civilians."
    assertThat(code("Peruvian/Peruvian/JJ/MISC rebels/rebel/NNS hid/hide/VBD in/in/IN the/the/DT mountains/mountain/NNS near/near/IN Arica/Arica/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(6,4) det(6,5) obl:in(3,6) case(8,7) nmod:near(6,8) punct(3,9)").events())
        .extracting(e -> e.type().code()).doesNotContain("184");
    assertThat(code("Peruvian/Peruvian/JJ/MISC rebels/rebel/NNS hid/hide/VBD among/among/IN Chilean/Chilean/JJ/MISC civilians/civilian/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(6,4) amod(6,5) obl:among(3,6) punct(3,7)").events())
        .extracting(e -> dev.annals.coding.HandCoding.triple(e)).contains("PERREB CHLCVL 184");
  }
}
