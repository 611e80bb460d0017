package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An attacker the story gives no name is the one who claims the deed. */
class ClaimedDeedsTest {
  // "A gunman shot two soldiers in Quetta."
  private static final String SHOOTING = "A/a/DT gunman/gunman/NN shot/shoot/VBD two/two/CD soldiers/soldier/NNS in/in/IN Quetta/Quetta/NNP/LOCATION ././.";
  private static final String SHOOTING_EDGES = "det(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)";

  @Test
  void aLoneAttackerOfNoNameIsAnUnidentifiedArmedForceOfThePlace() {
    var article = code(new HandBuiltText().sentence(SHOOTING, SHOOTING_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PAKUAF PAKMIL "));
  }

  @Test
  void theAttackerIsWhoClaimsResponsibilityInTheNextSentence() {
    var article = code(new HandBuiltText().sentence(SHOOTING, SHOOTING_EDGES)
        .sentence("The/the/DT Balochistan/Balochistan/NNP/ORGANIZATION Liberation/Liberation/NNP/ORGANIZATION Army/Army/NNP/ORGANIZATION claimed/claim/VBD "
            + "responsibility/responsibility/NN ././.", "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BLA PAKMIL ")).noneMatch(t -> t.startsWith("PAKUAF"));
  }

  @Test
  void aClaimTooLateInTheStoryNamesNoAttacker() {
    // Three sentences between: the claim may be of another deed.
    String filler = "Pakistan/Pakistan/NNP/LOCATION thanked/thank/VBD China/China/NNP/LOCATION ././.";
    String fillerEdges = "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)";
    var article = code(new HandBuiltText().sentence(SHOOTING, SHOOTING_EDGES).sentence(filler, fillerEdges).sentence(filler, fillerEdges).sentence(filler, fillerEdges)
        .sentence("The/the/DT Balochistan/Balochistan/NNP/ORGANIZATION Liberation/Liberation/NNP/ORGANIZATION Army/Army/NNP/ORGANIZATION claimed/claim/VBD "
            + "responsibility/responsibility/NN ././.", "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("BLA PAKMIL "));
  }

  @Test
  void claimingTheAttackIsClaimingResponsibilityForIt() {
    // "The BLA claimed the attack.": no bombing of the BLA's own, the claim (015) that names the gunman.
    var article = code(new HandBuiltText().sentence(SHOOTING, SHOOTING_EDGES)
        .sentence("The/the/DT BLA/BLA/NNP/ORGANIZATION claimed/claim/VBD the/the/DT attack/attack/NN ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("BLA - 015").anyMatch(t -> t.startsWith("BLA PAKMIL "));
  }

  @Test
  void aKillingToldByAParticipleOfTheAttackIsNoSecondAttack() {
    // "A gunman assaulted a convoy carrying Chinese engineers in Quetta, killing them." (AttackOutcomes)
    var article = code(new HandBuiltText().sentence(
        "A/a/DT gunman/gunman/NN assaulted/assault/VBD a/a/DT convoy/convoy/NN carrying/carry/VBG Chinese/Chinese/JJ/MISC engineers/engineer/NNS in/in/IN Quetta/Quetta/NNP/LOCATION ,/,/, killing/kill/VBG them/them/PRP ././.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) acl(5,6) amod(8,7) obj(6,8) case(10,9) obl:in(3,10) punct(12,11) advcl(3,12) obj(12,13) punct(3,14)"));
    assertThat(article.events()).extracting(e -> triple(e)).filteredOn(t -> t.contains(" CHN")).hasSize(1);
  }

  @Test
  void aClaimIsAimedAtNoOneWhoCondemnedWhatWasClaimed() {
    // "ISKP claimed the attack, which Ashgabat condemned."
    var events = dev.annals.coding.HandCoding.code("ISKP/ISKP/NNP/ORGANIZATION claimed/claim/VBD the/the/DT attack/attack/NN ,/,/, which/which/WDT "
            + "Ashgabat/Ashgabat/NNP/LOCATION condemned/condemn/VBD ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) obj(8,4) punct(4,5) ref(4,6) nsubj(8,7) acl:relcl(4,8) punct(2,9)").events();
    org.assertj.core.api.Assertions.assertThat(events).extracting(dev.annals.coding.HandCoding::triple)
        .anyMatch(t -> t.startsWith("ISKP - 015")).noneMatch(t -> t.startsWith("ISKP TKM"));
  }

  @Test
  void theAttackerIsTheArmedGroupTheTellerBlamesInTheSameSentence() {
    // "Gunmen abducted six truck drivers near Bouar on Monday, Cameroon's interior ministry said, blaming a rebel group."
    var article = code(new HandBuiltText().sentence(
        "Gunmen/gunman/NNS abducted/abduct/VBD six/six/CD truck/truck/NN drivers/driver/NNS near/near/IN Bouar/Bouar/NNP/LOCATION on/on/IN Monday/Monday/NNP "
            + ",/,/, Cameroon/Cameroon/NNP/LOCATION 's/'s/POS interior/interior/NNP/ORGANIZATION ministry/ministry/NNP/ORGANIZATION said/say/VBD ,/,/, "
            + "blaming/blame/VBG a/a/DT rebel/rebel/NN group/group/NN ././.",
        "nsubj(2,1) root(0,2) nummod(5,3) compound(5,4) obj(2,5) case(7,6) nmod:near(5,7) case(9,8) obl:on(2,9) punct(2,10) nmod:poss(14,11) case(11,12) "
            + "compound(14,13) nsubj(15,14) parataxis(2,15) punct(15,16) dep(15,17) det(20,18) compound(20,19) obj(17,20) punct(2,21)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("CAFREB \\w+ 181")).noneMatch(t -> t.contains("UAF"));
  }
}
