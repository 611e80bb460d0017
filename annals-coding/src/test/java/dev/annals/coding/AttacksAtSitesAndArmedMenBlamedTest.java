package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An attack on foreigners at a site abroad: the attackers are of where the site is, the armed men
 * the host state blames are its own, and a working group the victims' state sends is that state's.
 */
class AttacksAtSitesAndArmedMenBlamedTest {
  // "Gunmen killed four Turkish engineers and wounded three others in an attack on a copper mine
  // near Solwezi in Zambia on Monday. Turkey's embassy in Lusaka condemned the killings on Tuesday
  // and urged the government to protect Turkish citizens. The Zambian government expressed
  // condolences to Ankara, said soldiers had arrested two suspects and blamed an armed group active
  // near the border with Angola. Turkey's foreign ministry said a working group would travel to
  // Lusaka to help with the investigation."
  private static final String ATTACK = "Gunmen/gunman/NNS killed/kill/VBD four/four/CD Turkish/Turkish/JJ engineers/engineer/NNS and/and/CC wounded/wound/VBD three/three/CD others/other/NNS "
          + "in/in/IN an/a/DT attack/attack/NN on/on/IN a/a/DT copper/copper/NN mine/mine/NN near/near/IN Solwezi/Solwezi/NNP/LOCATION in/in/IN "
          + "Zambia/Zambia/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.";
  private static final String ATTACK_EDGES = "root(0,2) nsubj(2,1) obj(2,5) conj:and(2,7) punct(2,23) nsubj(7,1) cc(7,6) obj(7,9) obl:in(7,12) nummod(5,3) amod(5,4) nummod(9,8) case(12,10) "
          + "det(12,11) nmod:on(12,16) nmod:on(12,22) case(16,13) det(16,14) compound(16,15) nmod:near(16,18) nmod:in(16,20) case(18,17) case(20,19) case(22,21)";
  private static final String CONDEMNED = "Turkey/Turkey/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Lusaka/Lusaka/NNP/LOCATION condemned/condemn/VBD the/the/DT killings/killing/NNS "
          + "on/on/IN Tuesday/Tuesday/NNP and/and/CC urged/urge/VBD the/the/DT government/government/NN to/to/TO protect/protect/VB Turkish/Turkish/JJ "
          + "citizens/citizen/NNS ././.";
  private static final String CONDEMNED_EDGES = "root(0,6) nmod:poss(3,1) nmod:in(3,5) case(1,2) nsubj(6,3) obj(6,8) conj:and(6,12) punct(6,19) nsubj(12,3) cc(12,11) obj(12,14) xcomp(12,16) case(5,4) "
          + "det(8,7) nmod:on(8,10) case(10,9) det(14,13) nsubj:xsubj(16,14) mark(16,15) obj(16,18) amod(18,17)";
  private static final String SERIES = "The/the/DT Zambian/Zambian/JJ government/government/NN expressed/express/VBD condolences/condolence/NNS to/to/IN Ankara/Ankara/NNP/LOCATION ,/,/, "
          + "said/say/VBD soldiers/soldier/NNS had/have/VBD arrested/arrest/VBN two/two/CD suspects/suspect/NNS and/and/CC blamed/blame/VBD an/a/DT armed/armed/JJ "
          + "group/group/NN active/active/JJ near/near/IN the/the/DT border/border/NN with/with/IN Angola/Angola/NNP/LOCATION ././.";
  private static final String SERIES_EDGES = "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,5) obl:to(4,7) punct(4,8) parataxis(4,12) parataxis(4,16) punct(4,26) case(7,6) dep(12,9) nsubj(12,10) "
          + "aux(12,11) obj(12,14) conj:and(12,16) nsubj(16,10) cc(16,15) obj(16,19) nummod(14,13) det(19,17) amod(19,18) amod(19,20) obl:near(20,23) case(23,21) "
          + "det(23,22) nmod:with(23,25) case(25,24)";
  private static final String GROUP_SENT = "Turkey/Turkey/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD a/a/DT working/working/NN group/group/NN would/would/MD "
          + "travel/travel/VB to/to/IN Lusaka/Lusaka/NNP/LOCATION to/to/TO help/help/VB with/with/IN the/the/DT investigation/investigation/NN ././.";
  private static final String GROUP_SENT_EDGES = "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) ccomp(5,10) punct(5,18) det(8,6) compound(8,7) nsubj(10,8) aux(10,9) obl:to(10,12) "
          + "xcomp(10,14) nsubj:xsubj(14,8) mark(14,13) obl:with(14,17) case(12,11) case(17,15) det(17,16)";
  private static final String SERIES_PLACED = "The/the/DT Zambian/Zambian/JJ government/government/NN expressed/express/VBD condolences/condolence/NNS to/to/IN Ankara/Ankara/NNP/LOCATION ,/,/, "
          + "said/say/VBD soldiers/soldier/NNS had/have/VBD arrested/arrest/VBN two/two/CD suspects/suspect/NNS and/and/CC blamed/blame/VBD armed/armed/JJ "
          + "groups/group/NNS in/in/IN Angola/Angola/NNP/LOCATION ././.";
  private static final String SERIES_PLACED_EDGES = "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,5) obl:to(4,7) punct(4,8) dep(4,12) dep(4,16) punct(4,21) case(7,6) dep(12,9) nsubj(12,10) aux(12,11) "
          + "obj(12,14) conj:and(12,16) nsubj(16,10) cc(16,15) obj(16,18) obl:in(16,20) nummod(14,13) amod(18,17) case(20,19)";

  private static HandBuiltText story(String series, String seriesEdges) {
    return new HandBuiltText().sentence(ATTACK, ATTACK_EDGES).sentence(CONDEMNED, CONDEMNED_EDGES).sentence(series, seriesEdges).sentence(GROUP_SENT, GROUP_SENT_EDGES);
  }

  @Test
  void gunmenWhoKilledAndWoundedInAnAttackOnAMineAreOfWhereTheMineIs() {
    var article = code(story(SERIES, SERIES_EDGES));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("ZMBUAF TURCVL 19")).noneMatch(t -> t.startsWith("TURUAF"));
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("19"))
        .allSatisfy(e -> assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Solwezi")));
  }

  @Test
  void aSayingInTheMiddleOfTheGovernmentsSeriesLeavesTheBlamingToTheGovernment() {
    assertThat(triples(code(story(SERIES, SERIES_EDGES)))).anyMatch(t -> t.startsWith("ZMBGOV ZMBREB 112")).anyMatch(t -> t.startsWith("ZMBMIL ZMBCRM 173"))
        .noneMatch(t -> t.startsWith("TURMIL")).noneMatch(t -> t.contains("TURREB"));
  }

  @Test
  void armedMenTheGovernmentPlacesAbroadAreOfThatPlace() {
    // "… and blamed armed groups in Angola."
    assertThat(triples(code(story(SERIES_PLACED, SERIES_PLACED_EDGES)))).anyMatch(t -> t.startsWith("ZMBGOV AGOREB 112")).noneMatch(t -> t.contains("ZMBREB"));
  }

  @Test
  void aWorkingGroupTheMinistrySaysWillTravelIsItsOwn() {
    assertThat(triples(code(story(SERIES, SERIES_EDGES)))).anyMatch(t -> t.startsWith("TURGOV ZMBGOV 03")).noneMatch(t -> t.startsWith("ZMBGOV TURGOV 03"));
  }
}
