package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Miners arrested, their dredges destroyed, the miners told again as held, and an appeal on their behalf, as the parser misreads them. */
class ArrestsToldAgainTest {
  // "Surinamese soldiers arrested 31 Brazilian miners and destroyed their dredges, Suriname's
  // defence ministry said.", parsed with the dredges as the subject of "said" and the ministry as
  // their apposition.
  private static final String ARRESTED = "Surinamese/Surinamese/JJ/MISC soldiers/soldier/NNS arrested/arrest/VBD 31/31/CD Brazilian/Brazilian/JJ/MISC "
      + "miners/miner/NNS and/and/CC destroyed/destroy/VBD their/their/PRP$ dredges/dredge/NNS ,/,/, Suriname/Suriname/NNP/LOCATION 's/'s/POS "
      + "defence/defence/NN ministry/ministry/NN said/say/VBD ././.";
  private static final String ARRESTED_EDGES = "amod(2,1) nsubj(3,2) nsubj(8,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) cc(8,7) conj:and(3,8) nmod:poss(10,9) "
      + "nsubj(16,10) punct(10,11) nmod:poss(15,12) case(12,13) compound(15,14) appos(10,15) ccomp(8,16) punct(3,17)";

  private static List<String> triples(HandBuiltText text) {
    return code(text).events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void aClosingSpeakerReadAsTheLastObjectsAppositionSpeaksAndTheObjectIsDestroyed() {
    assertThat(triples(new HandBuiltText().sentence(ARRESTED, ARRESTED_EDGES))).contains("SURMIL BRACVL 1712");
  }

  @Test
  void anAppealJoinedToAPassiveWhoClauseIsTheMainVerbsAndTheHeldNoNewArrest() {
    // "... Brazil asked for access to the miners, who are being held in Paramaribo, and called on
    // Suriname to free them.", parsed with the clause loose on the miners and "called" (tagged as a
    // participle) joined to it.
    HandBuiltText text = new HandBuiltText().sentence(ARRESTED, ARRESTED_EDGES).sentence(
        "Brazil/Brazil/NNP/LOCATION asked/ask/VBD for/for/IN access/access/NN to/to/IN the/the/DT miners/miner/NNS ,/,/, who/who/WP are/be/VBP "
            + "being/be/VBG held/hold/VBN in/in/IN Paramaribo/Paramaribo/NNP/LOCATION ,/,/, and/and/CC called/call/VBN on/on/RP Suriname/Suriname/NNP/LOCATION "
            + "to/to/TO free/free/VB them/them/PRP ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:for(2,4) case(7,5) det(7,6) nmod:to(4,7) punct(7,8) nsubj:pass(12,9) nsubj:pass(17,9) aux(12,10) aux:pass(12,11) "
            + "dep(7,12) case(14,13) obl:in(12,14) punct(12,15) cc(17,16) dep(7,17) conj:and(12,17) compound:prt(17,18) obj(17,19) nsubj:xsubj(21,19) "
            + "mark(21,20) xcomp(17,21) obj(21,22) punct(2,23)");
    assertThat(triples(text)).anyMatch(t -> t.matches("BRA SUR(GOV)? 02\\d*")).noneMatch(t -> t.endsWith(" 173") && !t.startsWith("SURMIL"));
  }
}
