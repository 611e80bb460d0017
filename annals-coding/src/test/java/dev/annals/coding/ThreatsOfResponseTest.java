package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A response still to come, announced, is a threat aimed at whoever did something to the
 * threatener's side or nationals, or at whom its condition asks something of; a state protests
 * by an official complaint; a phrasal verb is read by its own lines.
 */
class ThreatsOfResponseTest {
  private static final LocalDate DATE = LocalDate.of(2026, 4, 10);
  private static List<String> triples(HandBuiltText text) {
    return HandCoding.triples(HandCoding.code(text, DATE));
  }

  private static final String DETAINED = "Azerbaijani/Azerbaijani/JJ police/police/NN detained/detain/VBD two/two/CD Russian/Russian/JJ journalists/journalist/NNS ././.";
  private static final String DETAINED_PARSE = "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)";

  @Test
  void aResponseInKindStillToComeThreatensTheStateWhosePoliceHeldItsNationals() {
    List<String> coded = triples(new HandBuiltText()
        .sentence(DETAINED, DETAINED_PARSE)
        .sentence("Russia/Russia/NNP/LOCATION said/say/VBD Moscow/Moscow/NNP/LOCATION would/would/MD respond/respond/VB in/in/IN kind/kind/NN ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) case(7,6) obl:in(5,7) punct(2,8)"));
    assertThat(coded).anyMatch(t -> t.matches("RUS\\w* AZEGOV 1384"));
  }

  @Test
  void aBareResponseStillToComeAfterADeedDoneToTheSideThreatensTheDoer() {
    // "Chile expelled two Peruvian diplomats. Peru said Lima would respond."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD two/two/CD Peruvian/Peruvian/JJ/MISC diplomats/diplomat/NNS ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Peru/Peru/NNP/LOCATION said/say/VBD Lima/Lima/NNP/LOCATION would/would/MD respond/respond/VB ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) punct(2,6)"));
    assertThat(coded).anyMatch(t -> t.matches("PER\\w* CHL 130"));
    // With nothing done to Peru before, "would respond" is a reply to come, no threat.
    List<String> alone = triples(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION said/say/VBD Lima/Lima/NNP/LOCATION would/would/MD respond/respond/VB ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) punct(2,6)"));
    assertThat(alone).noneMatch(t -> t.endsWith(" 130"));
  }

  @Test
  void aResponseThatHappenedIsNoThreat() {
    List<String> coded = triples(new HandBuiltText()
        .sentence(DETAINED, DETAINED_PARSE)
        .sentence("Russia/Russia/NNP/LOCATION responded/respond/VBD in/in/IN kind/kind/NN ././.", "nsubj(2,1) root(0,2) case(4,3) obl:in(2,4) punct(2,5)"));
    assertThat(coded).noneMatch(t -> t.startsWith("RUS") && (t.endsWith(" 1384") || t.endsWith(" 190")));
  }

  private static final String ACT_ALONE = "Trump/Trump/NNP/PERSON said/say/VBD U.S./U.S./NNP/LOCATION forces/force/NNS could/could/MD act/act/VB alone/alone/RB";

  @Test
  void actingOnAConditionIsAThreatAimedAtWhomTheConditionAsks() {
    List<String> coded = triples(new HandBuiltText().sentence(
        ACT_ALONE + " if/if/IN Mexico/Mexico/NNP/LOCATION did/do/VBD not/not/RB accept/accept/VB help/help/NN ././.",
        "nsubj(2,1) root(0,2) compound(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) advmod(6,7) mark(12,8) nsubj(12,9) aux(12,10) advmod(12,11) advcl:if(6,12) obj(12,13) punct(2,14)"));
    assertThat(coded).anyMatch(t -> t.matches("USA\\w* MEX\\w* 1384"));
  }

  @Test
  void actingWithNoConditionIsNoThreat() {
    List<String> coded = triples(new HandBuiltText().sentence(ACT_ALONE + " ././.",
        "nsubj(2,1) root(0,2) compound(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) advmod(6,7) punct(2,8)"));
    assertThat(coded).noneMatch(t -> t.endsWith(" 1384") || t.endsWith(" 190"));
  }

  @Test
  void aStateThatProtestsComplainsToTheGovernmentOfWhoeverDetainedItsNationals() {
    List<String> coded = triples(new HandBuiltText()
        .sentence("Russian/Russian/JJ troops/troop/NNS detained/detain/VBD Japanese/Japanese/JJ fishermen/fisherman/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) punct(3,6)")
        .sentence("Japan/Japan/NNP/LOCATION protested/protest/VBD ././.", "nsubj(2,1) root(0,2) punct(2,3)"));
    assertThat(coded).contains("JPN RUSGOV 114").noneMatch(t -> t.endsWith(" 140"));
  }

  @Test
  void struckDownIsNeitherAStrikeNorADealStruck() {
    // "Kuwait protested after a 2012 agreement with Kuwait was struck down by Iraq's court."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Kuwait/Kuwait/NNP/LOCATION protested/protest/VBD after/after/IN a/a/DT 2012/2012/CD agreement/agreement/NN with/with/IN "
            + "Kuwait/Kuwait/NNP/LOCATION was/be/VBD struck/strike/VBN down/down/RP by/by/IN Iraq/Iraq/NNP/LOCATION 's/'s/POS court/court/NN ././.",
            "nsubj(2,1) root(0,2) mark(10,3) det(6,4) nummod(6,5) nsubj:pass(10,6) case(8,7) nmod:with(6,8) aux:pass(10,9) advcl:after(2,10) "
                + "compound:prt(10,11) case(15,12) nmod:poss(15,13) case(13,14) obl:agent(10,15) punct(2,16)"));
    assertThat(coded).noneMatch(t -> t.endsWith(" 190") || t.endsWith(" 057"));
  }

  @Test
  void anOfferOnAConditionIsAimedAtWhomTheConditionAsks() {
    // "The UNDP said it was ready to fund irrigation if the Taliban shared data."
    List<String> coded = triples(new HandBuiltText().sentence(
        "The/the/DT UNDP/UNDP/NNP/ORGANIZATION said/say/VBD it/it/PRP was/be/VBD ready/ready/JJ to/to/TO fund/fund/VB irrigation/irrigation/NN "
            + "if/if/IN the/the/DT Taliban/Taliban/NNP/ORGANIZATION shared/share/VBD data/data/NNS ././.",
        "det(2,1) nsubj(3,2) root(0,3) nsubj(6,4) cop(6,5) ccomp(3,6) mark(8,7) xcomp(6,8) obj(8,9) mark(13,10) det(12,11) nsubj(13,12) advcl:if(8,13) "
            + "obj(13,14) punct(3,15)"));
    assertThat(coded).anyMatch(t -> t.matches("UNDP TALIBAN 03\\d*"));
  }

  @Test
  void aWarningThatNamesNoOneIsAimedAtTheSideTheWarnerWasLastDealingWith() {
    // "Chile summoned Peru's ambassador. Chile warned that any attack would be met with force."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")
        .sentence("Chile/Chile/NNP/LOCATION warned/warn/VBD that/that/IN any/any/DT attack/attack/NN would/would/MD be/be/VB met/meet/VBN "
            + "with/with/IN force/force/NN ././.",
            "nsubj(2,1) root(0,2) mark(8,3) det(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) ccomp(2,8) case(10,9) obl:with(8,10) punct(2,11)"));
    assertThat(coded).anyMatch(t -> t.matches("CHL\\w* PER\\w* 13\\d*"));
  }

  @Test
  void aWarningIsNotAimedAtASideOnlyPraised() {
    // "Chile praised Peru. Chile warned that any attack would be met with force."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION praised/praise/VBD Peru/Peru/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Chile/Chile/NNP/LOCATION warned/warn/VBD that/that/IN any/any/DT attack/attack/NN would/would/MD be/be/VB met/meet/VBN "
            + "with/with/IN force/force/NN ././.",
            "nsubj(2,1) root(0,2) mark(8,3) det(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) ccomp(2,8) case(10,9) obl:with(8,10) punct(2,11)"));
    assertThat(coded).noneMatch(t -> t.matches("CHL\\w* PER\\w* 13\\d*"));
  }

  @Test
  void aRefusalUnlessAConditionIsMetIsAThreatAndTheBidRefusedIsNone() {
    // "Chile warned that it would not back Peru's bid to join NATO unless Lima paid."
    var triples = HandCoding.code("Chile/Chile/NNP/LOCATION warned/warn/VBD that/that/IN it/it/PRP would/would/MD not/not/RB back/back/VB Peru/Peru/NNP/LOCATION 's/'s/POS "
            + "bid/bid/NN to/to/TO join/join/VB NATO/NATO/NNP/ORGANIZATION unless/unless/IN Lima/Lima/NNP/LOCATION paid/pay/VBD ././.",
        "nsubj(2,1) root(0,2) mark(7,3) nsubj(7,4) aux(7,5) advmod(7,6) ccomp(2,7) nmod:poss(10,8) case(8,9) obj(7,10) mark(12,11) acl(10,12) "
            + "obj(12,13) mark(16,14) nsubj(16,15) advcl:unless(12,16) punct(2,17)").events().stream().map(e -> HandCoding.triple(e)).toList();
    assertThat(triples).anyMatch(t -> t.matches("CHL[A-Z]* PER[A-Z]* 13.*")).noneMatch(t -> t.matches("CHL[A-Z]* PER[A-Z]* 12.*"))
        .noneMatch(t -> t.startsWith("PER") && t.matches(".* 13.*"));
  }

  @Test
  void warningThatOneWouldTreatOthersAsATargetThreatensThem() {
    // "Chad warned that it would treat Nigerien soldiers as a target."
    List<String> coded = triples(new HandBuiltText().sentence("Chad/Chad/NNP/LOCATION warned/warn/VBD that/that/IN it/it/PRP would/would/MD treat/treat/VB "
            + "Nigerien/Nigerien/JJ/MISC soldiers/soldier/NNS as/as/IN a/a/DT target/target/NN ././.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) amod(8,7) obj(6,8) case(11,9) det(11,10) obl:as(6,11) punct(2,12)"));
    assertThat(coded).anyMatch(t -> t.startsWith("TCD NERMIL 13"));
  }

  @Test
  void aGovernmentTellingWhatItsOwnForcesWillDoMakesTheThreatItself() {
    // "Chile's government said Chilean troops would strike Peru."
    List<String> coded = triples(new HandBuiltText().sentence("Chile/Chile/NNP/LOCATION 's/'s/POS government/government/NN said/say/VBD "
            + "Chilean/Chilean/JJ/MISC troops/troop/NNS would/would/MD strike/strike/VB Peru/Peru/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) amod(6,5) nsubj(8,6) aux(8,7) ccomp(4,8) obj(8,9) punct(4,10)"));
    assertThat(coded).anyMatch(t -> t.startsWith("CHLGOV PER 13")).noneMatch(t -> t.startsWith("CHLMIL PER 13"));
  }

  @Test
  void aWarningOfWhatOnesOwnPeopleWouldDoIsAimedAtWhomTheyWouldDoItTo() {
    // "Taiwan warned that Taiwanese travellers could shun Japan."
    assertThat(HandCoding.triples(HandCoding.code("Taiwan/Taiwan/NNP/LOCATION warned/warn/VBD that/that/IN Taiwanese/Taiwanese/JJ/MISC travellers/traveller/NNS could/could/MD "
        + "shun/shun/VB Japan/Japan/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(7,3) amod(5,4) nsubj(7,5) aux(7,6) ccomp(2,7) obj(7,8) punct(2,9)")))
        .anyMatch(t -> t.startsWith("TWN JPN 13"));
  }
}
