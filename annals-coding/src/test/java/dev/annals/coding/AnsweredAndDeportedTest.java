package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom a government's denial answers when no one accused it, and whom a deportation is aimed at. */
class AnsweredAndDeportedTest {
  @Test
  void aGovernmentsDenialWithNoAccuserAnswersWhoeverLastAppealedToIt() {
    // "Vietnam asked Malaysia to free the crew. Malaysia denied that anyone had been hurt."
    var triples = code(new HandBuiltText()
        .sentence("Vietnam/Vietnam/NNP/LOCATION asked/ask/VBD Malaysia/Malaysia/NNP/LOCATION to/to/TO free/free/VB the/the/DT crew/crew/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) det(7,6) obj(5,7) punct(2,8)")
        .sentence("Malaysia/Malaysia/NNP/LOCATION denied/deny/VBD that/that/IN anyone/anyone/NN had/have/VBD been/be/VBN hurt/hurt/VBN ././.",
            "nsubj(2,1) root(0,2) mark(7,3) nsubj:pass(7,4) aux(7,5) aux:pass(7,6) ccomp(2,7) punct(2,8)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("MYS VNM 016");
  }

  @Test
  void peopleOfACountryDeportedSomewhereAreWhomTheDeportationIsAimedAt() {
    // "Mauritanian police detained 300 Gambians and deported them to the Senegalese border."
    var triples = code(new HandBuiltText().sentence(
        "Mauritanian/Mauritanian/JJ/MISC police/police/NN detained/detain/VBD 300/300/CD Gambians/Gambian/NNS and/and/CC deported/deport/VBD them/they/PRP "
            + "to/to/IN the/the/DT Senegalese/Senegalese/JJ/MISC border/border/NN ././.",
        "amod(2,1) nsubj(3,2) nsubj(7,2) root(0,3) nummod(5,4) obj(3,5) cc(7,6) conj:and(3,7) obj(7,8) case(12,9) det(12,10) amod(12,11) obl:to(7,12) punct(3,13)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("MRTCOP GMBCVL 174").noneMatch(t -> t.endsWith(" 174") && t.contains("SEN"));
  }

  @Test
  void peopleOfNoCountryToldAreDeportedToTheirDestination() {
    // "Thailand deported eight men to China."
    var triples = code(new HandBuiltText().sentence(
        "Thailand/Thailand/NNP/LOCATION deported/deport/VBD eight/eight/CD men/man/NNS to/to/IN China/China/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(2,7)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("THA CHN 174");
  }
}
