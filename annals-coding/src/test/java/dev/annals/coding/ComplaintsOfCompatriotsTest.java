package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A complaint of what another side did to one's own people: "their compatriots" are the
 * complainer's (Pronouns), the complaint is aimed at the doer (ContentTargets), "during the raids"
 * is the day of the raids told before (OccasionDates), and the leaders of a country's gang are of
 * the gang (PhraseResolver).
 */
class ComplaintsOfCompatriotsTest {
  @Test
  void theCompatriotsAreTheComplainersAndTheComplaintIsAimedAtTheirHolder() {
    // "Ecuadorian groups complained on Sunday that Chilean police had detained dozens of their compatriots."
    assertThat(code(new HandBuiltText().sentence("Ecuadorian/Ecuadorian/JJ/MISC groups/group/NNS complained/complain/VBD on/on/IN Sunday/Sunday/NNP/DATE "
            + "that/that/WDT Chilean/Chilean/JJ/MISC police/police/NN had/have/VBD detained/detain/VBN dozens/dozen/NNS of/of/IN their/their/PRP$ "
            + "compatriots/compatriot/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:on(3,5) dep(10,6) amod(8,7) nsubj(10,8) aux(10,9) ccomp(3,10) det:qmod(14,11) fixed(11,12) "
            + "nmod:poss(14,13) obj(10,14) punct(3,15)")).events())
        .extracting(e -> triple(e)).contains("CHLCOP ECUCVL 173", "ECU CHLCOP 114");
  }

  /** "Chilean police arrested four leaders of Ecuador's Los Lobos gang in raids in Santiago on Friday. ... Ecuadorian groups complained on Sunday that police had detained dozens of Ecuadorians during the raids." */
  private static final List<Event> RAIDS = code(new HandBuiltText()
      .sentence("Chilean/Chilean/JJ/MISC police/police/NNS arrested/arrest/VBD four/four/CD leaders/leader/NNS of/of/IN Ecuador/Ecuador/NNP/LOCATION 's/'s/POS "
          + "Los/Los/NNP/LOCATION Lobos/Lobos/NNP/LOCATION gang/gang/NN in/in/IN raids/raid/NNS in/in/IN Santiago/Santiago/NNP/LOCATION on/on/IN Friday/Friday/NNP/DATE ././.",
          "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) case(11,6) nmod:poss(11,7) case(7,8) compound(10,9) compound(11,10) nmod:of(5,11) case(13,12) "
              + "obl:in(3,13) case(15,14) nmod:in(13,15) case(17,16) obl:on(3,17) punct(3,18)")
      .sentence("Ecuador/Ecuador/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN asked/ask/VBD Chile/Chile/NNP/LOCATION on/on/IN Saturday/Saturday/NNP/DATE "
          + "to/to/IN extradite/extradite/VB the/the/DT men/man/NNS ././.",
          "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) case(8,7) obl:on(5,8) dep(10,9) xcomp(5,10) det(12,11) obj(10,12) punct(5,13)")
      .sentence("Ecuadorian/Ecuadorian/JJ/MISC groups/group/NNS complained/complain/VBD on/on/IN Sunday/Sunday/NNP/DATE that/that/WDT police/police/NN had/have/VBD "
          + "detained/detain/VBN dozens/dozen/NNS of/of/IN Ecuadorians/Ecuadorian/NNPS during/during/IN the/the/DT raids/raid/NNS ././.",
          "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:on(3,5) dep(9,6) nsubj(9,7) aux(9,8) ccomp(3,9) det:qmod(12,10) fixed(10,11) obj(9,12) case(15,13) "
              + "det(15,14) obl:during(9,15) punct(3,16)"), java.time.LocalDate.of(2025, 12, 7)).events();

  @Test
  void theLeadersOfACountrysGangAreOfTheGang() {
    assertThat(RAIDS).extracting(e -> triple(e)).contains("CHLCOP ECUCRM 173").doesNotContain("CHLCOP ECUGOV 173");
  }

  @Test
  void whatWasDoneDuringTheRaidsWasDoneOnTheDayOfTheRaids() {
    assertThat(RAIDS).filteredOn(e -> triple(e).equals("CHLCOP ECUCVL 173")).extracting(e -> e.date().value()).containsExactly("2025-12-05");
  }

  @Test
  void whatWasDoneBeforeTheRaidsIsNotDatedByThem() {
    // "Chilean police arrested four men in raids in Santiago on Friday. Peru had accused Chile before the raids."
    var events = code(new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC police/police/NNS arrested/arrest/VBD four/four/CD men/man/NNS in/in/IN raids/raid/NNS in/in/IN "
            + "Santiago/Santiago/NNP/LOCATION on/on/IN Friday/Friday/NNP/DATE ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) case(7,6) obl:in(3,7) case(9,8) obl:in(3,9) case(11,10) obl:on(3,11) punct(3,12)")
        .sentence("Peru/Peru/NNP/LOCATION had/have/VBD accused/accuse/VBN Chile/Chile/NNP/LOCATION before/before/IN the/the/DT raids/raid/NNS ././.",
            "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(7,5) det(7,6) obl:before(3,7) punct(3,8)"), java.time.LocalDate.of(2025, 12, 7)).events();
    assertThat(events).filteredOn(e -> triple(e).equals("PER CHL 112")).isNotEmpty().noneMatch(e -> e.date().value().equals("2025-12-05"));
  }
}
