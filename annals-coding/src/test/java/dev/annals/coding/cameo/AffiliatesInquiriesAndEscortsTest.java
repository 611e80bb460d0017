package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/**
 * Fighters tied to a group after the noun (Owners), what an inquiry looks into (SupportVerbs),
 * what has gone on for years (AntecedentTargets), websites knocked offline and people escorted
 * (verbs.tsv).
 */
class AffiliatesInquiriesAndEscortsTest {
  @Test
  void fightersLinkedToAGroupAreThatGroup() {
    // "Fighters linked to Islamic State have attacked army convoys in Niger."
    var article = code(new HandBuiltText().sentence(
        "Fighters/fighter/NNS linked/link/VBN to/to/IN Islamic/Islamic/NNP/ORGANIZATION State/State/NNP/ORGANIZATION have/have/VBP attacked/attack/VBN "
            + "army/army/NN convoys/convoy/NNS in/in/IN Niger/Niger/NNP/LOCATION ././.",
        "nsubj(7,1) acl(1,2) case(5,3) compound(5,4) obl:to(2,5) aux(7,6) root(0,7) compound(9,8) obj(7,9) case(11,10) obl:in(7,11) punct(7,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ISIS ") && t.endsWith(" 190")).noneMatch(t -> t.startsWith("NERREB"));
  }

  @Test
  void theAttackCondemnedIsNotWhatHasGoneOnForYears() {
    // "Gunmen killed two Nigerien soldiers near the Agadem oil field on Thursday. Fighters linked to
    // Islamic State have attacked army convoys in the area for years. China's embassy condemned the attack."
    var article = code(new HandBuiltText()
        .sentence("Gunmen/gunman/NNS killed/kill/VBD two/two/CD Nigerien/Nigerien/JJ soldiers/soldier/NNS near/near/IN the/the/DT Agadem/Agadem/NNP/LOCATION "
                + "oil/oil/NN field/field/NN on/on/IN Thursday/Thursday/NNP ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) case(10,6) det(10,7) compound(10,8) compound(10,9) obl:near(2,10) case(12,11) "
                + "obl:on(2,12) punct(2,13)")
        .sentence("Fighters/fighter/NNS linked/link/VBN to/to/IN Islamic/Islamic/NNP/ORGANIZATION State/State/NNP/ORGANIZATION have/have/VBP "
                + "attacked/attack/VBN army/army/NN convoys/convoy/NNS in/in/IN the/the/DT area/area/NN for/for/IN years/year/NNS ././.",
            "nsubj(7,1) acl(1,2) case(5,3) compound(5,4) obl:to(2,5) aux(7,6) root(0,7) compound(9,8) obj(7,9) case(12,10) det(12,11) obl:in(7,12) "
                + "case(14,13) obl:for(7,14) punct(7,15)")
        .sentence("China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN condemned/condemn/VBD the/the/DT attack/attack/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHNGOV") && t.contains("UAF") && t.endsWith(" 111"))
        .noneMatch(t -> t.startsWith("CHNGOV ISIS"));
  }

  @Test
  void websitesKnockedOfflineAreACyberattackAndTheInquiryIntoItIsNotTheInvestigators() {
    // "Hackers knocked the websites of Italy's foreign ministry offline on Monday. Prosecutors in Rome
    // opened an investigation into the attack."
    var article = code(new HandBuiltText()
        .sentence("Hackers/hacker/NNS knocked/knock/VBD the/the/DT websites/website/NNS of/of/IN Italy/Italy/NNP/LOCATION 's/'s/POS foreign/foreign/JJ "
                + "ministry/ministry/NN offline/offline/RB on/on/IN Monday/Monday/NNP ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(9,5) nmod:poss(9,6) case(6,7) amod(9,8) nmod:of(4,9) advmod(2,10) case(12,11) obl:on(2,12) "
                + "punct(2,13)")
        .sentence("Prosecutors/prosecutor/NNS in/in/IN Rome/Rome/NNP/LOCATION opened/open/VBD an/an/DT investigation/investigation/NN into/into/IN "
                + "the/the/DT attack/attack/NN ././.",
            "nsubj(4,1) case(3,2) nmod:in(1,3) root(0,4) det(6,5) obj(4,6) case(9,7) det(9,8) obl:into(4,9) punct(4,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("ITAGOV 176")).noneMatch(t -> t.endsWith(" 111"))
        .noneMatch(t -> t.startsWith("ITAJUD") && t.endsWith(" 190"));
  }

  @Test
  void workersEscortedAreProtectedNotACooperatingForce() {
    // "Niger's army will escort all foreign workers in the region."
    var article = code(new HandBuiltText().sentence(
        "Niger/Niger/NNP/LOCATION 's/'s/POS army/army/NN will/will/MD escort/escort/VB all/all/DT foreign/foreign/JJ workers/worker/NNS in/in/IN "
            + "the/the/DT region/region/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(5,3) aux(5,4) root(0,5) det(8,6) amod(8,7) obj(5,8) case(11,9) det(11,10) obl:in(5,11) punct(5,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("NERMIL") && t.endsWith(" 074")).noneMatch(t -> t.endsWith(" 062"));
  }
}
