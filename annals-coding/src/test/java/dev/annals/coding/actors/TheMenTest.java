package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "The men" are the people last named one by one, not a body such as the police, and "the vessels" the craft last named (NounAnaphora); pilots are civilians unless they fly fighters. */
class TheMenTest {
  @Test
  void theMenAreThePilotsNotThePoliceNamedSince() {
    // "Chilean police arrested two Peruvian pilots. Peru said its police were investigating.
    // Boric said the men would be tried in Chile."
    var events = code(new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC police/police/NNS arrested/arrest/VBD two/two/CD Peruvian/Peruvian/JJ/MISC pilots/pilot/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("Peru/Peru/NNP/LOCATION said/say/VBD its/its/PRP$ police/police/NNS were/be/VBD investigating/investigate/VBG ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) punct(2,7)")
        .sentence("Boric/Boric/NNP/PERSON said/say/VBD the/the/DT men/man/NNS would/would/MD be/be/VB tried/try/VBN in/in/IN Chile/Chile/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj:pass(7,4) aux(7,5) aux:pass(7,6) ccomp(2,7) case(9,8) obl:in(7,9) punct(2,10)")).events();
    // (The trial of men Chile holds is told as to come by Chile's president: no threat.)
    assertThat(events).extracting(e -> triple(e)).contains("CHLCOP PERCVL 173", "CHLGOV PERCVL 173").noneMatch(t -> t.contains(" PERCOP "));
  }

  @Test
  void theMenToBeTriedFarOnAreThePeopleTheSameSideHolds() {
    // "French gendarmes arrested 23 Brazilian gold miners. Brazil asked France for consular access.
    // Hundreds of people marched on Saturday. The French embassy said the men would be tried."
    var triples = code(new HandBuiltText()
        .sentence("French/French/JJ/MISC gendarmes/gendarme/NNS arrested/arrest/VBD 23/23/CD Brazilian/Brazilian/JJ/MISC gold/gold/NN miners/miner/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(7,4) amod(7,5) compound(7,6) obj(3,7) punct(3,8)")
        .sentence("Brazil/Brazil/NNP/LOCATION asked/ask/VBD France/France/NNP/LOCATION for/for/IN consular/consular/JJ access/access/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:for(2,6) punct(2,7)")
        .sentence("Hundreds/hundred/NNS of/of/IN people/people/NNS marched/march/VBD on/on/IN Saturday/Saturday/NNP ././.",
            "det:qmod(3,1) fixed(1,2) nsubj(4,3) root(0,4) case(6,5) obl:on(4,6) punct(4,7)")
        .sentence("The/the/DT French/French/JJ/MISC embassy/embassy/NN said/say/VBD the/the/DT men/man/NNS would/would/MD be/be/VB tried/try/VBN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) nsubj:pass(9,6) aux(9,7) aux:pass(9,8) ccomp(4,9) punct(4,10)")).events()
        .stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("FRAGOV BRACVL 173").noneMatch(t -> t.endsWith(" 137"));
  }

  /** "Chilean police arrested two Peruvian pilots in Arica on suspicion of flying Bolivian migrants, <tellers> said. One of the men was charged on Thursday." */
  private static java.util.List<String> chargedAfter(String tellerWord, String tellerLemma) {
    return code(new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC police/police/NNS arrested/arrest/VBD two/two/CD Peruvian/Peruvian/JJ/MISC pilots/pilot/NNS in/in/IN Arica/Arica/NNP/LOCATION "
                + "on/on/IN suspicion/suspicion/NN of/of/IN flying/fly/VBG Bolivian/Bolivian/JJ/MISC migrants/migrant/NNS ,/,/, " + tellerWord + "/" + tellerLemma
                + "/NNS said/say/VBD ././.",
            "amod(2,1) nsubj(3,2) ccomp(17,3) nummod(6,4) amod(6,5) obj(3,6) case(8,7) obl:in(3,8) case(10,9) obl:on(3,10) mark(12,11) acl:of(10,12) "
                + "amod(14,13) obj(12,14) punct(17,15) nsubj(17,16) root(0,17) punct(17,18)")
        .sentence("One/one/CD of/of/IN the/the/DT men/man/NNS was/be/VBD charged/charge/VBN on/on/IN Thursday/Thursday/NNP ././.",
            "det:qmod(4,1) fixed(1,2) det(4,3) nsubj:pass(6,4) aux:pass(6,5) root(0,6) case(8,7) obl:on(6,8) punct(6,9)")).events()
        .stream().map(e -> triple(e)).toList();
  }

  @Test
  void theMenAreThoseTheClauseActedOnNotThoseNamedInsideItsPhrasesNorItsTellers() {
    assertThat(chargedAfter("prosecutors", "prosecutor")).contains("CHLJUD PERCVL 173").noneMatch(t -> t.contains(" BOLCVL ") || t.contains(" CHLJUD CHLJUD"));
  }

  @Test
  void theVesselsAreTheCraftNamedBeforeWithACountry() {
    // "Russian and Chinese warships began a joint patrol on Wednesday. A Canadian frigate shadowed the four vessels north of the islands."
    var events = code(new HandBuiltText()
        .sentence("Russian/Russian/JJ/MISC and/and/CC Chinese/Chinese/JJ/MISC warships/warship/NNS began/begin/VBD a/a/DT joint/joint/JJ patrol/patrol/NN "
            + "on/on/IN Wednesday/Wednesday/NNP/DATE ././.", "amod(4,1) cc(3,2) amod(4,3) conj:and(1,3) nsubj(5,4) root(0,5) det(8,6) amod(8,7) obj(5,8) case(10,9) "
            + "obl:on(5,10) punct(5,11)")
        .sentence("A/a/DT Canadian/Canadian/JJ/MISC frigate/frigate/NN shadowed/shadow/VBD the/the/DT four/four/CD vessels/vessel/NNS north/north/NN of/of/IN "
            + "the/the/DT islands/island/NNS ././.", "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(7,5) nummod(7,6) obj(4,7) amod(7,8) case(11,9) det(11,10) "
            + "nmod:of(8,11) punct(4,12)")).events();
    assertThat(events).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CANMIL ") && (t.contains(" RUSMIL ") || t.contains(" CHNMIL ")) && t.endsWith(" 150"));
  }

  @Test
  void theMenAreThoseCalledMenBeforeOthersNamedSince() {
    // "Mozambican police arrested two Vietnamese men after customs officers found horns. Mozambique charged the men."
    var triples = code(new HandBuiltText()
        .sentence("Mozambican/Mozambican/JJ/MISC police/police/NNS arrested/arrest/VBD two/two/CD Vietnamese/Vietnamese/JJ/MISC men/man/NNS after/after/IN "
                + "customs/customs/NNS officers/officer/NNS found/find/VBD horns/horn/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) mark(10,7) compound(9,8) nsubj(10,9) advcl:after(3,10) obj(10,11) punct(3,12)")
        .sentence("Mozambique/Mozambique/NNP/LOCATION charged/charge/VBD the/the/DT men/man/NNS ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"))
        .events().stream().map(e -> dev.annals.coding.HandCoding.triple(e)).toList();
    assertThat(triples).contains("MOZ VNMCVL 173");
  }

  @Test
  void theMenChargedWithNoDoerAreChargedWhereTheyWereTakenAtATownsAirport() {
    // "Peruvian police arrested two Chilean men at Lima airport. The men were charged with smuggling."
    var triples = code(new HandBuiltText()
        .sentence("Peruvian/Peruvian/JJ/MISC police/police/NNS arrested/arrest/VBD two/two/CD Chilean/Chilean/JJ/MISC men/man/NNS at/at/IN "
                + "Lima/Lima/NNP/LOCATION airport/airport/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) case(9,7) compound(9,8) obl:at(3,9) punct(3,10)")
        .sentence("The/the/DT men/man/NNS were/be/VBD charged/charge/VBN with/with/IN smuggling/smuggling/NN ././.",
            "det(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) case(6,5) obl:with(4,6) punct(4,7)"))
        .events().stream().map(e -> dev.annals.coding.HandCoding.triple(e)).toList();
    assertThat(triples).contains("PERJUD CHLCVL 173");
  }
}
