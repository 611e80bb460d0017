package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a verb's line reads in its sentence: firms shut out of a tender are sanctioned, jobs "at
 * risk" are a gloomy comment, a case raised with a body's members is talks with them, and troops
 * sent to train another's people train a partner.
 */
class ReadingsOfVerbLinesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 14);

  @Test
  void firmsExcludedFromATenderAreUnderAnAdministrativeSanction() {
    // "Malawi excluded Chinese firms on Tuesday from a tender to build a railway, the transport ministry said."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Malawi/Malawi/NNP/LOCATION excluded/exclude/VBD Chinese/Chinese/JJ firms/firm/NNS on/on/IN Tuesday/Tuesday/NNP "
            + "from/from/IN a/a/DT tender/tender/NN to/to/TO build/build/VB a/a/DT railway/railway/NN ,/,/, the/the/DT "
            + "transport/transport/NN ministry/ministry/NN said/say/VBD ././.",
            "root(0,18) nsubj(2,1) obj(2,4) obl:on(2,6) obl:from(2,9) ccomp(18,2) punct(18,14) nsubj(18,17) punct(18,19) "
            + "amod(4,3) case(6,5) case(9,7) det(9,8) acl:to(9,11) mark(11,10) obj(11,13) det(13,12) det(17,15) "
            + "compound(17,16)")
        , DATE));
    assertThat(coded).contains("MWI CHNBUS 172");
  }

  @Test
  void workVisasGrantedEaseEntryAndAreNoAsylum() {
    // "Germany will grant 5,000 work visas a year to Moroccan nurses."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Germany/Germany/NNP/LOCATION will/will/MD grant/grant/VB 5,000/5000/CD work/work/NN visas/visa/NNS a/a/DT "
            + "year/year/NN to/to/IN Moroccan/Moroccan/JJ nurses/nurse/NNS ././.",
            "root(0,3) nsubj(3,1) aux(3,2) obj(3,6) obl:to(3,11) punct(3,12) nummod(6,4) compound(6,5) obl:npmod(6,8) "
            + "det(8,7) case(11,9) amod(11,10)")
        , DATE));
    assertThat(coded).anyMatch(t -> t.matches("DEU MAR\\w* 081")).noneMatch(t -> t.endsWith(" 075"));
  }

  @Test
  void aPlantOpenedAbroadIsEconomicCooperationWhereItStands() {
    // "Taiwan's economy minister opened a chip plant near Vilnius on Wednesday."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Taiwan/Taiwan/NNP/LOCATION 's/'s/POS economy/economy/NN minister/minister/NN opened/open/VBD a/a/DT "
            + "chip/chip/NN plant/plant/NN near/near/IN Vilnius/Vilnius/NNP/LOCATION on/on/IN Wednesday/Wednesday/NNP ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:on(5,12) punct(5,13) det(8,6) "
            + "compound(8,7) nmod:near(8,10) case(10,9) case(12,11)")
        , DATE));
    assertThat(coded).anyMatch(t -> t.matches("TWN\\w* LTU\\w* 061"));
  }

  @Test
  void moneyAnnouncedForSomeoneIsAidPledgedToThem() {
    // "The US embassy announced 15 million dollars for Uganda's border police."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("The/the/DT US/US/NNP/LOCATION embassy/embassy/NN announced/announce/VBD 15/15/CD million/million/CD "
            + "dollars/dollar/NNS for/for/IN Uganda/Uganda/NNP/LOCATION 's/'s/POS border/border/NN police/police/NN ././.",
            "root(0,4) det(3,1) compound(3,2) nsubj(4,3) obj(4,7) obl:for(4,12) punct(4,13) compound(6,5) nummod(7,6) "
            + "case(12,8) nmod:poss(12,9) compound(12,11) case(9,10)")
        , DATE));
    assertThat(coded).contains("USAGOV UGACOP 0331");
  }

  @Test
  void permitsSuspendedForWorkAbroadAreASanctionOnWhereTheWorkIs() {
    // "Nepal suspended labour permits for new jobs in Malaysian factories."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Nepal/Nepal/NNP/LOCATION suspended/suspend/VBD labour/labour/NN permits/permit/NNS for/for/IN new/new/JJ "
            + "jobs/job/NNS in/in/IN Malaysian/Malaysian/JJ factories/factory/NNS ././.",
            "root(0,2) nsubj(2,1) obj(2,4) punct(2,11) compound(4,3) nmod:for(4,7) case(7,5) amod(7,6) nmod:in(7,10) "
            + "case(10,8) amod(10,9)")
        , DATE));
    assertThat(coded).contains("NPL MYSBUS 172");
  }

  @Test
  void aMissionPutOffIsAimedWhereItWasToGo() {
    // "Canada postponed a trade mission that was due to visit Hanoi in January."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Canada/Canada/NNP/LOCATION postponed/postpone/VBD a/a/DT trade/trade/NN mission/mission/NN that/that/WDT "
            + "was/be/VBD due/due/JJ to/to/TO visit/visit/VB Hanoi/Hanoi/NNP/LOCATION in/in/IN January/January/NNP ././.",
            "root(0,2) nsubj(2,1) obj(2,5) punct(2,14) det(5,3) compound(5,4) dep(5,6) acl(6,7) xcomp(7,8) dep(8,10) "
            + "mark(10,9) obj(10,11) obl:in(10,13) case(13,12)")
        , DATE));
    assertThat(coded).contains("CAN VNMGOV 125");
  }

  @Test
  void aWarningThatJobsAreAtRiskIsAPessimisticComment() {
    // "Kenyan exporters warned that thousands of jobs were at risk."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Kenyan/Kenyan/JJ exporters/exporter/NNS warned/warn/VBD that/that/IN thousands/thousand/NNS of/of/IN "
            + "jobs/job/NNS were/be/VBD at/at/IN risk/risk/NN ././.",
            "root(0,3) amod(2,1) nsubj(3,2) ccomp(3,10) punct(3,11) mark(10,4) nsubj(10,7) cop(10,8) case(10,9) "
            + "det:qmod(7,5) fixed(5,6)")
        , DATE));
    assertThat(coded).contains("KENBUS - 012");
  }

  @Test
  void aCaseRaisedWithABodysPartnersIsNoComplaintLodgedWithTheBody() {
    // "Latvia recalled its ambassador from Minsk and said it would raise the case with its European Union partners."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Latvia/Latvia/NNP/LOCATION recalled/recall/VBD its/its/PRP$ ambassador/ambassador/NN from/from/IN "
            + "Minsk/Minsk/NNP/LOCATION and/and/CC said/say/VBD it/it/PRP would/would/MD raise/raise/VB the/the/DT "
            + "case/case/NN with/with/IN its/its/PRP$ European/European/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION "
            + "partners/partner/NNS ././.",
            "root(0,2) nsubj(2,1) obj(2,4) obl:from(2,6) conj:and(2,8) punct(2,19) nsubj(8,1) cc(8,7) ccomp(8,11) "
            + "nmod:poss(4,3) case(6,5) nsubj(11,9) aux(11,10) obj(11,13) det(13,12) nmod:with(13,18) case(18,14) "
            + "nmod:poss(18,15) compound(18,17) compound(17,16)")
        , DATE));
    assertThat(coded).anyMatch(t -> t.matches("LVA EU 0[34]\\d*")).noneMatch(t -> t.matches("\\S+ EU 114"));
  }

  @Test
  void forcesSentToTrainAnothersPeopleShowNoMilitaryPower() {
    // "Chile will send army engineers to Peru next year to train Peruvian deminers."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION will/will/MD send/send/VB army/army/NN engineers/engineer/NNS to/to/IN "
            + "Peru/Peru/NNP/LOCATION next/next/JJ year/year/NN to/to/TO train/train/VB Peruvian/Peruvian/JJ "
            + "deminers/deminer/NNS ././.",
            "root(0,3) nsubj(3,1) aux(3,2) obj(3,5) obl:to(3,7) obl:tmod(3,9) advcl:to(3,11) punct(3,14) compound(5,4) "
            + "case(7,6) amod(9,8) mark(11,10) obj(11,13) amod(13,12)")
        , DATE));
    assertThat(coded).contains("CHL PER 070").noneMatch(t -> t.matches("\\S+ \\S+ 150"));
  }
}
