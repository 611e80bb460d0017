package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body's members are the member states the article named; deaths raised with an envoy are
 * taken up with his state; recruitment agents are a business; a sit-in the tokenizer split is a
 * sit-in; a diaspora's groups are civilians.
 */
class MembersAndRelativesTest {
  private static List<String> triples(HandBuiltText text) {
    return code(text).events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void aBodysTwoMembersAreTheMemberStatesNamed() {
    // "Kuwait and Saudi Arabia signed a contract. The Gulf Cooperation Council said it stood with its two members."
    assertThat(triples(new HandBuiltText()
        .sentence("Kuwait/Kuwait/NNP/LOCATION and/and/CC Saudi/Saudi/NNP/LOCATION Arabia/Arabia/NNP/LOCATION signed/sign/VBD a/a/DT contract/contract/NN ././.",
            "nsubj(5,1) cc(4,2) compound(4,3) conj:and(1,4) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)")
        .sentence("The/the/DT Gulf/Gulf/NNP/ORGANIZATION Cooperation/Cooperation/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION said/say/VBD it/it/PRP "
                + "stood/stand/VBD with/with/IN its/its/PRP$ two/two/CD members/member/NNS ././.",
            "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) nsubj(7,6) ccomp(5,7) case(11,8) nmod:poss(11,9) nummod(11,10) obl:with(7,11) punct(5,12)")))
        .contains("GCC KWT 051", "GCC SAU 051");
  }

  @Test
  void deathsRaisedWithAnEnvoyAreTakenUpWithHisState() {
    // "India raised the deaths with Russia's ambassador."
    assertThat(triples(new HandBuiltText().sentence(
        "India/India/NNP/LOCATION raised/raise/VBD the/the/DT deaths/death/NNS with/with/IN Russia/Russia/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) nmod:poss(8,6) case(6,7) obl:with(2,8) punct(2,9)")))
        .anyMatch(t -> t.startsWith("IND RUSGOV 040"));
  }

  @Test
  void recruitmentAgentsArrestedAreABusinessNotPolice() {
    // "Indian police arrested three recruitment agents."
    assertThat(triples(new HandBuiltText().sentence(
        "Indian/Indian/JJ/MISC police/police/NNS arrested/arrest/VBD three/three/CD recruitment/recruitment/NN agents/agent/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) compound(6,5) obj(3,6) punct(3,7)")))
        .contains("INDCOP INDBUS 173");
  }

  @Test
  void aSitInSplitByTheTokenizerIsStillAProtest() {
    // "Indian workers staged a sit - in outside the ministry."
    assertThat(triples(new HandBuiltText().sentence(
        "Indian/Indian/JJ/MISC workers/worker/NNS staged/stage/VBD a/a/DT sit/sit/NN -/-/HYPH in/in/IN outside/outside/IN the/the/DT ministry/ministry/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(5,6) amod(5,7) case(10,8) det(10,9) obl:outside(3,10) punct(3,11)")))
        .anyMatch(t -> t.startsWith("INDLAB") && t.contains(" 14"));
  }

  @Test
  void aStateReceivingItsOwnPeopleBackHostsNoVisit() {
    // "Austria deported 14 Syrian men. Syria's foreign ministry confirmed that it had received the men."
    assertThat(triples(new HandBuiltText()
        .sentence("Austria/Austria/NNP/LOCATION deported/deport/VBD 14/14/CD Syrian/Syrian/JJ/MISC men/man/NNS ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Syria/Syria/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN confirmed/confirm/VBD that/that/IN it/it/PRP had/have/VBD "
                + "received/receive/VBN the/the/DT men/man/NNS ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) mark(9,6) nsubj(9,7) aux(9,8) ccomp(5,9) det(11,10) obj(9,11) punct(5,12)")))
        .contains("AUT SYRCVL 174").noneMatch(t -> t.endsWith(" 043"));
  }

  @Test
  void aDiasporasGroupsAreCivilians() {
    // "Sri Lankan diaspora groups welcomed the sanctions."
    assertThat(triples(new HandBuiltText().sentence(
        "Canada/Canada/NNP/LOCATION sanctioned/sanction/VBD three/three/CD Sri/Sri/NNP/LOCATION Lankan/Lankan/JJ/MISC generals/general/NNS ././.",
        "nsubj(2,1) root(0,2) nummod(6,3) compound(5,4) amod(6,5) obj(2,6) punct(2,7)")
        .sentence("Sri/Sri/NNP/LOCATION Lankan/Lankan/JJ/MISC diaspora/diaspora/NN groups/group/NNS welcomed/welcome/VBD the/the/DT sanctions/sanction/NNS ././.",
            "compound(2,1) amod(4,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)")))
        .anyMatch(t -> t.startsWith("LKACVL") && t.endsWith(" 051"));
  }
}
