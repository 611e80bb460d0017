package dev.annals.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.HandCoding;
import dev.annals.model.CodedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks, threats, shows of force and sanctions told in ways the plain subject-verb-object
 * reading misses, on hand-built parses shaped as CoreNLP's enhanced++ graphs are.
 */
class ConflictEventRulesTest {
  private static List<String> triples(HandBuiltText text) {
    CodedArticle article = HandCoding.coder().code(text.build(HandCoding.DATE), HandCoding.DATE, "given");
    return article.events().stream().filter(e -> !e.negated()).map(HandCoding::triple).toList();
  }

  @Test
  void aBombingThatKillsActsForUnnamedAttackersOfThePlaceWhereItHappened() {
    List<String> events = triples(new HandBuiltText().sentence(
        "A/a/DT roadside/roadside/NN bombing/bombing/NN near/near/IN the/the/DT town/town/NN of/of/IN Cusco/Cusco/NNP/LOCATION killed/kill/VBD two/two/CD Bolivian/Bolivian/JJ soldiers/soldier/NNS ././.",
        "det(3,1) compound(3,2) case(6,4) det(6,5) nmod:near(3,6) case(8,7) nmod:of(6,8) nsubj(9,3) root(0,9) nummod(12,10) amod(12,11) obj(9,12) punct(9,13)"));
    assertThat(events).containsExactly("PERUAF BOLMIL 1833");
  }

  @Test
  void aGroupOfPeopleThatIsAPassiveVerbsAgentActsThroughItsMembers() {
    // "Three Indian men were beaten by a group of youths in Tallaght": the youths beat them.
    List<String> events = triples(new HandBuiltText().sentence(
        "Three/three/CD Indian/Indian/JJ men/man/NNS were/be/VBD beaten/beat/VBN by/by/IN a/a/DT group/group/NN of/of/IN youths/youth/NNS "
            + "in/in/IN Tallaght/Tallaght/NNP/LOCATION ././.",
        "root(0,5) nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) obl:agent(5,8) punct(5,13) case(8,6) det(8,7) nmod:of(8,10) "
            + "case(10,9) nmod:in(10,12) case(12,11)"));
    assertThat(events).anyMatch(t -> t.startsWith("IRLCVL INDCVL 18"));
  }

  @Test
  void aircraftThatStrikeAreTheArmysAndARebelBaseStandsForTheRebels() {
    // "Peruvian aircraft struck a rebel base."
    List<String> events = triples(new HandBuiltText().sentence(
        "Peruvian/Peruvian/JJ/MISC aircraft/aircraft/NN struck/strike/VBD a/a/DT rebel/rebel/JJ base/base/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)"));
    assertThat(events).anyMatch(t -> t.startsWith("PERMIL PERREB 19"));
  }

  @Test
  void clashesTheSidesTalkOfAvoidingAreNoClashes() {
    // "Chilean and Peruvian officials discussed avoiding clashes between their forces."
    List<String> events = triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ/MISC and/and/CC Peruvian/Peruvian/JJ/MISC officials/official/NNS discussed/discuss/VBD avoiding/avoid/VBG clashes/clash/NNS "
            + "between/between/IN their/their/PRP$ forces/force/NNS ././.",
        "amod(4,1) cc(3,2) conj:and(1,3) amod(4,3) nsubj(5,4) root(0,5) xcomp(5,6) obj(6,7) case(10,8) nmod:poss(10,9) nmod:between(7,10) punct(5,11)"));
    assertThat(events).noneMatch(t -> t.endsWith(" 190"));
  }

  @Test
  void civiliansKilledInABombingWereAttackedByUnnamedAttackers() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Three/three/CD Chilean/Chilean/JJ civilians/civilian/NNS were/be/VBD killed/kill/VBN in/in/IN a/a/DT car/car/NN bombing/bombing/NN in/in/IN Santiago/Santiago/NNP/LOCATION ././.",
        "nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(9,6) det(9,7) compound(9,8) obl:in(5,9) case(11,10) nmod:in(9,11) punct(5,12)"));
    assertThat(events).containsExactly("CHLUAF CHLCVL 1832");
  }

  @Test
  void attacksOfANamedActorThatKillAreItsAttacksOnTheKilled() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Peruvian/Peruvian/JJ drone/drone/NN attacks/attack/NNS killed/kill/VBD three/three/CD Chilean/Chilean/JJ soldiers/soldier/NNS ././.",
        "amod(3,1) compound(3,2) nsubj(4,3) root(0,4) nummod(7,5) amod(7,6) obj(4,7) punct(4,8)"));
    // "drone" is a military word: the attackers are Peru's forces; the kind of attack is the noun's.
    assertThat(events).contains("PERMIL CHLMIL 1952");
  }

  @Test
  void anExplosionThatNoBombOrMineMadeNamesNoAttacker() {
    List<String> events = triples(new HandBuiltText().sentence(
        "A/a/DT gas/gas/NN explosion/explosion/NN killed/kill/VBD three/three/CD Chilean/Chilean/JJ miners/miner/NNS ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) nummod(7,5) amod(7,6) obj(4,7) punct(4,8)"));
    assertThat(events).isEmpty();
  }

  @Test
  void anAnnouncedBlockadeIsAThreatThoughTheTaggerCalledTheVerbANoun() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ farmers/farmer/NNS said/say/VBD they/they/PRP would/would/MD blockade/blockade/NN Peru/Peru/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nsubj(6,4) aux(6,5) ccomp(3,6) obj(6,7) punct(3,8)"));
    assertThat(events).contains("CHLAGR PER 1381").noneMatch(t -> t.endsWith(" 191"));
  }

  @Test
  void anAttackOnlyPreparedForIsAShowOfForce() {
    List<String> events = triples(new HandBuiltText().sentence(
        "The/the/DT Chilean/Chilean/JJ army/army/NN prepared/prepare/VBD to/to/TO attack/attack/VB Peru/Peru/NNP/LOCATION ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) nsubj:xsubj(6,3) obj(6,7) punct(4,8)"));
    assertThat(events).containsExactly("CHLMIL PER 150");
  }

  @Test
  void mobilisingForAWarIsAimedAtTheEnemyOfThatWar() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION mobilized/mobilize/VBD army/army/NN reservists/reservist/NNS for/for/IN a/a/DT war/war/NN against/against/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(7,5) det(7,6) obl:for(2,7) case(9,8) nmod:against(7,9) punct(2,10)"));
    assertThat(events).anyMatch(t -> t.startsWith("CHL PER 15"));
  }

  @Test
  void suspendingPartOfAnAidProgrammeSuspendsAid() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Japan/Japan/NNP/LOCATION suspended/suspend/VBD part/part/NN of/of/IN an/a/DT aid/aid/NN program/program/NN for/for/IN Chad/Chad/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(7,4) det(7,5) compound(7,6) nmod:of(3,7) case(9,8) nmod:for(7,9) punct(2,10)"));
    assertThat(events).containsExactly("JPN TCD 162");
  }

  @Test
  void aMessageOfCongratulationsSendsCongratulations() {
    // "Chile sent a message of congratulations to Peru." is praise, not an empathetic message.
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION sent/send/VBD a/a/DT message/message/NN of/of/IN congratulations/congratulation/NNS to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) case(8,7) obl:to(2,8) punct(2,9)"));
    assertThat(events).containsExactly("CHL PER 051");
  }

  @Test
  void ministersBarredFromEnteringAreUnderAnEntryBanAndCooperationReviewedIsConsidered() {
    // "Chile barred three Peruvian ministers from entering the country." and "Chile reviewed its cooperation with Peru."
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION barred/bar/VBD three/three/CD Peruvian/Peruvian/JJ/MISC ministers/minister/NNS from/from/IN entering/enter/VBG the/the/DT country/country/NN ././.",
        "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) mark(7,6) advcl:from(2,7) det(9,8) obj(7,9) punct(2,10)")))
        .containsExactly("CHL PERGOV 172");
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION reviewed/review/VBD its/its/PRP$ cooperation/cooperation/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(2,7)")))
        .containsExactly("CHL PER 014");
  }

  @Test
  void policeUnitsSentArePoliceAndArmyUnitsTroops() {
    // "Chile sent police units to the border." and "Chile sent army units to the border."
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION sent/send/VBD police/police/NN units/unit/NNS to/to/IN the/the/DT border/border/NN ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(7,5) det(7,6) obl:to(2,7) punct(2,8)"))).containsExactly("CHL - 153");
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION sent/send/VBD army/army/NN units/unit/NNS to/to/IN the/the/DT border/border/NN ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(7,5) det(7,6) obl:to(2,7) punct(2,8)"))).containsExactly("CHL - 154");
  }

  @Test
  void anAnnouncedSuspensionOfLinksIsASanctionOnTheOtherSide() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION announced/announce/VBD a/a/DT suspension/suspension/NN of/of/IN air/air/NN links/link/NNS with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) compound(7,6) nmod:of(4,7) case(9,8) nmod:with(7,9) punct(2,10)"));
    assertThat(events).contains("CHL PER 160");
  }

  @Test
  void aCampForRefugeesStandsForTheRefugees() {
    List<String> events = triples(new HandBuiltText().sentence(
        "A/a/DT camp/camp/NN for/for/IN Bolivian/Bolivian/JJ refugees/refugee/NNS was/be/VBD attacked/attack/VBN by/by/IN Chilean/Chilean/JJ soldiers/soldier/NNS ././.",
        "det(2,1) case(5,3) amod(5,4) nmod:for(2,5) nsubj:pass(7,2) aux:pass(7,6) root(0,7) case(10,8) amod(10,9) obl:agent(7,10) punct(7,11)"));
    assertThat(events).containsExactly("CHLMIL BOLREF 190");
  }

  @Test
  void targetsInATownStandForItsCountry() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ tanks/tank/NNS fired/fire/VBD shells/shell/NNS at/at/IN targets/target/NNS in/in/IN Cusco/Cusco/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:at(3,6) case(8,7) nmod:in(6,8) punct(3,9)"));
    assertThat(events).anyMatch(t -> t.matches("CHL\\S* PER 194"));
  }

  @Test
  void aBridgeNamedForAPlaceIsNoTownCalledBridge() {
    // "Bridge" alone is a town's name in the gazetteer; "Lima Bridge" is none.
    List<String> events = triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ workers/worker/NNS blocked/block/VBD the/the/DT Lima/Lima/NNP/LOCATION Bridge/Bridge/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) compound(6,5) obj(3,6) punct(3,7)"));
    assertThat(events).containsExactly("CHLLAB - 1442");
  }

  @Test
  void aThreatenedBanThatNamesNoOneIsAimedAtThePeople() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION threatened/threaten/VBD to/to/TO ban/ban/VB voting/voting/NN ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) obj(4,5) punct(2,6)"));
    assertThat(events).containsExactly("CHL CHLCVL 132");
  }

  @Test
  void prohibitingAidToAGroupStopsAidToIt() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION prohibited/prohibit/VBD aid/aid/NN to/to/IN Peruvian/Peruvian/JJ rebels/rebel/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) nmod:to(3,6) punct(2,7)"));
    assertThat(events).containsExactly("CHL PERREB 162");
  }

  @Test
  void killedInTheAttackToldBeforeNamesNoNewAttacker() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Two/two/CD Chilean/Chilean/JJ soldiers/soldier/NNS were/be/VBD killed/kill/VBN in/in/IN the/the/DT attack/attack/NN ././.",
        "nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(8,6) det(8,7) obl:in(5,8) punct(5,9)"));
    assertThat(events).isEmpty();
  }

  @Test
  void aJointActToldInAdvanceIsNoIntentOfOneSide() {
    // The tagger calls "meet" a noun here; its subject names both sides.
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION said/say/VBD Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION would/would/MD meet/meet/NN ././.",
        "nsubj(2,1) root(0,2) nsubj(7,3) cc(5,4) conj:and(3,5) nsubj(7,5) aux(7,6) ccomp(2,7) punct(2,8)"));
    assertThat(events).anyMatch(t -> t.startsWith("CHL PER 04")).noneMatch(t -> t.endsWith(" 036"));
  }

  @Test
  void blowingUpABridgeDestroysPropertyBlowingUpACarIsABombing() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ rebels/rebel/NNS blew/blow/VBD up/up/RP a/a/DT bridge/bridge/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) compound:prt(3,4) det(6,5) obj(3,6) punct(3,7)")))
        .containsExactly("CHLREB - 1712");
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ rebels/rebel/NNS blew/blow/VBD up/up/RP a/a/DT car/car/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) compound:prt(3,4) det(6,5) obj(3,6) punct(3,7)")))
        .containsExactly("CHLREB - 183");
  }

  @Test
  void aThreatenedBanIsAimedAtThePeopleOfThePlaceOfTheBan() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION threatened/threaten/VBD to/to/TO ban/ban/VB voting/voting/NN in/in/IN Cusco/Cusco/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) obj(4,5) case(7,6) nmod:in(5,7) punct(2,8)"));
    assertThat(events).containsExactly("CHL PERCVL 132");
  }

  @Test
  void orderingPatrolsIsAShowOfForce() {
    List<String> events = triples(new HandBuiltText().sentence(
        "The/the/DT Chilean/Chilean/JJ government/government/NN ordered/order/VBD patrols/patrol/NNS ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(events).containsExactly("CHLGOV - 150");
  }

  @Test
  void whomAnArmyHoldsAsHumanShieldsIsTheTarget() {
    List<String> events = triples(new HandBuiltText().sentence(
        "The/the/DT Chilean/Chilean/JJ army/army/NN held/hold/VBD Peruvian/Peruvian/JJ villagers/villager/NNS as/as/IN human/human/JJ shields/shield/NNS ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) case(9,7) amod(9,8) obl:as(4,9) punct(4,10)"));
    assertThat(events).containsExactly("CHLMIL PERCVL 184");
  }

  @Test
  void orderingANewspaperToSuspendPublicationIsCensorship() {
    List<String> events = triples(new HandBuiltText().sentence(
        "The/the/DT Chilean/Chilean/JJ government/government/NN ordered/order/VBD a/a/DT newspaper/newspaper/NN to/to/TO suspend/suspend/VB publication/publication/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) mark(8,7) xcomp(4,8) nsubj:xsubj(8,6) obj(8,9) punct(4,10)"));
    assertThat(events).anyMatch(t -> t.matches("CHLGOV CHL\\S* 1721"));
  }

  @Test
  void woundingInABombAttackIsABombing() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ rebels/rebel/NNS wounded/wound/VBD two/two/CD Peruvian/Peruvian/JJ soldiers/soldier/NNS in/in/IN a/a/DT bomb/bomb/NN attack/attack/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) case(10,7) det(10,8) compound(10,9) obl:in(3,10) punct(3,11)"));
    assertThat(events).containsExactly("CHLREB PERMIL 183");
  }

  @Test
  void attacksThatKillLeadersAreAssassinationsUnlessTheAttackNamesItsKind() {
    // "Peruvian attacks" say nothing of their kind; killing commanders does.
    assertThat(triples(new HandBuiltText().sentence(
        "Peruvian/Peruvian/JJ attacks/attack/NNS killed/kill/VBD two/two/CD Chilean/Chilean/JJ commanders/commander/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")))
        .anyMatch(t -> t.matches("PER\\S* CHL\\S* 186"));
  }

  @Test
  void aPartyOfAnUnknownNameIsAPartyOfTheArticlesCountry() {
    List<String> events = triples(new HandBuiltText().sentence(
        "The/the/DT Zafar/Zafar/NNP/ORGANIZATION party/party/NN said/say/VBD it/it/PRP will/will/MD boycott/boycott/VB Chile/Chile/NNP/LOCATION 's/'s/POS elections/election/NNS ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) nsubj(7,5) aux(7,6) ccomp(4,7) case(8,9) nmod:poss(10,8) obj(7,10) punct(4,11)"));
    // (What a country's party presses on its country it presses on its government: OwnGovernments.)
    assertThat(events).anyMatch(t -> t.matches("CHLPTY CHL\\S* 133"));
  }

  @Test
  void forcesLedByACountryAreItsForces() {
    // "Chilean-led", split by the tokenizer as "Chilean - led".
    List<String> events = triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ -/-/HYPH led/lead/VBN forces/force/NNS attacked/attack/VBD Peru/Peru/NNP/LOCATION ././.",
        "dep(3,1) punct(3,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"));
    assertThat(events).containsExactly("CHLMIL PER 190");
  }

  @Test
  void refugeSoughtInACountryIsAskedOfThatCountry() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Bolivian/Bolivian/JJ refugees/refugee/NNS sought/seek/VBD refuge/refuge/NN in/in/IN Chile/Chile/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:in(3,6) punct(3,7)"));
    assertThat(events).containsExactly("BOLREF CHL 0233");
  }

  @Test
  void aParticipleAfterAnAttackIsTheAttacksDoing() {
    // "A Chilean airstrike hit a camp, killing 23 Peruvian civilians."
    assertThat(HandCoding.code("A/a/DT Chilean/Chilean/JJ/MISC airstrike/airstrike/NN hit/hit/VBD a/a/DT camp/camp/NN ,/,/, killing/kill/VBG 23/23/CD Peruvian/Peruvian/JJ/MISC civilians/civilian/NNS ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7) dep(4,8) nummod(11,9) amod(11,10) obj(8,11) punct(4,12)").events())
        .extracting(e -> HandCoding.triple(e)).anyMatch(t -> t.startsWith("CHL PERCVL"));
  }

  @Test
  void whereGoodsComeFromMayBeToldOnWhatTheImportsAreOf() {
    // "Chile suspended imports of beef and live cattle from Peru."
    assertThat(HandCoding.code("Chile/Chile/NNP/LOCATION suspended/suspend/VBD imports/import/NNS of/of/IN beef/beef/NN and/and/CC live/live/JJ "
        + "cattle/cattle/NNS from/from/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:of(3,5) cc(8,6) amod(8,7) conj:and(5,8) case(10,9) nmod:from(8,10) punct(2,11)").events())
        .extracting(e -> HandCoding.triple(e)).contains("CHL PER 163");
  }

  @Test
  void theInjuredAreTheyWhomSomethingBefellNotAnAttack() {
    // "Chile sent aircraft to fly the badly injured to Santiago." (the parser makes "injured" the flying's complement)
    assertThat(HandCoding.code("Chile/Chile/NNP/LOCATION sent/send/VBD aircraft/aircraft/NN to/to/TO fly/fly/VB the/the/DT badly/badly/RB injured/injure/VBN "
        + "to/to/IN Santiago/Santiago/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:to(2,5) det(8,6) advmod(8,7) xcomp(5,8) case(10,9) obl:to(8,10) punct(2,11)").events())
        .extracting(e -> HandCoding.triple(e)).noneMatch(t -> t.endsWith(" 182"));
  }

  @Test
  void aFireCountedIsABlazeAndNoAttack() {
    // "A fire swept through a house, killing nine Peruvian workers." ("Chilean fire killed two" is shooting.)
    String fire = "A/a/DT fire/fire/NN swept/sweep/VBD through/through/IN a/a/DT house/house/NN ,/,/, killing/kill/VBG nine/nine/CD "
        + "Peruvian/Peruvian/JJ/MISC workers/worker/NNS ././.";
    assertThat(HandCoding.code(fire, "det(2,1) nsubj(3,2) root(0,3) case(6,4) det(6,5) obl:through(3,6) punct(3,7) advcl(3,8) nummod(11,9) amod(11,10) "
        + "obj(8,11) punct(3,12)").events()).isEmpty();
    assertThat(HandCoding.code("Chilean/Chilean/JJ/MISC fire/fire/NN killed/kill/VBD two/two/CD Peruvian/Peruvian/JJ/MISC workers/worker/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)").events()).extracting(e -> HandCoding.triple(e))
        .anyMatch(t -> t.startsWith("CHL PER") && t.contains(" 19"));
  }

  @Test
  void migrantsFlownBackToACountryAreExpelledToIt() {
    // "Britain flew 48 migrants back to France.": the particle read as an adverb, the phrase hung on it.
    assertThat(HandCoding.code("Britain/Britain/NNP/LOCATION flew/fly/VBD 48/48/CD migrants/migrant/NNS back/back/RB to/to/IN France/France/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) advmod(2,5) case(7,6) obl:to(5,7) punct(2,8)").events())
        .extracting(e -> HandCoding.triple(e)).contains("GBR FRA 174");
  }

  @Test
  void checksReimposedAtTheBorderRestrictMovement() {
    // "Poland reimposed checks at its border."
    assertThat(HandCoding.code("Poland/Poland/NNP/LOCATION reimposed/reimpose/VBD checks/check/NNS at/at/IN its/its/PRP$ border/border/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) nmod:poss(6,5) nmod:at(3,6) punct(2,7)").events())
        .extracting(e -> HandCoding.triple(e)).anyMatch(t -> t.startsWith("POL") && t.endsWith(" 191"));
  }

  @Test
  void aPatrolThatFiresIsTheDoerAndNoShowOfForce() {
    // "Chile said its patrol had fired on Peruvian smugglers.": the patrol is who fired.
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION said/say/VBD its/its/PRP$ patrol/patrol/NN had/have/VBD fired/fire/VBN on/on/IN Peruvian/Peruvian/JJ/MISC "
            + "smugglers/smuggler/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) case(9,7) amod(9,8) obl:on(6,9) punct(2,10)"));
    assertThat(events).noneMatch(t -> t.endsWith(" 150"));
  }

  @Test
  void aPatrolSentIsStillAShowOfForce() {
    // "Chile sent a patrol to the border."
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION sent/send/VBD a/a/DT patrol/patrol/NN to/to/IN the/the/DT border/border/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) det(7,6) obl:to(2,7) punct(2,8)"));
    assertThat(events).anyMatch(t -> t.endsWith(" 150"));
  }

  @Test
  void clashesTalkedOfAvoidingAreNoClashes() {
    // "Chile and Peru held talks on avoiding clashes." with the gerund parsed as an adjective of "clashes".
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION held/hold/VBD talks/talk/NNS on/on/IN avoiding/avoid/VBG clashes/clash/NNS ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) case(8,6) amod(8,7) obl:on(4,8) punct(4,9)"));
    assertThat(events).isNotEmpty().noneMatch(t -> t.endsWith(" 190"));
  }

  @Test
  void aWarCalledByItsNameIsHistoryNotADeed() {
    // "Seoul said Koreans worked there during the Second World War."
    var article = HandCoding.code("Seoul/Seoul/NNP/LOCATION said/say/VBD Koreans/Korean/NNPS/MISC worked/work/VBD there/there/RB during/during/IN the/the/DT Second/Second/NNP "
            + "World/World/NNP War/War/NNP ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) advmod(4,5) case(10,6) det(10,7) amod(10,8) compound(10,9) obl:during(4,10) punct(2,11)");
    assertThat(article.events()).extracting(e -> e.type().rootCode()).doesNotContain("19");
  }

  @Test
  void regrettingAnothersBoycottIsDisapproval() {
    // "Japan regretted South Korea's boycott."
    var article = HandCoding.code("Japan/Japan/NNP/LOCATION regretted/regret/VBD South/South/NNP/LOCATION Korea/Korea/NNP/LOCATION 's/'s/POS boycott/boycott/NN ././.",
        "nsubj(2,1) root(0,2) compound(4,3) nmod:poss(6,4) case(4,5) obj(2,6) punct(2,7)");
    assertThat(article.events()).extracting(e -> e.type().code()).contains("111").doesNotContain("055");
  }

  @Test
  void barringAPlaneFromLandingRestrictsMovementAndIsTheDoersOwnDeedBesideItsSaying() {
    // "Lebanon barred an Iranian plane from landing, saying Israel had warned it."
    assertThat(HandCoding.code("Lebanon/Lebanon/NNP/LOCATION barred/bar/VBD an/a/DT Iranian/Iranian/JJ/MISC plane/plane/NN from/from/IN landing/landing/NN ,/,/, "
            + "saying/say/VBG Israel/Israel/NNP/LOCATION had/have/VBD warned/warn/VBN it/it/PRP ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) case(7,6) obl:from(2,7) punct(2,8) parataxis(2,9) nsubj(12,10) aux(12,11) ccomp(9,12) obj(12,13) punct(2,14)")
        .events())
        .extracting(e -> e.type().code() + " " + e.modality()).contains("191 ASSERTED");
  }

  @Test
  void boardingAShipIsSeizingIt() {
    // "Danish commandos boarded a Russian tanker."
    assertThat(HandCoding.code("Danish/Danish/JJ/MISC commandos/commando/NNS boarded/board/VBD a/a/DT Russian/Russian/JJ/MISC tanker/tanker/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)").events())
        .extracting(e -> e.type().code()).contains("1711").doesNotContain("191");
  }

  @Test
  void sendingPatrolBoatsIsAShowOfForce() {
    // "Honduras sent two patrol boats into the gulf."
    assertThat(HandCoding.code("Honduras/Honduras/NNP/LOCATION sent/send/VBD two/two/CD patrol/patrol/NN boats/boat/NNS into/into/IN the/the/DT gulf/gulf/NN ././.",
        "nsubj(2,1) root(0,2) nummod(5,3) compound(5,4) obj(2,5) case(8,6) det(8,7) obl:into(2,8) punct(2,9)").events())
        .extracting(e -> e.type().code()).contains("150");
  }

  @Test
  void takingAMatterToABodyIsAnOfficialComplaint() {
    // "Somalia took the matter to the African Union."
    assertThat(HandCoding.code("Somalia/Somalia/NNP/LOCATION took/take/VBD the/the/DT matter/matter/NN to/to/IN the/the/DT African/African/NNP/ORGANIZATION "
            + "Union/Union/NNP/ORGANIZATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) det(8,6) compound(8,7) obl:to(2,8) punct(2,9)").events())
        .extracting(e -> HandCoding.triple(e)).contains("SOM AU 114");
  }

  @Test
  void aWarThatFramesATimeIsNoEventOfTheStory() {
    // "Chile and Peru praised each other's support during the war."
    assertThat(HandCoding.code("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION praised/praise/VBD each/each/DT other/other/JJ 's/'s/POS support/support/NN "
            + "during/during/IN the/the/DT war/war/NN ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) nmod:poss(8,6) case(6,7) obj(4,8) case(11,9) det(11,10) obl:during(4,11) punct(4,12)")
        .events()).extracting(e -> HandCoding.triple(e)).noneMatch(t -> t.endsWith(" 190"));
  }
}
