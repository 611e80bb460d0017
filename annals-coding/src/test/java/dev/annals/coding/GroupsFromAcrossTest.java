package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A group that came over from a place is of that place, and "the" same noun again names it (PlaceFinder, GroupPlacements). */
class GroupsFromAcrossTest {
  private static final HandBuiltText CROSSED = new HandBuiltText().sentence(
      "Insurgents/insurgent/NNS crossed/cross/VBD the/the/DT river/river/NN from/from/IN Peru/Peru/NNP/LOCATION 's/'s/POS Tacna/Tacna/NNP/LOCATION "
          + "province/province/NN and/and/CC attacked/attack/VBD a/a/DT village/village/NN in/in/IN Arica/Arica/NNP/LOCATION ././.",
      "nsubj(2,1) nsubj(11,1) root(0,2) det(4,3) obj(2,4) case(9,5) nmod:poss(9,6) case(6,7) compound(9,8) nmod:from(4,9) cc(11,10) conj:and(2,11) "
          + "det(13,12) obj(11,13) case(15,14) obl:in(11,15) punct(2,16)")
      .sentence("The/the/DT insurgents/insurgent/NNS claimed/claim/VBD the/the/DT attack/attack/NN in/in/IN a/a/DT statement/statement/NN ././.",
          "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) nmod:in(5,8) punct(3,9)");

  @Test
  void insurgentsWhoCrossedFromAPlaceAreOfItWhereverTheyAttack() {
    // "Insurgents crossed the river from Peru's Tacna province and attacked a village in Arica." (Arica is Chile's.)
    assertThat(triples(code(CROSSED))).anyMatch(t -> t.startsWith("PERINS") && t.endsWith("180")).noneMatch(t -> t.startsWith("CHLINS"));
  }

  @Test
  void theSameNounAgainAfterTheNamesTheGroupPlacedBefore() {
    // "Chile sent troops to its border after insurgents crossed the river from Peru's Tacna province and attacked a village in Arica.
    // The insurgents claimed the attack in a statement." (A story of Chile: a group of no country in it would be Chile's.)
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION sent/send/VBD troops/troop/NNS to/to/IN its/its/PRP$ border/border/NN after/after/IN insurgents/insurgent/NNS "
            + "crossed/cross/VBD the/the/DT river/river/NN from/from/IN Peru/Peru/NNP/LOCATION 's/'s/POS Tacna/Tacna/NNP/LOCATION province/province/NN "
            + "and/and/CC attacked/attack/VBD a/a/DT village/village/NN in/in/IN Arica/Arica/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) nmod:poss(6,5) obl:to(2,6) mark(9,7) nsubj(9,8) nsubj(18,8) advcl:after(2,9) det(11,10) obj(9,11) "
            + "case(16,12) nmod:poss(16,13) case(13,14) compound(16,15) nmod:from(11,16) cc(18,17) advcl:after(2,18) conj:and(9,18) det(20,19) obj(18,20) "
            + "case(22,21) obl:in(18,22) punct(2,23)")
        .sentence("The/the/DT insurgents/insurgent/NNS claimed/claim/VBD the/the/DT attack/attack/NN in/in/IN a/a/DT statement/statement/NN ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) nmod:in(5,8) punct(3,9)");
    assertThat(triples(code(text))).contains("PERINS - 015");
  }
}
