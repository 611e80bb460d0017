package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A visiting team attacked abroad and the quarrel after: the crowd is placed where the attack
 * happened, told by an "as" clause (PlaceFinder), the team stands for its country's civilians
 * (sectors.tsv), and "the ministry" later is the ministry named before (PhraseResolver).
 */
class AttackedVisitorsTest {
  @Test
  void aCrowdIsOfThePlaceOfTheClauseTheAttackHappenedIn() {
    // "Peru protested. A crowd attacked the football team as it left a stadium in Santiago."
    var events = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION protested/protest/VBD ././.", "nsubj(2,1) root(0,2) punct(2,3)")
        .sentence("A/a/DT crowd/crowd/NN attacked/attack/VBD the/the/DT Peruvian/Peruvian/JJ/MISC football/football/NN team/team/NN as/as/IN it/it/PRP "
                + "left/leave/VBD a/a/DT stadium/stadium/NN in/in/IN Santiago/Santiago/NNP/LOCATION ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(7,4) amod(7,5) compound(7,6) obj(3,7) mark(10,8) nsubj(10,9) advcl:as(3,10) det(12,11) obj(10,12) "
                + "case(14,13) nmod:in(12,14) punct(3,15)")).events();
    assertThat(events).extracting(e -> triple(e)).anyMatch(t -> t.matches("CHLCVL PER(CVL)? (18.|145)")).noneMatch(t -> t.startsWith("PERCVL"));
  }

  @Test
  void theMinistryIsTheMinistryNamedBeforeNotTheLastGovernment() {
    // "The Peruvian foreign ministry protested. Chile's president telephoned Boluarte. The ministry
    // said it would send a delegation to Santiago."
    var events = code(new HandBuiltText()
        .sentence("The/the/DT Peruvian/Peruvian/JJ/MISC foreign/foreign/JJ ministry/ministry/NN protested/protest/VBD ././.",
            "det(4,1) amod(4,2) amod(4,3) nsubj(5,4) root(0,5) punct(5,6)")
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN telephoned/telephone/VBD Boluarte/Boluarte/NNP/PERSON ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("The/the/DT ministry/ministry/NN said/say/VBD it/it/PRP would/would/MD send/send/VB a/a/DT delegation/delegation/NN to/to/IN "
                + "Santiago/Santiago/NNP/LOCATION ././.",
            "det(2,1) nsubj(3,2) root(0,3) nsubj(6,4) aux(6,5) ccomp(3,6) det(8,7) obj(6,8) case(10,9) obl:to(6,10) punct(3,11)")).events();
    assertThat(events).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERGOV CHL")).noneMatch(t -> t.startsWith("CHLGOV CHL"));
  }

  @Test
  void stateMediaOfNoCountryAreThoseOfTheStateWhoseGovernmentActsInTheSentence() {
    // "Chile accused Peru. Chile recalled its envoy. Peru's government summoned Chile's ambassador, state media reported."
    var events = code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Chile/Chile/NNP/LOCATION recalled/recall/VBD its/its/PRP$ envoy/envoy/NN ././.", "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) punct(2,5)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS government/government/NN summoned/summon/VBD Chile/Chile/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN "
                + ",/,/, state/state/NN media/media/NNS reported/report/VBD ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) ccomp(11,4) nmod:poss(7,5) case(5,6) obj(4,7) punct(11,8) compound(10,9) nsubj(11,10) root(0,11) punct(11,12)"))
        .events();
    assertThat(events).extracting(e -> e.source().code()).contains("PERMED").doesNotContain("CHLMED");
  }
}
