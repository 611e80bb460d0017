package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escorting a trawler one has just seized is part of the seizure; fishers who rally are civilians. */
class SeizedTrawlersAndFishersTest {
  // "Ghana's navy seized a Chinese trawler fishing without a licence off the country's western
  // coast on Saturday, escorting it to Takoradi with its 40 crew, the fisheries ministry said."
  private static final String SEIZED = "Ghana/Ghana/NNP/LOCATION 's/'s/POS navy/navy/NN/ORGANIZATION seized/seize/VBD a/a/DT Chinese/Chinese/JJ trawler/trawler/NN "
      + "fishing/fishing/NN without/without/IN a/a/DT licence/licence/NN off/off/IN the/the/DT country/country/NN 's/'s/POS western/western/JJ coast/coast/NN "
      + "on/on/IN Saturday/Saturday/NNP ,/,/, escorting/escort/VBG it/it/PRP to/to/IN Takoradi/Takoradi/NNP/LOCATION with/with/IN its/its/PRP$ 40/40/CD "
      + "crew/crew/NN ,/,/, the/the/DT fisheries/fishery/NNS ministry/ministry/NN said/say/VBD ././.";
  private static final String SEIZED_EDGES = "root(0,33) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,8) obl:without(4,11) obl:on(4,19) punct(4,20) dep(4,21) "
      + "ccomp(33,4) punct(33,29) nsubj(33,32) punct(33,34) det(8,5) amod(8,6) compound(8,7) case(11,9) det(11,10) nmod:off(11,17) case(17,12) "
      + "nmod:poss(17,14) amod(17,16) det(14,13) case(14,15) case(19,18) obj(21,22) obl:to(21,24) obl:with(21,28) case(24,23) case(28,25) nmod:poss(28,26) "
      + "nummod(28,27) det(32,30) compound(32,31)";
  // "On Monday hundreds of fishers rallied outside the ministry in Accra, urging the government to
  // ban foreign trawlers."
  private static final String RALLIED = "On/on/IN Monday/Monday/NNP hundreds/hundred/NNS of/of/IN fishers/fisher/NNS rallied/rally/VBD outside/outside/IN "
      + "the/the/DT ministry/ministry/NN in/in/IN Accra/Accra/NNP/LOCATION ,/,/, urging/urge/VBG the/the/DT government/government/NN to/to/TO ban/ban/VB "
      + "foreign/foreign/JJ trawlers/trawler/NNS ././.";
  private static final String RALLIED_EDGES = "root(0,6) case(2,1) obl:on(6,2) nsubj(6,5) obl:outside(6,9) punct(6,12) dep(6,13) punct(6,20) det:qmod(5,3) "
      + "fixed(3,4) case(9,7) det(9,8) nmod:in(9,11) case(11,10) obj(13,15) xcomp(13,17) det(15,14) nsubj:xsubj(17,15) mark(17,16) obj(17,19) amod(19,18)";

  @Test
  void escortingTheTrawlerJustSeizedIsNoMilitaryCooperationWithItsOwners() {
    assertThat(triples(code(new HandBuiltText().sentence(SEIZED, SEIZED_EDGES)))).anyMatch(t -> t.startsWith("GHAMIL CHNBUS 171"))
        .noneMatch(t -> t.endsWith(" 062") || t.endsWith(" 074"));
  }

  @Test
  void fishersWhoRallyOutsideTheMinistryProtestToTheirGovernment() {
    assertThat(triples(code(new HandBuiltText().sentence(SEIZED, SEIZED_EDGES).sentence(RALLIED, RALLIED_EDGES)))).anyMatch(t -> t.startsWith("GHACVL GHAGOV 14"));
  }
}
