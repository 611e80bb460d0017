package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Citizens held abroad, told twice: access asked of the state that holds them (AntecedentTargets,
 * EarlierEvents.detainerInSentence), "the men" taken again (NounAnaphora), by the state where they
 * were first told taken (ImpliedAuthorities), not by the state that tells of it.
 */
class HeldCitizensTest {
  @Test
  void accessIsAskedOfTheHolderAndTheMenDetainedAreTheCitizensTakenInKampala() {
    // "Rwanda demanded consular access on Thursday to six of its citizens arrested in Kampala, whom
    // Ugandan military intelligence accuses of spying on Rwandan exiles. The men were detained in
    // raids on Tuesday night, Rwanda's foreign ministry said."
    var article = code(new HandBuiltText()
        .sentence("Rwanda/Rwanda/NNP/LOCATION demanded/demand/VBD consular/consular/JJ access/access/NN on/on/IN Thursday/Thursday/NNP to/to/IN six/six/CD "
                + "of/of/IN its/its/PRP$ citizens/citizen/NNS arrested/arrest/VBN in/in/IN Kampala/Kampala/NNP/LOCATION ,/,/, whom/whom/WP "
                + "Ugandan/Ugandan/NNP military/military/JJ intelligence/intelligence/NN accuses/accuse/VBZ of/of/IN spying/spy/VBG on/on/IN "
                + "Rwandan/Rwandan/JJ exiles/exile/NNS ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) case(6,5) nmod:on(4,6) case(8,7) nmod:to(4,8) case(11,9) nmod:poss(11,10) nmod:of(8,11) "
                + "obj(20,11) acl(11,12) case(14,13) obl:in(12,14) punct(14,15) ref(11,16) compound(19,17) amod(19,18) nsubj(20,19) acl:relcl(11,20) "
                + "case(22,21) obl:of(20,22) case(25,23) amod(25,24) obl:on(20,25) punct(2,26)")
        .sentence("The/the/DT men/man/NNS were/be/VBD detained/detain/VBN in/in/IN raids/raid/NNS on/on/IN Tuesday/Tuesday/NNP night/night/NN ,/,/, "
                + "Rwanda/Rwanda/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD ././.",
            "det(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) case(6,5) obl:in(4,6) case(9,7) compound(9,8) obl:on(4,9) punct(4,10) nmod:poss(14,11) "
                + "case(11,12) amod(14,13) nsubj(15,14) parataxis(4,15) punct(4,16)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("RWA UGAGOV 1055", "UGACOP RWACVL 173")
        .noneMatch(t -> t.startsWith("RWACOP")).noneMatch(t -> t.contains("RWAREF"));
  }
}
