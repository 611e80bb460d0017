package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whose forces and bodies are told by their words: fighters loyal to a group (Owners.sideOfLoyalty), a
 * word for a kind of people inside a body's name (PhraseNames), a directorate (actors/sectors.tsv);
 * a registration suspended (cameo/verbs.tsv).
 */
class SidesAndBodiesTest {
  @Test
  void fightersLoyalToAnArmedGroupAreThatGroups() {
    // "Fighters loyal to the Houthis seized a Saudi tanker, Saudi Arabia's ministry said." (told by Saudi Arabia)
    assertThat(triples(code("Fighters/fighter/NNS loyal/loyal/JJ to/to/IN the/the/DT Houthis/Houthis/NNPS/ORGANIZATION seized/seize/VBD a/a/DT "
        + "Saudi/Saudi/JJ/MISC tanker/tanker/NN ,/,/, Saudi/Saudi/NNP/LOCATION Arabia/Arabia/NNP/LOCATION 's/'s/POS ministry/ministry/NN said/say/VBD ././.",
        "nsubj(6,1) amod(1,2) case(5,3) det(5,4) obl:to(2,5) root(0,6) det(9,7) amod(9,8) obj(6,9) punct(6,10) compound(12,11) nmod:poss(14,12) case(12,13) "
            + "nsubj(15,14) parataxis(6,15) punct(6,16)")))
        .anyMatch(t -> t.startsWith("HOUTHIS SAU")).noneMatch(t -> t.startsWith("SAU") && t.endsWith(" 1711"));
  }

  @Test
  void aWordForPeopleInsideAPoliceForcesNameIsNoSector() {
    // "Royal Oman Police arrested two Indian sailors."
    assertThat(triples(code("Royal/Royal/NNP/ORGANIZATION Oman/Oman/NNP/LOCATION Police/Police/NNP/ORGANIZATION arrested/arrest/VBD two/two/CD "
        + "Indian/Indian/JJ/MISC sailors/sailor/NNS ././.",
        "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) nummod(7,5) amod(7,6) obj(4,7) punct(4,8)"))).anyMatch(t -> t.startsWith("OMNCOP IND"));
  }

  @Test
  void aDirectorateGeneralSuspendingARegistrationIsAGovernmentsSanction() {
    // "India's Directorate General of Shipping suspended the Indian owner's registration."
    assertThat(triples(code("India/India/NNP/LOCATION 's/'s/POS Directorate/Directorate/NNP General/General/NNP of/of/IN Shipping/Shipping/NNP "
        + "suspended/suspend/VBD the/the/DT Indian/Indian/JJ/MISC owner/owner/NN 's/'s/POS registration/registration/NN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(7,4) case(6,5) nmod:of(4,6) root(0,7) det(10,8) amod(10,9) nmod:poss(12,10) case(10,11) obj(7,12) "
            + "punct(7,13)"))).anyMatch(t -> t.startsWith("INDGOV") && t.endsWith(" 172"));
  }

  @Test
  void aPoliceCoastGuardIsPolice() {
    // "Oman's police coast guard rescued two Indian fishermen."
    assertThat(triples(code("Oman/Oman/NNP/LOCATION 's/'s/POS police/police/NN coast/coast/NN guard/guard/NN rescued/rescue/VBD two/two/CD "
        + "Indian/Indian/JJ/MISC fishermen/fisherman/NNS ././.",
        "nmod:poss(5,1) case(1,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) nummod(9,7) amod(9,8) obj(6,9) punct(6,10)")))
        .anyMatch(t -> t.startsWith("OMNCOP IND"));
  }
}
