package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What nouns tell in the purpose of a summons is the summons. */
class PurposeOfSummonsTest {
  @Test
  void aProtestDeliveredThroughASummonedEnvoyIsTheSummonsAlone() {
    // "Chile summoned Peru's ambassador to deliver a protest over the violation of its airspace."
    // After "Gunmen killed eight Peruvian policemen.", the envoy's "protest" would find the gunmen.
    var triples = code(new HandBuiltText()
        .sentence("Gunmen/gunman/NNS killed/kill/VBD eight/eight/CD Peruvian/Peruvian/JJ/MISC policemen/policeman/NNS ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Chile/Chile/NNP/LOCATION summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN to/to/TO deliver/deliver/VB "
            + "a/a/DT protest/protest/NN over/over/IN the/the/DT violation/violation/NN of/of/IN its/its/PRP$ airspace/airspace/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) mark(7,6) xcomp(2,7) nsubj:xsubj(7,5) det(9,8) obj(7,9) case(12,10) det(12,11) "
            + "nmod:over(9,12) case(15,13) nmod:poss(15,14) nmod:of(12,15) punct(2,16)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("CHL PERGOV 114").noneMatch(t -> t.startsWith("PERGOV ")).noneMatch(t -> t.endsWith(" 128"));
  }
}
