package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A case taken to a court or body is brought against the side the speaker is at odds with; the body is the venue (AntecedentTargets); at a court it is a lawsuit (IssuesRaisedWithBodies). */
class CasesBeforeBodiesTest {
  @Test
  void aCaseTakenToABodyIsAgainstTheAdversary() {
    assertThat(triples(code(new HandBuiltText()
        .sentence(SEIZED, SEIZED_EDGES)
        .sentence("Guyana/Guyana/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD take/take/VB the/the/DT matter/matter/NN to/to/IN the/the/DT "
            + "UN/UN/NNP/ORGANIZATION Security/Security/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) case(12,8) det(12,9) compound(12,10) compound(12,11) obl:to(5,12) punct(2,13)"))))
        .contains("GUY VENGOV 114").noneMatch(t -> t.startsWith("GUY UNSC"));
  }

  @Test
  void aCaseTakenToACourtIsAgainstTheSideTheSameReportAccuses() {
    assertThat(triples(code("Mexico/Mexico/NNP/LOCATION said/say/VBD Lima/Lima/NNP/LOCATION was/be/VBD violating/violate/VBG the/the/DT "
        + "convention/convention/NN and/and/CC that/that/IN it/it/PRP would/would/MD take/take/VB the/the/DT case/case/NN to/to/IN the/the/DT "
        + "International/International/NNP/ORGANIZATION Court/Court/NNP/ORGANIZATION of/of/IN/ORGANIZATION Justice/Justice/NNP/ORGANIZATION ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) cc(12,8) mark(12,9) nsubj(12,10) aux(12,11) ccomp(2,12) conj:and(5,12) "
            + "det(14,13) obj(12,14) case(18,15) det(18,16) compound(18,17) obl:to(12,18) case(20,19) nmod:of(18,20) punct(2,21)")))
        // A lawsuit (115) since session 65, taken to a court; before, a complaint (114) as to any body.
        .contains("MEX PERGOV 115").noneMatch(t -> t.startsWith("MEX ICJ"));
  }

  @Test
  void aCaseTakenToABodysCourtHungOnTheMatterIsAgainstTheAdversaryToo() {
    // "Guyana said it would take the matter to Mercosur's court.", the parser hanging the court on the matter.
    assertThat(triples(code(new HandBuiltText()
        .sentence(SEIZED, SEIZED_EDGES)
        .sentence("Guyana/Guyana/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD take/take/VB the/the/DT matter/matter/NN to/to/IN "
            + "Mercosur/Mercosur/NNP/ORGANIZATION 's/'s/POS court/court/NN ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) case(11,8) nmod:poss(11,9) case(9,10) nmod:to(7,11) punct(2,12)"))))
        .contains("GUY VENGOV 114").noneMatch(t -> t.startsWith("GUY MERCOSUR"));
  }

  @Test
  void aCaseTakenToABodyOnlyOnAConditionIsAConditionalThreat() {
    // "Guyana said it would take the matter to the UN if Venezuela kept the boat."
    assertThat(triples(code(new HandBuiltText()
        .sentence(SEIZED, SEIZED_EDGES)
        .sentence("Guyana/Guyana/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD take/take/VB the/the/DT matter/matter/NN to/to/IN the/the/DT "
            + "UN/UN/NNP/ORGANIZATION if/if/IN Venezuela/Venezuela/NNP/LOCATION kept/keep/VBD the/the/DT boat/boat/NN ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) case(10,8) det(10,9) obl:to(5,10) mark(13,11) nsubj(13,12) "
                + "advcl:if(5,13) det(15,14) obj(13,15) punct(2,16)"))))
        .anyMatch(t -> t.startsWith("GUY VEN") && t.contains(" 13")).noneMatch(t -> t.endsWith(" 114"));
  }

  private static final String SEIZED = "Venezuelan/Venezuelan/JJ troops/troop/NNS seized/seize/VBD a/a/DT Guyanese/Guyanese/JJ boat/boat/NN on/on/IN Monday/Monday/NNP ././.";
  private static final String SEIZED_EDGES = "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) case(8,7) obl:on(3,8) punct(3,9)";
}
