package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An advisory judged is the words of whoever advised (cameo/verbs.tsv, statement-nouns.txt,
 * AntecedentTargets); "the men" are people other than a business's owners when there are any
 * (NounAnaphora).
 */
class AdvisoriesAndTheMenTest {
  @Test
  void anAdvisoryJudgedIsAimedAtWhoeverAdvised() {
    // "Kenya advised its citizens against travel to Uganda. Uganda called the advisory exaggerated."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Kenya/Kenya/NNP/LOCATION advised/advise/VBD its/its/PRP$ citizens/citizen/NNS against/against/IN travel/travel/NN to/to/IN "
                + "Uganda/Uganda/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) obl:against(2,6) case(8,7) nmod:to(6,8) punct(2,9)")
        .sentence("Uganda/Uganda/NNP/LOCATION called/call/VBD the/the/DT advisory/advisory/JJ exaggerated/exaggerated/JJ ././.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)"))))
        .anyMatch(t -> t.startsWith("UGA KEN") && t.endsWith(" 111"));
  }

  @Test
  void theMenAreThePeopleHeldRatherThanTheOwnersFined() {
    // "Kenyan police detained six Ugandan fishermen. A court fined the boats' owners. Officials said the men would be freed."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Kenyan/Kenyan/JJ/MISC police/police/NNS detained/detain/VBD six/six/CD Ugandan/Ugandan/JJ/MISC fishermen/fisherman/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("A/a/DT Kenyan/Kenyan/JJ/MISC court/court/NN fined/fine/VBD the/the/DT boats/boat/NNS '/'/POS owners/owner/NNS ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) nmod:poss(8,6) case(6,7) obj(4,8) punct(4,9)")
        .sentence("Kenyan/Kenyan/JJ/MISC officials/official/NNS said/say/VBD the/the/DT men/man/NNS would/would/MD be/be/VB freed/free/VBN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) ccomp(3,8) punct(3,9)"))))
        .anyMatch(t -> t.startsWith("KENGOV UGACVL 0")).noneMatch(t -> t.startsWith("KENGOV UGABUS 0"));
  }
}
