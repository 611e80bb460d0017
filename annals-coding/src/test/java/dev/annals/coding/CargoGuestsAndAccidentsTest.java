package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Planes sent carrying aid send the aid; "the visitor" after a host welcomed a leader is that
 * leader; damage one's side is suspected of, called an accident, is a denial of responsibility; a
 * vessel escorted into a port is seized.
 */
class CargoGuestsAndAccidentsTest {

  @Test
  void planesCarryingTentsSendTheTents() {
    // (The destination and the day as the repair DestinationHungOnCargoParticiple leaves them.)
    assertThat(triples(code(new HandBuiltText()
        .sentence("Oman/Oman/NNP/LOCATION sent/send/VBD two/two/CD transport/transport/NN planes/plane/NNS carrying/carry/VBG "
            + "tents/tent/NNS and/and/CC medicine/medicine/NN to/to/IN Tonga/Tonga/NNP/LOCATION on/on/IN "
            + "Thursday/Thursday/NNP ././.",
            "root(0,2) nsubj(2,1) obj(2,5) punct(2,14) nummod(5,3) compound(5,4) acl(5,6) obj(6,7) obj(6,9) obl:to(2,11) "
            + "obl:on(2,13) conj:and(7,9) cc(9,8) case(11,10) case(13,12)"))))
        .contains("OMN TON 073");
  }

  @Test
  void theVisitorIsTheGuestAHostWelcomed() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN welcomed/welcome/VBD the/the/DT Thai/Thai/JJ "
            + "prime/prime/JJ minister/minister/NN to/to/IN Lima/Lima/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,8) obl:to(4,10) obl:on(4,12) punct(4,13) det(8,5) "
            + "amod(8,6) amod(8,7) case(10,9) case(12,11)")
        .sentence("On/on/IN Tuesday/Tuesday/NNP the/the/DT visitor/visitor/NN met/meet/VBD Peruvian/Peruvian/JJ "
            + "business/business/NN leaders/leader/NNS ././.",
            "root(0,5) case(2,1) obl:on(5,2) nsubj(5,4) obj(5,8) punct(5,9) det(4,3) amod(8,6) compound(8,7)"))))
        .contains("THAGOV PERBUS 040");
  }

  @Test
  void damageCalledAnAccidentIsDeniedResponsibility() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Estonian/estonian/JJ police/police/NN detained/detain/VBD a/a/DT Chinese/Chinese/JJ ship/ship/NN on/on/IN "
            + "Monday/Monday/NNP ././.",
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) punct(3,9) det(6,4) amod(6,5) case(8,7)")
        .sentence("A/a/DT Chinese/Chinese/JJ spokesperson/spokesperson/NN called/call/VBD the/the/DT damage/damage/NN an/a/DT "
            + "accident/accident/NN ././.",
            "root(0,4) det(3,1) amod(3,2) nsubj(4,3) xcomp(4,8) punct(4,9) det(6,5) nsubj(8,6) det(8,7)"))))
        .anyMatch(t -> t.startsWith("CHNGOV ") && t.endsWith(" 016"));
  }

  @Test
  void aVesselEscortedIntoAPortIsSeized() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Norway/Norway/NNP/LOCATION 's/'s/POS coast/coast/NN/ORGANIZATION guard/guard/NN/ORGANIZATION "
            + "escorted/escort/VBD a/a/DT Russian/Russian/JJ -/-/HYPH owned/own/VBN trawler/trawler/NN into/into/IN "
            + "the/the/DT port/port/NN of/of/IN Tromso/Tromso/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,10) obl:into(5,13) obl:on(5,17) punct(5,18) "
            + "det(10,6) amod(10,9) dep(9,7) punct(9,8) case(13,11) det(13,12) nmod:of(13,15) case(15,14) case(17,16)"))))
        .anyMatch(t -> t.startsWith("NORMIL RUS") && t.endsWith(" 1711")).noneMatch(t -> t.endsWith(" 074"));
  }
}
