package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A side saying its own people did a deed told before claims it, and the nameless doers of that
 * deed are the claimant; a ruling movement's ministry speaks for the movement.
 */
class ClaimsOfDeedsToldBeforeTest {
  /** A Wednesday. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 5, 13);

  /** "Gunmen kidnapped three Chinese engineers, the Taliban's interior ministry said." */
  private static HandBuiltText kidnapped() {
    return new HandBuiltText().sentence("Gunmen/gunman/NNS kidnapped/kidnap/VBD three/three/CD Chinese/Chinese/JJ/MISC engineers/engineer/NNS ,/,/, the/the/DT Taliban/Taliban/NNP/ORGANIZATION "
              + "'s/'s/POS interior/interior/JJ ministry/ministry/NN said/say/VBD ././.",
          "nsubj(2,1) ccomp(12,2) nummod(5,3) amod(5,4) obj(2,5) punct(12,6) det(8,7) nmod:poss(11,8) case(8,9) amod(11,10) nsubj(12,11) root(0,12) punct(12,13)");
  }

  @Test
  void aSayingThatOnesOwnFightersDidADeedToldBeforeClaimsIt() {
    // "... The Islamic State said that its fighters had carried out the abduction."
    var article = code(kidnapped()
        .sentence("The/the/DT Islamic/Islamic/NNP/ORGANIZATION State/State/NNP/ORGANIZATION said/say/VBD that/that/IN its/its/PRP$ fighters/fighter/NNS "
                + "had/have/VBD carried/carry/VBN out/out/RP the/the/DT abduction/abduction/NN ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) mark(9,5) nmod:poss(7,6) nsubj(9,7) aux(9,8) ccomp(4,9) compound:prt(9,10) det(12,11) obj(9,12) punct(4,13)"),
        WEDNESDAY);
    assertThat(triples(article)).anyMatch(t -> t.endsWith(" 015")).anyMatch(t -> t.endsWith(" 181") && !t.contains("UAF"))
        .filteredOn(t -> t.endsWith(" 181")).hasSize(1);
  }

  @Test
  void theKidnappersNamedAgainAreTheClaimant() {
    // "... Taliban forces killed two of the kidnappers. The Islamic State said that its fighters
    // had carried out the abduction."
    var article = code(kidnapped()
        .sentence("Taliban/Taliban/NNP/ORGANIZATION forces/force/NNS killed/kill/VBD two/two/CD of/of/IN the/the/DT kidnappers/kidnapper/NNS ././.",
            "compound(2,1) nsubj(3,2) root(0,3) nummod(7,4) case(7,5) det(7,6) obj(3,7) punct(3,8)")
        .sentence("The/the/DT Islamic/Islamic/NNP/ORGANIZATION State/State/NNP/ORGANIZATION said/say/VBD that/that/IN its/its/PRP$ fighters/fighter/NNS "
                + "had/have/VBD carried/carry/VBN out/out/RP the/the/DT abduction/abduction/NN ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) mark(9,5) nmod:poss(7,6) nsubj(9,7) aux(9,8) ccomp(4,9) compound:prt(9,10) det(12,11) obj(9,12) punct(4,13)"),
        WEDNESDAY);
    assertThat(triples(article)).filteredOn(t -> t.startsWith("TALIBAN")).isNotEmpty().noneMatch(t -> t.contains("UAF"));
  }

  @Test
  void aMinistrySpokesmanAfterARulingMovementsMinistryIsTheMovements() {
    // "... Troops freed the men, a ministry spokesman told reporters."
    var article = code(kidnapped()
        .sentence("Troops/troop/NNS freed/free/VBD the/the/DT men/man/NNS ,/,/, a/a/DT ministry/ministry/NN spokesman/spokesman/NN told/tell/VBD reporters/reporter/NNS ././.",
            "nsubj(2,1) ccomp(9,2) det(4,3) obj(2,4) punct(9,5) det(8,6) compound(8,7) nsubj(9,8) root(0,9) obj(9,10) punct(9,11)"),
        WEDNESDAY);
    assertThat(article.actors()).filteredOn(a -> a.surface().equals("a ministry spokesman")).isNotEmpty()
        .allMatch(a -> a.actor().code().equals("TALIBAN"));
  }
}
