package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** Groups Annals has no entry for, coded by what their own name or an apposition says they are. */
class UnknownGroupsTest {
  @Test
  void peopleOfNoCountryDoingTheSecondOfTwoJoinedClausesAreOfTheFirstDoersCountry() {
    // "South African growers accused Gaborone, and truck drivers blocked the border post.", with
    // the second clause hung on the first as the parser may ({@code ccomp(accused, blocked)}).
    assertThat(code("South/South/JJ African/African/JJ growers/grower/NNS accused/accuse/VBD Gaborone/Gaborone/NNP/LOCATION ,/,/, and/and/CC truck/truck/NN "
            + "drivers/driver/NNS blocked/block/VBD the/the/DT border/border/NN post/post/NN ././.",
        "amod(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6) cc(10,7) compound(9,8) nsubj(10,9) ccomp(4,10) det(13,11) compound(13,12) obj(10,13) punct(4,14)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ZAFCVL") && t.contains(" 144")).noneMatch(t -> t.startsWith("BWA"));
  }

  /** "Ethiopian militias attacked farms near Ethiopia's border.": a story mostly of Ethiopia so far. */
  private static dev.annals.coding.HandBuiltText ethiopianAttack() {
    return new dev.annals.coding.HandBuiltText().sentence(
        "Ethiopian/Ethiopian/JJ/MISC militias/militia/NNS attacked/attack/VBD farms/farm/NNS near/near/IN Ethiopia/Ethiopia/NNP/LOCATION 's/'s/POS border/border/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(8,5) nmod:poss(8,6) case(6,7) obl:near(3,8) punct(3,9)");
  }

  @Test
  void anOfficeOfNoCountryDoingTheSecondOfTwoJoinedClausesIsOfTheFirstStateBodysCountry() {
    // "... Sudan's army sent troops, and the foreign ministry accused Ethiopian militias."
    var text = ethiopianAttack().sentence("Sudan/Sudan/NNP/LOCATION 's/'s/POS army/army/NN sent/send/VBD troops/troop/NNS ,/,/, and/and/CC the/the/DT foreign/foreign/JJ "
            + "ministry/ministry/NN accused/accuse/VBD Ethiopian/Ethiopian/JJ/MISC militias/militia/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6) cc(11,7) det(10,8) amod(10,9) nsubj(11,10) conj:and(4,11) amod(13,12) obj(11,13) "
            + "punct(4,14)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e))
        .anyMatch(t -> t.startsWith("SDNGOV") && t.endsWith(" 112")).noneMatch(t -> t.startsWith("ETHGOV") && t.endsWith(" 112"));
  }

  @Test
  void troopsAStatesManVisitsAreHisOwn() {
    // "... Sudan's army chief visited troops."
    var text = ethiopianAttack().sentence("Sudan/Sudan/NNP/LOCATION 's/'s/POS army/army/NN chief/chief/NN visited/visit/VBD troops/troop/NNS ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.contains(" 042"));
  }

  @Test
  void aGangCoalitionCalledByItsOwnNameIsCriminal() {
    // "The Viv Ansanm gang coalition attacked Chilean police.": the name is tagged as a person's.
    assertThat(code("The/the/DT Viv/Viv/NNP/PERSON Ansanm/Ansanm/NNP/PERSON gang/gang/NN coalition/coalition/NN attacked/attack/VBD Chilean/Chilean/JJ/MISC police/police/NN ././.",
        "det(5,1) compound(4,2) compound(4,3) compound(5,4) nsubj(6,5) root(0,6) amod(8,7) obj(6,8) punct(6,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith("CRM CHLCOP 190"));
  }

  @Test
  void peopleWorkingForAStateBodyActForIt() {
    // "Kenya blamed hackers working for Uganda's army."
    assertThat(code("Kenya/Kenya/NNP/LOCATION blamed/blame/VBD hackers/hacker/NNS working/work/VBG for/for/IN Uganda/Uganda/NNP/LOCATION 's/'s/POS army/army/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) acl(3,4) case(8,5) nmod:poss(8,6) case(6,7) obl:for(4,8) punct(2,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("KEN UGAMIL 11"));
  }

  @Test
  void anOppositionMovementIsTheOpposition() {
    // "The opposition United Civic Movement accused Chile's government of fraud." (a name Annals has no entry for)
    assertThat(code("The/the/DT opposition/opposition/NN United/United/NNP/ORGANIZATION Civic/Civic/NNP/ORGANIZATION Movement/Movement/NNP/ORGANIZATION "
        + "accused/accuse/VBD Chile/Chile/NNP/LOCATION 's/'s/POS government/government/NN of/of/IN fraud/fraud/NN ././.",
        "det(5,1) compound(5,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) nmod:poss(9,7) case(7,8) obj(6,9) case(11,10) obl:of(6,11) punct(6,12)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLOPP CHLGOV 11") || t.startsWith("OPP CHLGOV 11"));
  }

  @Test
  void anUnknownNameIsWhatItsAppositionSays() {
    // "The PAIGC, Chile's oldest party, demonstrated."
    assertThat(code("The/the/DT PAIGC/PAIGC/NNP/ORGANIZATION ,/,/, Chile/Chile/NNP/LOCATION 's/'s/POS oldest/old/JJS party/party/NN ,/,/, "
        + "demonstrated/demonstrate/VBD ././.",
        "det(2,1) punct(2,3) nmod:poss(7,4) case(4,5) amod(7,6) appos(2,7) punct(2,8) nsubj(9,2) root(0,9) punct(9,10)").events())
        .extracting(e -> e.source().code()).contains("CHLPTY");
  }

  @Test
  void aCourtCalledByANameAnnalsDoesNotKnowIsTheJudiciary() {
    // "Iran said a Revolutionary Court sentenced a Chilean academic.": placed in Iran, the article's country.
    assertThat(code("Iran/Iran/NNP/LOCATION said/say/VBD a/a/DT Revolutionary/Revolutionary/NNP Court/Court/NNP sentenced/sentence/VBD a/a/DT "
        + "Chilean/Chilean/JJ/MISC academic/academic/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) compound(5,4) nsubj(6,5) ccomp(2,6) det(9,7) amod(9,8) obj(6,9) punct(2,10)").events())
        .extracting(e -> e.source().code()).contains("IRNJUD");
  }

  @Test
  void anUnknownPersonWithASectorTitleIsOfThatSectorAndHeldByTheArrestingState() {
    // "Chilean police arrested opposition leader Rosa Quispe."
    assertThat(code("Chilean/Chilean/JJ/MISC police/police/NN arrested/arrest/VBD opposition/opposition/NN leader/leader/NN Rosa/Rosa/NNP/PERSON Quispe/Quispe/NNP/PERSON ././.",
        "amod(2,1) nsubj(3,2) root(0,3) compound(7,4) compound(7,5) compound(7,6) obj(3,7) punct(3,8)").events())
        .extracting(e -> triple(e)).contains("CHLCOP CHLOPP 173");
  }

  @Test
  void aPersonsOfficeIsTheirState() {
    // "Lukashenko's office denied any involvement."
    assertThat(code("Lukashenko/Lukashenko/NNP/PERSON 's/'s/POS office/office/NN denied/deny/VBD any/any/DT involvement/involvement/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)").events())
        .extracting(e -> e.source().code()).contains("BLRGOV");
  }

  @Test
  void theOfficeOfAStatesOfficeHolderCalledByTitleIsItsGovernment() {
    // "The Chilean prime minister's office denied any involvement."
    assertThat(code("The/the/DT Chilean/Chilean/JJ/MISC prime/prime/JJ minister/minister/NN 's/'s/POS office/office/NN denied/deny/VBD any/any/DT involvement/involvement/NN ././.",
        "det(4,1) amod(4,2) amod(4,3) nmod:poss(6,4) case(4,5) nsubj(7,6) root(0,7) det(9,8) obj(7,9) punct(7,10)").events())
        .extracting(e -> e.source().code()).contains("CHLGOV");
  }

  @Test
  void anOppositionSenatorIsALegislatorOfTheStorysCountry() {
    // "Kenya signed an agreement on Tuesday. An opposition senator accused the government of renting out the coast too cheaply."
    var text = new HandBuiltText().sentence("Kenya/Kenya/NNP/LOCATION signed/sign/VBD an/an/DT agreement/agreement/NN on/on/IN Tuesday/Tuesday/NNP/DATE ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:on(2,6) punct(2,7)")
        .sentence("An/an/DT opposition/opposition/NN senator/senator/NN accused/accuse/VBD the/the/DT government/government/NN of/of/IN renting/rent/VBG "
            + "out/out/RP the/the/DT coast/coast/NN too/too/RB cheaply/cheaply/RB ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) obl:of(4,8) compound:prt(8,9) det(11,10) obj(8,11) advmod(13,12) "
                + "advmod(8,13) punct(4,14)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("KENLEG KENGOV 112");
  }

  @Test
  void theAuthoritiesACountrysOwnRightsGroupAccusesAreItsOwn() {
    // "Spain handed two patrol boats to Chile on Friday, Spain's interior ministry said. The Chilean Association for Human Rights accused the authorities of dumping migrants."
    var text = new HandBuiltText().sentence("Spain/Spain/NNP/LOCATION handed/hand/VBD two/two/CD patrol/patrol/NN boats/boat/NNS to/to/IN Chile/Chile/NNP/LOCATION "
            + "on/on/IN Friday/Friday/NNP/DATE ,/,/, Spain/Spain/NNP/LOCATION 's/'s/POS interior/interior/NNP ministry/ministry/NNP said/say/VBD ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) compound(5,4) obj(2,5) case(7,6) obl:to(2,7) case(9,8) obl:on(2,9) punct(2,10) nmod:poss(14,11) case(11,12) "
                + "compound(14,13) nsubj(15,14) parataxis(2,15) punct(2,16)")
        .sentence("The/the/DT Chilean/Chilean/JJ/ORGANIZATION Association/Association/NN/ORGANIZATION for/for/IN/ORGANIZATION Human/Human/NNP/ORGANIZATION "
            + "Rights/Rights/NNPS/ORGANIZATION accused/accuse/VBD the/the/DT authorities/authority/NNS of/of/IN dumping/dump/VBG migrants/migrant/NNS ././.",
            "det(3,1) amod(3,2) nsubj(7,3) case(6,4) compound(6,5) nmod:for(3,6) root(0,7) det(9,8) obj(7,9) case(12,10) amod(12,11) obl:of(7,12) punct(7,13)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHLNGO CHLGOV 112").noneMatch(t -> t.startsWith("CHLNGO ESP"));
  }

  @Test
  void anArmyItsAppositionCallsAMilitiaIsAnArmedGroupOfThePlaceItControls() {
    // "Rwandan police raided camps in Gisenyi on Monday. The Kivu National Army, the militia that controls the area around Goma, said it had freed 260 people."
    var text = new HandBuiltText().sentence("Rwandan/Rwandan/JJ/MISC police/police/NNS raided/raid/VBD camps/camp/NNS in/in/IN Gisenyi/Gisenyi/NNP/LOCATION on/on/IN "
            + "Monday/Monday/NNP/DATE ././.", "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:in(3,6) case(8,7) obl:on(3,8) punct(3,9)")
        .sentence("The/the/DT Kivu/Kivu/NNP/ORGANIZATION National/National/NNP/ORGANIZATION Army/Army/NNP/ORGANIZATION ,/,/, the/the/DT militia/militia/NN "
            + "that/that/WDT controls/control/VBZ the/the/DT area/area/NN around/around/IN Goma/Goma/NNP/LOCATION ,/,/, said/say/VBD it/it/PRP had/have/VBD "
            + "freed/free/VBN 260/260/CD people/people/NNS ././.",
            "det(4,1) compound(4,2) compound(4,3) nsubj(15,4) punct(4,5) det(7,6) appos(4,7) nsubj(9,7) ref(7,8) acl:relcl(7,9) det(11,10) obj(9,11) "
                + "case(13,12) nmod:around(11,13) punct(15,14) root(0,15) nsubj(18,16) aux(18,17) ccomp(15,18) nummod(20,19) obj(18,20) punct(15,21)");
    assertThat(code(text).events()).extracting(e -> e.source().code()).contains("CODREB").doesNotContain("RWAMIL", "RWAREB");
  }

  @Test
  void theDefinitePartyIsTheOppositionNamedBefore() {
    // "Chile's opposition Citizens Alliance protested. The party demonstrated."
    var text = new dev.annals.coding.HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS opposition/opposition/NN Citizens/Citizens/NNP/ORGANIZATION Alliance/Alliance/NNP/ORGANIZATION demonstrated/demonstrate/VBD ././.",
            "nmod:poss(5,1) case(1,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) punct(6,7)")
        .sentence("The/the/DT party/party/NN demonstrated/demonstrate/VBD ././.", "det(2,1) nsubj(3,2) root(0,3) punct(3,4)");
    assertThat(code(text).events()).extracting(e -> e.source().code()).containsOnly("CHLOPP");
  }

  @Test
  void anOrganisationsNameEndingAPersonsNameIsTheirSurname() {
    // "Kenyan Foreign Minister Anna Wagner criticised Chile.": not the Wagner Group.
    assertThat(code("Kenyan/Kenyan/JJ/MISC Foreign/Foreign/NNP Minister/Minister/NNP Anna/Anna/NNP/PERSON Wagner/Wagner/NNP/PERSON criticised/criticise/VBD Chile/Chile/NNP/LOCATION ././.",
        "amod(5,1) compound(5,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("KENGOV CHL 11")).noneMatch(t -> t.startsWith("WAGNER"));
  }

  @Test
  void aPeopleNamedByThePluralOfTheirAdjectiveAreCivilians() {
    // "Chagossians protested outside Parliament in London."
    assertThat(code("Chagossians/Chagossians/NNPS protested/protest/VBD outside/outside/IN Parliament/Parliament/NNP/ORGANIZATION in/in/IN London/London/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:outside(2,4) case(6,5) nmod:in(4,6) punct(2,7)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("IOTCVL ") && t.endsWith(" 141"));
  }

  @Test
  void anOrganisationsSupportersStandForIt() {
    // "Hezbollah supporters blocked the airport road."
    assertThat(code("Hezbollah/Hezbollah/NNP/ORGANIZATION supporters/supporter/NNS blocked/block/VBD the/the/DT airport/airport/NN road/road/NN ././.",
        "compound(2,1) nsubj(3,2) root(0,3) det(6,4) compound(6,5) obj(3,6) punct(3,7)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("HEZBOLLAH "));
  }

  @Test
  void aBodysNameOpeningAPersonsNameIsTheirGivenName() {
    // "Botswana's President Duma Boko criticised Britain.": not Russia's Duma.
    assertThat(code("Botswana/Botswana/NNP/LOCATION 's/'s/POS President/President/NNP Duma/Duma/NNP/PERSON Boko/Boko/NNP/PERSON criticised/criticise/VBD "
            + "Britain/Britain/NNP/LOCATION ././.",
        "nmod:poss(5,1) case(1,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BWAGOV GBR 11")).noneMatch(t -> t.startsWith("RUS"));
  }

  @Test
  void aDoubleSurnameSplitAtItsHyphenIsOneName() {
    // "Foreign Minister Beate Meinl-Reisinger thanked Oman.": Austria's foreign minister.
    assertThat(code("Foreign/Foreign/NNP Minister/Minister/NNP Beate/Beate/NNP/PERSON Meinl/Meinl/NNP/PERSON -/-/HYPH Reisinger/Reisinger/NNP/PERSON "
            + "thanked/thank/VBD Oman/Oman/NNP/LOCATION ././.",
        "compound(2,1) compound(6,2) compound(6,3) compound(6,4) punct(6,5) nsubj(7,6) root(0,7) obj(7,8) punct(7,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("AUTGOV OMN"));
  }

  @Test
  void membersOfParliamentAreTheLegislatureOfTheirCountry() {
    // "Croatian police detained two Serbian members of parliament."
    assertThat(code("Croatian/Croatian/JJ/MISC police/police/NN detained/detain/VBD two/two/CD Serbian/Serbian/JJ/MISC members/member/NNS of/of/IN parliament/parliament/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) case(8,7) nmod:of(6,8) punct(3,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("HRVCOP SRBLEG 17"));
  }

  @Test
  void partyLeadersAreTheOppositionPartyNamedBefore() {
    // "Chile's opposition Citizens Alliance protested. Party leaders demonstrated."
    var text = new dev.annals.coding.HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS opposition/opposition/NN Citizens/Citizens/NNP/ORGANIZATION Alliance/Alliance/NNP/ORGANIZATION demonstrated/demonstrate/VBD ././.",
            "nmod:poss(5,1) case(1,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) punct(6,7)")
        .sentence("Party/party/NN leaders/leader/NNS demonstrated/demonstrate/VBD ././.", "compound(2,1) nsubj(3,2) root(0,3) punct(3,4)");
    assertThat(code(text).events()).extracting(e -> e.source().code()).containsOnly("CHLOPP");
  }

  @Test
  void allPartiesAreNoPoliticalParty() {
    // "Chile urged all parties to negotiate."
    assertThat(code("Chile/Chile/NNP/LOCATION urged/urge/VBD all/all/DT parties/party/NNS to/to/TO negotiate/negotiate/VB ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) xcomp(2,6) nsubj:xsubj(6,4) punct(2,7)").events())
        .noneMatch(e -> e.target().map(t -> t.code().endsWith("PTY")).orElse(false));
  }

  @Test
  void theGovernmentOfAPersonIsTheirStatesAndNotCommentingDeclinesComment() {
    // "The government of Daniel Ortega did not comment."
    assertThat(code("The/the/DT government/government/NN of/of/IN Daniel/Daniel/NNP/PERSON Ortega/Ortega/NNP/PERSON did/do/VBD not/not/RB comment/comment/VB ././.",
        "det(2,1) nsubj(8,2) case(5,3) compound(5,4) nmod:of(2,5) aux(8,6) advmod(8,7) root(0,8) punct(8,9)").events())
        .extracting(e -> triple(e) + (e.negated() ? " negated" : "")).contains("NICGOV - 011");
  }

  @Test
  void theUnAgencyIsTheUnAgencyNamedBefore() {
    // "The World Food Programme suspended aid to Chile. The UN agency demonstrated."
    var text = new dev.annals.coding.HandBuiltText()
        .sentence("The/the/DT World/World/NNP/ORGANIZATION Food/Food/NNP/ORGANIZATION Programme/Programme/NNP/ORGANIZATION suspended/suspend/VBD aid/aid/NN to/to/IN Chile/Chile/NNP/LOCATION ././.",
            "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) case(8,7) obl:to(5,8) punct(5,9)")
        .sentence("The/the/DT UN/UN/NNP/ORGANIZATION agency/agency/NN demonstrated/demonstrate/VBD ././.", "det(3,1) compound(3,2) nsubj(4,3) root(0,4) punct(4,5)");
    assertThat(code(text).events()).extracting(e -> e.source().code()).containsOnly("WFP");
  }

  @Test
  void aGroupLinkedToAnArmedGroupIsThatGroup() {
    // "Islamic State-linked insurgents attacked Chile's army."
    assertThat(code("Islamic/Islamic/JJ/ORGANIZATION State/State/NN/ORGANIZATION -/-/HYPH linked/link/VBN insurgents/insurgent/NNS attacked/attack/VBD "
            + "Chile/Chile/NNP/LOCATION 's/'s/POS army/army/NN ././.",
        "amod(5,1) obl(4,2) punct(4,3) amod(5,4) nsubj(6,5) root(0,6) nmod:poss(9,7) case(7,8) obj(6,9) punct(6,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ISIS CHLMIL 19"));
  }

  @Test
  void aCoalitionLedByAStateIsThatState() {
    // "A coalition led by Chile attacked Peru."
    assertThat(code("A/a/DT coalition/coalition/NN led/lead/VBN by/by/IN Chile/Chile/NNP/LOCATION attacked/attack/VBD Peru/Peru/NNP/LOCATION ././.",
        "det(2,1) acl(2,3) nsubj(6,2) root(0,6) case(5,4) obl:by(3,5) obj(6,7) punct(6,8)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 19"));
  }

  @Test
  void aCouncilForRefugeesIsACharityNotRefugees() {
    // "The Refugee Council accused Britain of trading people."
    assertThat(code("The/the/DT Refugee/Refugee/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION accused/accuse/VBD Britain/Britain/NNP/LOCATION "
        + "of/of/IN trading/trade/VBG people/people/NNS ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) mark(7,6) advcl:of(4,7) obj(7,8) punct(4,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("\\w*NGO GBR 112")).noneMatch(t -> t.startsWith("REF") || t.contains("REF "));
  }

  @Test
  void aMilitaryGovernmentGoverns() {
    // "Niger's military government expelled France's ambassador."
    assertThat(code("Niger/Niger/NNP/LOCATION 's/'s/POS military/military/JJ government/government/NN expelled/expel/VBD France/France/NNP/LOCATION "
        + "'s/'s/POS ambassador/ambassador/NN ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) nmod:poss(8,6) case(6,7) obj(5,8) punct(5,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("NERGOV FRA"));
  }

  @Test
  void heIsTheSpokesmanNamedByOfficeAfterAnyPersonNamed() {
    // "President Aliyev met Putin. Jordan's government spokesman demanded access. He accused Israel of spying."
    assertThat(code(new dev.annals.coding.HandBuiltText()
        .sentence("President/President/NNP Aliyev/Aliyev/NNP/PERSON met/meet/VBD Putin/Putin/NNP/PERSON ././.", "compound(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)")
        .sentence("Jordan/Jordan/NNP/LOCATION 's/'s/POS government/government/NN spokesman/spokesman/NN demanded/demand/VBD access/access/NN ././.",
            "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)")
        .sentence("He/he/PRP accused/accuse/VBD Israel/Israel/NNP/LOCATION of/of/IN spying/spy/VBG ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) punct(2,6)"), java.time.LocalDate.of(2026, 11, 10)).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("JORGOV ISR 112"));
  }

  @Test
  void heIsNoSpokeswoman() {
    // "Jordan's government spokeswoman demanded access. He accused Israel of spying.": "he" is someone else.
    assertThat(code(new dev.annals.coding.HandBuiltText()
        .sentence("Jordan/Jordan/NNP/LOCATION 's/'s/POS government/government/NN spokeswoman/spokeswoman/NN demanded/demand/VBD access/access/NN ././.",
            "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)")
        .sentence("He/he/PRP accused/accuse/VBD Israel/Israel/NNP/LOCATION of/of/IN spying/spy/VBG ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) punct(2,6)"), java.time.LocalDate.of(2026, 11, 10)).events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("JORGOV ISR"));
  }

  @Test
  void heIsTheManNamedPlainlyBefore() {
    // "An ethnic Hungarian man died after he was detained by Ukrainian soldiers."
    assertThat(code(new dev.annals.coding.HandBuiltText()
        .sentence("An/a/DT ethnic/ethnic/JJ Hungarian/Hungarian/JJ/MISC man/man/NN died/die/VBD after/after/IN he/he/PRP was/be/VBD detained/detain/VBN "
            + "by/by/IN Ukrainian/Ukrainian/JJ/MISC soldiers/soldier/NNS ././.",
            "det(4,1) amod(4,2) amod(4,3) nsubj(5,4) root(0,5) mark(9,6) nsubj:pass(9,7) aux:pass(9,8) advcl:after(5,9) case(12,10) amod(12,11) "
                + "obl:agent(9,12) punct(5,13)"), java.time.LocalDate.of(2026, 2, 18)).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("UKRMIL \\w*CVL 173"));
  }

  @Test
  void aRecruitmentCentreIsTheMilitarys() {
    // "Ukraine's recruitment centre denied the charge."
    assertThat(code("Ukraine/Ukraine/NNP/LOCATION 's/'s/POS recruitment/recruitment/NN centre/centre/NN denied/deny/VBD the/the/DT charge/charge/NN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("UKRMIL"));
  }

  @Test
  void anUnknownPersonWhosePartyIsNamedActsForIt() {
    // "Nigel Farage, whose Reform UK party leads the polls, urged Starmer to resign." (enhanced: "whose" becomes Farage)
    assertThat(code(new dev.annals.coding.HandBuiltText().sentence("Nigel/Nigel/NNP/PERSON Farage/Farage/NNP/PERSON ,/,/, whose/whose/WP$ "
            + "Reform/Reform/NNP/ORGANIZATION UK/UK/NNP/ORGANIZATION party/party/NN leads/lead/VBZ the/the/DT polls/poll/NNS ,/,/, urged/urge/VBD "
            + "Starmer/Starmer/NNP/PERSON to/to/TO resign/resign/VB ././.",
        "compound(2,1) nmod:poss(5,2) nsubj(12,2) punct(2,3) ref(2,4) compound(7,5) compound(7,6) nsubj(8,7) acl:relcl(2,8) det(10,9) obj(8,10) "
            + "punct(2,11) root(0,12) obj(12,13) mark(15,14) xcomp(12,15) punct(12,16)"), java.time.LocalDate.of(2026, 3, 27)).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("GBROPP GBRGOV 02") || t.startsWith("GBRPTY GBRGOV 02"));
  }

  @Test
  void menOfANationalityAreItsCiviliansButABodysMenAreNot() {
    // "Germany deported 96 Afghan men."
    assertThat(code("Germany/Germany/NNP/LOCATION deported/deport/VBD 96/96/CD Afghan/Afghan/JJ/MISC men/man/NNS ././.",
        "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)").events())
        .extracting(e -> triple(e)).contains("DEU AFGCVL 174");
    // "Chad accused Sudan. Its Sudanese men attacked Chadian soldiers.": its men are no civilians.
    assertThat(code(new dev.annals.coding.HandBuiltText()
        .sentence("Chad/Chad/NNP/LOCATION accused/accuse/VBD Sudan/Sudan/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Its/its/PRP$ Sudanese/Sudanese/JJ/MISC men/man/NNS attacked/attack/VBD Chadian/Chadian/JJ/MISC soldiers/soldier/NNS ././.",
            "nmod:poss(3,1) amod(3,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7)"))
        .events()).extracting(e -> e.source().code()).noneMatch(c -> c.endsWith("CVL"));
  }

  @Test
  void aGroupsOwnNameFindsTheGroupAgain() {
    // "Libyan forces attacked the Radaa militia. Radaa accused Turkey."
    assertThat(code(new dev.annals.coding.HandBuiltText()
        .sentence("Libyan/Libyan/JJ/MISC forces/force/NNS attacked/attack/VBD the/the/DT Radaa/Radaa/NNP militia/militia/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(6,4) compound(6,5) obj(3,6) punct(3,7)")
        .sentence("Radaa/Radaa/NNP accused/accuse/VBD Turkey/Turkey/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"))
        .events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("REB TUR 112"));
  }

  @Test
  void peopleWhoCameFromACountryAreItsPeople() {
    // "Chilean police shot two men who tried to carry drugs across the river from Peru in Arica."
    assertThat(code("Chilean/Chilean/JJ/MISC police/police/NN shot/shoot/VBD two/two/CD men/man/NNS who/who/WP tried/try/VBD to/to/TO carry/carry/VB "
            + "drugs/drug/NNS across/across/IN the/the/DT river/river/NN from/from/IN Peru/Peru/NNP/LOCATION in/in/IN Arica/Arica/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) nsubj(7,5) ref(5,6) acl:relcl(5,7) mark(9,8) xcomp(7,9) obj(9,10) case(13,11) det(13,12) "
            + "obl:across(9,13) case(15,14) nmod:from(13,15) case(17,16) obl:in(3,17) punct(3,18)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLCOP PERCVL ")).noneMatch(t -> t.startsWith("CHLCOP CHLCVL "));
  }

  @Test
  void eachOfAKindStandsForThemAll() {
    // "Peru said it would give each refugee a grant."
    assertThat(code("Peru/Peru/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD give/give/VB each/each/DT refugee/refugee/NN a/a/DT grant/grant/NN ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) iobj(5,7) det(9,8) obj(5,9) punct(2,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER") && t.contains(" PERREF 0"));
  }

  @Test
  void aGroupItsOwnWordsBaseInAPlaceIsOfThatPlacesCountry() {
    // "China detained a Chinese priest. Chinese police raided a church, a US-based pressure group
    // said.": China is the story's home, where a group of no country would be placed.
    var events = code(new HandBuiltText().sentence("China/China/NNP/LOCATION detained/detain/VBD a/a/DT Chinese/Chinese/JJ/MISC priest/priest/NN ././.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)").sentence(
        "Chinese/Chinese/JJ/MISC police/police/NNS raided/raid/VBD a/a/DT church/church/NN ,/,/, a/a/DT US/US/NNP/LOCATION -/-/HYPH based/base/VBN "
            + "pressure/pressure/NN group/group/NN said/say/VBD ././.",
        "amod(2,1) nsubj(3,2) ccomp(13,3) det(5,4) obj(3,5) punct(13,6) det(12,7) obl(10,8) punct(10,9) amod(12,10) compound(12,11) nsubj(13,12) "
            + "root(0,13) punct(13,14)")).events();
    assertThat(events).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("USANGO "));
  }

  @Test
  void aGoverningBodyItsOwnWordsBaseInAPlaceIsOfThatPlacesCountryNotOfTheStateToldBefore() {
    // "Turkey's ministry accused Greece. The Tripoli-based government accused Ankara."
    var text = new HandBuiltText().sentence("Turkey/Turkey/NNP/LOCATION 's/'s/POS ministry/ministry/NN accused/accuse/VBD Greece/Greece/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)").sentence(
        "The/the/DT Tripoli/Tripoli/NNP/LOCATION -/-/HYPH based/base/VBN government/government/NN accused/accuse/VBD Ankara/Ankara/NNP/LOCATION ././.",
        "det(5,1) obl(4,2) punct(4,3) amod(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).contains("LBYGOV TURGOV 112");
  }

  @Test
  void aGoverningBodyNamedWithItsCountryKeepsItWhereverItIsBased() {
    // "Libya's ministry accused Greece. Turkey's Ankara-based government accused Tripoli.": the
    // possessive names the country; the seat adds nothing.
    var text = new HandBuiltText().sentence("Libya/Libya/NNP/LOCATION 's/'s/POS ministry/ministry/NN accused/accuse/VBD Greece/Greece/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)").sentence(
        "Turkey/Turkey/NNP/LOCATION 's/'s/POS Tripoli/Tripoli/NNP/LOCATION -/-/HYPH based/base/VBN government/government/NN accused/accuse/VBD Greece/Greece/NNP/LOCATION ././.",
        "nmod:poss(6,1) case(1,2) obl(5,3) punct(5,4) amod(6,5) nsubj(7,6) root(0,7) obj(7,8) punct(7,9)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).contains("TURGOV GRC 112");
  }

  @Test
  void foreignFirmsAKazakhUnionAccusesAreTheForeignFirmsNamedBefore() {
    // "The Turkish contractor flew its employees home. Kazakhstan's president condemned Kazakh
    // rioters in Atyrau. Kazakhstan's union accused foreign contractors.": Turkey's firms, not
    // those of Kazakhstan, where the story is set.
    var text = new HandBuiltText().sentence(
        "The/the/DT Turkish/Turkish/JJ/MISC contractor/contractor/NN flew/fly/VBD its/its/PRP$ employees/employee/NNS home/home/RB ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) nmod:poss(6,5) obj(4,6) advmod(4,7) punct(4,8)").sentence(
        "Kazakhstan/Kazakhstan/NNP/LOCATION 's/'s/POS president/president/NN condemned/condemn/VBD Kazakh/Kazakh/JJ/MISC rioters/rioter/NNS in/in/IN "
            + "Atyrau/Atyrau/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) case(8,7) nmod:in(6,8) punct(4,9)").sentence(
        "Kazakhstan/Kazakhstan/NNP/LOCATION 's/'s/POS union/union/NN accused/accuse/VBD foreign/foreign/JJ contractors/contractor/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).contains("KAZLAB TURBUS 112");
  }

  @Test
  void foreignStudentsAreThoseTheirSentenceNamesByNation() {
    // "Young men attacked hostels housing foreign students in Bishkek, injuring 14 Indian students."
    var text = new HandBuiltText().sentence(
        "Young/young/JJ men/man/NNS attacked/attack/VBD hostels/hostel/NNS housing/house/VBG foreign/foreign/JJ students/student/NNS in/in/IN "
            + "Bishkek/Bishkek/NNP/LOCATION ,/,/, injuring/injure/VBG 14/14/CD Indian/Indian/JJ/MISC students/student/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) acl(4,5) amod(7,6) obj(5,7) case(9,8) nmod:in(7,9) punct(3,10) advcl(3,11) nummod(14,12) amod(14,13) "
            + "obj(11,14) punct(3,15)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.contains(" KGZ"));
  }

  @Test
  void anOfficeNamedByItsCountrysWordIsThatCountrysGovernment() {
    // "Japan's space agency and the Icelandic Meteorological Office signed an agreement in Reykjavik on Monday."
    assertThat(code(new HandBuiltText()
        .sentence("Japan/Japan/NNP/LOCATION 's/'s/POS space/space/NN agency/agency/NN and/and/CC the/the/DT "
            + "Icelandic/Icelandic/NNP/ORGANIZATION Meteorological/Meteorological/NNP/ORGANIZATION Office/Office/NNP/ORGANIZATION "
            + "signed/sign/VBD an/a/DT agreement/agreement/NN in/in/IN Reykjavik/Reykjavik/NNP/LOCATION on/on/IN Monday/Monday/NNP "
            + "././.",
            "root(0,10) nmod:poss(4,1) compound(4,3) conj:and(4,9) case(1,2) nsubj(10,4) nsubj(10,9) obj(10,12) obl:on(10,16) "
            + "punct(10,17) cc(9,5) det(9,6) compound(9,7) compound(9,8) det(12,11) nmod:in(12,14) case(14,13) case(16,15)"),
        java.time.LocalDate.of(2026, 5, 19)).events())
        .extracting(e -> triple(e)).contains("JPNGOV ISLGOV 057");
  }
}
