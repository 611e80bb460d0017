package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Criminals of no country are those of the one country the article named criminals of before, and
 * handed over to another state by the teller's; aid asked for in a clause another side answered was
 * asked of that side.
 */
class CriminalsAndAidAskedTest {
  /** A Saturday. */
  private static final LocalDate SATURDAY = LocalDate.of(2026, 9, 12);

  @Test
  void aidAskedInAClauseAnotherSideAnsweredWasAskedOfThatSide() {
    // "The European Commission sent aircraft after Skopje asked for assistance."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT European/European/NNP/ORGANIZATION Commission/Commission/NNP/ORGANIZATION sent/send/VBD aircraft/aircraft/NN after/after/IN "
            + "Skopje/Skopje/NNP/LOCATION asked/ask/VBD for/for/IN assistance/assistance/NN ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) mark(8,6) nsubj(8,7) advcl:after(4,8) case(10,9) obl:for(8,10) punct(4,11)"), SATURDAY);
    assertThat(triples(article)).anyMatch(t -> t.startsWith("MKD") && t.contains(" EU") && t.contains(" 023"));
  }

  @Test
  void suspectsHandedOverToAnotherStateAreHandedOverByTheTellersState() {
    // "Somali pirates hijacked a ship. The suspects will be handed over to the Seychelles, Spain's
    // defence ministry said."
    var article = code(new HandBuiltText()
        .sentence("Somali/Somali/JJ/MISC pirates/pirate/NNS hijacked/hijack/VBD a/a/DT ship/ship/NN ././.", "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")
        .sentence("The/the/DT suspects/suspect/NNS will/will/MD be/be/VB handed/hand/VBN over/over/RP to/to/IN the/the/DT Seychelles/Seychelles/NNP/LOCATION "
                + ",/,/, Spain/Spain/NNP/LOCATION 's/'s/POS defence/defence/NN ministry/ministry/NN said/say/VBD ././.",
            "det(2,1) nsubj:pass(5,2) aux(5,3) aux:pass(5,4) ccomp(15,5) compound:prt(5,6) case(9,7) det(9,8) obl:to(5,9) punct(15,10) nmod:poss(14,11) "
                + "case(11,12) compound(14,13) nsubj(15,14) root(0,15) punct(15,16)"), SATURDAY);
    assertThat(triples(article)).anyMatch(t -> t.startsWith("ESP") && t.contains(" SYC ") && t.contains(" 03"));
  }

  @Test
  void suspectsDetainedAfterSomaliPiratesAreSomali() {
    // "Somali pirates hijacked a ship. A Spanish frigate detained seven suspects."
    var article = code(new HandBuiltText()
        .sentence("Somali/Somali/JJ/MISC pirates/pirate/NNS hijacked/hijack/VBD a/a/DT ship/ship/NN ././.", "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")
        .sentence("A/a/DT Spanish/Spanish/JJ/MISC frigate/frigate/NN detained/detain/VBD seven/seven/CD suspects/suspect/NNS ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) nummod(6,5) obj(4,6) punct(4,7)"), SATURDAY);
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("173")).isNotEmpty()
        .allMatch(e -> e.target().map(t -> t.code()).orElse("-").equals("SOMCRM"));
  }
}
