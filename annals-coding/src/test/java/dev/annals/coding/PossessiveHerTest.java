package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A possessive "her" is never the unnamed person last acted on (Pronouns): "since Mexico granted her asylum" is Chavez's. */
class PossessiveHerTest {
  @Test
  void aPossessiveHerIsNotTheUnnamedAmbassadorNamedBefore() {
    // "Peru refused on Saturday to grant safe passage to former prime minister Betssy Chavez, who has sheltered in the Mexican
    // ambassador's residence in Lima since Mexico granted her asylum in November. The foreign ministry said Chavez was wanted for her
    // role in the failed 2022 attempt to dissolve Congress and would be arrested if she left the building."
    HandBuiltText text = new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION refused/refuse/VBD on/on/IN Saturday/Saturday/NNP to/to/TO grant/grant/VB safe/safe/JJ passage/passage/NN to/to/IN "
            + "former/former/JJ prime/prime/JJ minister/minister/NN Betssy/Betssy/NNP/PERSON Chavez/Chavez/NNP/PERSON ,/,/, who/who/WP has/have/VBZ "
            + "sheltered/shelter/VBN in/in/IN the/the/DT Mexican/Mexican/JJ ambassador/ambassador/NN 's/'s/POS residence/residence/NN in/in/IN "
            + "Lima/Lima/NNP/LOCATION since/since/IN Mexico/Mexico/NNP/LOCATION granted/grant/VBD her/her/PRP$ asylum/asylum/NN in/in/IN "
            + "November/November/NNP ././.",
        "nsubj(2,1) nsubj:xsubj(6,1) root(0,2) case(4,3) obl:on(2,4) mark(6,5) xcomp(2,6) amod(8,7) obj(6,8) case(14,9) amod(12,10) amod(12,11) "
            + "compound(14,12) compound(14,13) nsubj(18,14) obl:to(6,14) punct(14,15) ref(14,16) aux(18,17) acl:relcl(14,18) case(24,19) det(22,20) "
            + "amod(22,21) nmod:poss(24,22) case(22,23) obl:in(18,24) case(26,25) nmod:in(24,26) mark(29,27) nsubj(29,28) advcl:since(18,29) "
            + "nmod:poss(31,30) obj(29,31) case(33,32) obl:in(29,33) punct(2,34)").sentence(
        "The/the/DT foreign/foreign/JJ ministry/ministry/NN said/say/VBD Chavez/Chavez/NNP/PERSON was/be/VBD wanted/want/VBN for/for/IN her/her/PRP$ "
            + "role/role/NN in/in/IN the/the/DT failed/fail/VBN 2022/2022/CD attempt/attempt/NN to/to/TO dissolve/dissolve/VB Congress/Congress/NNP/ORGANIZATION "
            + "and/and/CC would/would/MD be/be/VB arrested/arrest/VBN if/if/IN she/she/PRP left/leave/VBD the/the/DT building/building/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) nsubj:pass(7,5) nsubj:pass(22,5) aux:pass(7,6) ccomp(4,7) case(10,8) nmod:poss(10,9) obl:for(7,10) "
            + "case(15,11) det(15,12) amod(15,13) nummod(15,14) nmod:in(10,15) mark(17,16) acl:to(15,17) obj(17,18) cc(22,19) aux(22,20) aux:pass(22,21) "
            + "ccomp(4,22) conj:and(7,22) mark(25,23) nsubj(25,24) advcl:if(22,25) det(27,26) obj(25,27) punct(4,28)");
    assertThat(triples(code(text))).noneMatch(t -> t.contains("MEXELI"));
  }
}
