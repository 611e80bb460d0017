package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A story of one state's measure against another's workers, told from the first state's capital:
 * the second state's bureau that answers it is its government, the measure reviewed by no one
 * named is reviewed by the state that tells of it, and a crowd of no country at the first state's
 * embassy is the second state's people, who are then "they".
 */
class CrowdsAtForeignEmbassiesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 14);

  // "South Korea halted visas for new Nepali workers on Monday, the labour ministry in Seoul said.
  // Nepal's foreign employment bureau called the decision "collective punishment". The ministry in
  // Seoul said the suspension would be reviewed in March. On Friday, hundreds of job seekers
  // protested outside the South Korean embassy. They demanded refunds of their fees."
  private static List<String> coded() {
    return HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("South/South/NNP/LOCATION Korea/Korea/NNP/LOCATION halted/halt/VBD visas/visa/NNS for/for/IN new/new/JJ "
            + "Nepali/Nepali/NNP workers/worker/NNS on/on/IN Monday/Monday/NNP ,/,/, the/the/DT labour/labour/NN "
            + "ministry/ministry/NN in/in/IN Seoul/Seoul/NNP/LOCATION said/say/VBD ././.",
            "root(0,17) compound(2,1) nsubj(3,2) obj(3,4) obl:on(3,10) ccomp(17,3) punct(17,11) nsubj(17,14) punct(17,18) "
            + "nmod:for(4,8) case(8,5) amod(8,6) compound(8,7) case(10,9) det(14,12) compound(14,13) nmod:in(14,16) "
            + "case(16,15)")
        .sentence("Nepal/Nepal/NNP/LOCATION 's/'s/POS foreign/foreign/JJ employment/employment/NN bureau/bureau/NN "
            + "called/call/VBD the/the/DT decision/decision/NN \"/\"/`` collective/collective/JJ punishment/punishment/NN "
            + "\"/\"/'' ././.",
            "root(0,6) nmod:poss(5,1) compound(5,4) case(1,2) amod(4,3) nsubj(6,5) obj(6,8) punct(6,13) det(8,7) dep(8,11) "
            + "punct(11,9) amod(11,10) punct(11,12)")
        .sentence("The/the/DT ministry/ministry/NN in/in/IN Seoul/Seoul/NNP/LOCATION said/say/VBD the/the/DT "
            + "suspension/suspension/NN would/would/MD be/be/VB reviewed/review/VBN in/in/IN March/March/NNP ././.",
            "root(0,5) det(2,1) nmod:in(2,4) nsubj(5,2) ccomp(5,10) punct(5,13) case(4,3) det(7,6) nsubj:pass(10,7) "
            + "aux(10,8) aux:pass(10,9) obl:in(10,12) case(12,11)")
        .sentence("On/on/IN Friday/Friday/NNP ,/,/, hundreds/hundred/NNS of/of/IN job/job/NN seekers/seeker/NNS "
            + "protested/protest/VBD outside/outside/IN the/the/DT South/south/JJ Korean/Korean/JJ embassy/embassy/NN ././.",
            "root(0,8) case(2,1) obl:on(8,2) punct(8,3) nsubj(8,7) obl:outside(8,13) punct(8,14) det:qmod(7,4) "
            + "compound(7,6) fixed(4,5) case(13,9) det(13,10) amod(13,12) amod(12,11)")
        .sentence("They/they/PRP demanded/demand/VBD refunds/refund/NNS of/of/IN their/they/PRP$ fees/fee/NNS ././.",
            "root(0,2) nsubj(2,1) obj(2,3) punct(2,7) nmod:of(3,6) case(6,4) nmod:poss(6,5)")
        , DATE));
  }

  @Test
  void aCountrysBureauIsItsGovernment() {
    assertThat(coded()).contains("NPLGOV KOR 111");
  }

  @Test
  void aMeasureToBeReviewedByNoOneNamedIsReviewedByTheStateThatTellsOfIt() {
    assertThat(coded()).anyMatch(t -> t.matches("KORGOV \\S+ 014"));
  }

  @Test
  void aCrowdOfNoCountryAtAnEmbassyIsNotThatStatesPeopleAndIsTheTheyThatFollows() {
    assertThat(coded()).contains("NPLLAB KORGOV 141").anyMatch(t -> t.matches("NPLLAB \\S+ 10\\d*")).noneMatch(t -> t.startsWith("KORLAB"));
  }
}
