package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A demand or threat that names no one, joined to an accusation, is made of the accused (SharedAddressees). */
class DemandsBesideAccusationsTest {
  @Test
  void aDemandJoinedToAnAccusationIsMadeOfTheAccused() {
    assertThat(triples(code("Iranian/Iranian/JJ students/student/NNS demanded/demand/VBD compensation/compensation/NN and/and/CC "
        + "accused/accuse/VBD Britain/Britain/NNP/LOCATION of/of/IN spying/spy/NN ././.",
        "amod(2,1) nsubj(3,2) nsubj(6,2) root(0,3) obj(3,4) cc(6,5) conj:and(3,6) obj(6,7) case(9,8) obl:of(6,9) punct(3,10)")))
        .contains("IRNEDU GBR 1031");
  }

  @Test
  void aThreatJoinedToABlameIsMadeAgainstTheBlamed() {
    // "Unions blamed the government for the debt and threatened a general strike."
    assertThat(triples(code("Malawian/Malawian/JJ/MISC unions/union/NNS blamed/blame/VBD the/the/DT government/government/NN for/for/IN the/the/DT "
        + "debt/debt/NN and/and/CC threatened/threaten/VBD a/a/DT general/general/JJ strike/strike/NN ././.",
        "amod(2,1) nsubj(3,2) nsubj(10,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) obl:for(3,8) cc(10,9) conj:and(3,10) det(13,11) "
            + "amod(13,12) obj(10,13) punct(3,14)")))
        .anyMatch(t -> t.matches("MWILAB MWIGOV 13\\d*"));
  }

  @Test
  void aWarningWhoseClauseNamesItsSideIsNotMadeAgainstTheBlamed() {
    // "Unions blamed the minister and warned that Malawi would pay."
    assertThat(triples(code("Malawian/Malawian/JJ/MISC unions/union/NNS blamed/blame/VBD the/the/DT minister/minister/NN and/and/CC "
        + "warned/warn/VBD that/that/IN Zambia/Zambia/NNP/LOCATION would/would/MD pay/pay/VB ././.",
        "amod(2,1) nsubj(3,2) nsubj(7,2) root(0,3) det(5,4) obj(3,5) cc(7,6) conj:and(3,7) mark(11,8) nsubj(11,9) aux(11,10) ccomp(7,11) punct(3,12)")))
        .noneMatch(t -> t.matches("MWILAB MWIGOV 13\\d*"));
  }
}
