package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** Which group named before a definite group, a bloc or a spokesman with no country of their own stand for (PhraseResolver, NounAnaphora). */
class DefiniteGroupsTest {
  @Test
  void theGroupCalledByTheSameWordComesBeforeTheLastOfItsSector() {
    // "Israeli settlers attacked Palestinian villagers. Palestinian officials condemned the 400 settlers."
    var article = code(new HandBuiltText()
        .sentence("Israeli/Israeli/JJ/MISC settlers/settler/NNS attacked/attack/VBD Palestinian/Palestinian/JJ/MISC villagers/villager/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) punct(3,6)")
        .sentence("Palestinian/Palestinian/JJ/MISC officials/official/NNS condemned/condemn/VBD the/the/DT 400/400/CD settlers/settler/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(6,4) nummod(6,5) obj(3,6) punct(3,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PSEGOV ISRCVL 1")).noneMatch(t -> t.startsWith("PSEGOV PSECVL"));
  }

  @Test
  void aRebelFactionOrARebelSpokesmanSpeaksForTheRebelsThoughTheWordIsSingular() {
    // "A rebel faction accused Peru." and "A rebel spokesman accused Peru."
    var faction = code("A/a/DT rebel/rebel/JJ faction/faction/NN accused/accuse/VBD Peru/Peru/NNP/LOCATION ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)");
    assertThat(faction.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("[A-Z]*REB PER 112"));
    var spokesman = code("A/a/DT rebel/rebel/NN spokesman/spokesman/NN accused/accuse/VBD Peru/Peru/NNP/LOCATION ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)");
    assertThat(spokesman.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("[A-Z]*REB PER 112"));
  }

  @Test
  void anOfficeWithNoCountryOpeningASentenceCarriesOnTheStoryOfTheSubjectBefore() {
    // "Peru protested to Quito on Monday. The foreign minister condemned Ecuador.": Peru's
    // minister, though Quito was the government named last.
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION protested/protest/VBD to/to/IN Quito/Quito/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
            "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) case(6,5) obl:on(2,6) punct(2,7)")
        .sentence("The/the/DT foreign/foreign/JJ minister/minister/NN condemned/condemn/VBD Ecuador/Ecuador/NNP/LOCATION ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PERGOV ECU 111").noneMatch(t -> t.startsWith("ECUGOV"));
  }

  @Test
  void anOfficeWithNoCountryInAWhileClauseActsAlongsideTheStateTheSentenceIsAbout() {
    // "Iraq's minister telephoned the Emirati minister, while the interior ministry condemned
    // Iran.": Iraq's ministry, though the Emirati minister was the government named last.
    var article = code(new HandBuiltText()
        .sentence("Iraq/Iraq/NNP/LOCATION 's/'s/POS minister/minister/NN telephoned/telephone/VBD the/the/DT Emirati/Emirati/JJ/MISC minister/minister/NN "
            + ",/,/, while/while/IN the/the/DT interior/interior/JJ ministry/ministry/NN condemned/condemn/VBD Iran/Iran/NNP/LOCATION ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(13,8) mark(13,9) det(12,10) amod(12,11) nsubj(13,12) "
                + "advcl:while(4,13) obj(13,14) punct(4,15)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("IRQGOV IRN 111").noneMatch(t -> t.startsWith("AREGOV IRN"));
  }

  @Test
  void theNavyIsTheOneWhoseWordNamedAShipOfItBeforeTheLastForcesNamed() {
    // "A Nigerian navy frigate freed six Togolese sailors. Ghana accused Togo, the navy said."
    var article = code(new HandBuiltText()
        .sentence("A/a/DT Nigerian/Nigerian/JJ/MISC navy/navy/NN frigate/frigate/NN freed/free/VBD six/six/CD Togolese/Togolese/JJ/MISC sailors/sailor/NNS ././.",
            "det(4,1) amod(4,2) compound(4,3) nsubj(5,4) root(0,5) nummod(8,6) amod(8,7) obj(5,8) punct(5,9)")
        .sentence("Ghana/Ghana/NNP/LOCATION accused/accuse/VBD Togo/Togo/NNP/LOCATION ,/,/, the/the/DT navy/navy/NN said/say/VBD ././.",
            "nsubj(2,1) ccomp(7,2) obj(2,3) punct(7,4) det(6,5) nsubj(7,6) root(0,7) punct(7,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("NGAMIL ") && t.endsWith(" 010")).noneMatch(t -> t.startsWith("TGOMIL "));
  }

  @Test
  void aSpokesmanForALeaderSpeaksForHisSide() {
    // "Israeli police arrested two Israeli settlers. A spokesman for Palestinian President Yasser
    // Arafat condemned the settlers.": not the government of the country the article names most.
    var article = code(new HandBuiltText()
        .sentence("Israeli/Israeli/JJ/MISC police/police/NNS arrested/arrest/VBD two/two/CD Israeli/Israeli/JJ/MISC settlers/settler/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("A/a/DT spokesman/spokesman/NN for/for/IN Palestinian/Palestinian/JJ/MISC President/President/NNP Yasser/Yasser/NNP/PERSON Arafat/Arafat/NNP/PERSON "
            + "condemned/condemn/VBD the/the/DT settlers/settler/NNS ././.",
            "det(2,1) nsubj(8,2) case(7,3) amod(5,4) compound(7,5) compound(7,6) nmod:for(2,7) root(0,8) det(10,9) obj(8,10) punct(8,11)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PSEGOV ")).noneMatch(t -> t.startsWith("ISRGOV") || t.startsWith("GOV"));
  }

  @Test
  void theBlocIsAnOrganisationOfMemberStatesNotAGlobalBodyNamedSince() {
    // "Norway said it would challenge the European Union at the World Trade Organization. The bloc invited Norway to talks."
    var article = code(new HandBuiltText()
        .sentence("Norway/Norway/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD challenge/challenge/VB the/the/DT European/European/NNP/ORGANIZATION "
            + "Union/Union/NNP/ORGANIZATION at/at/IN the/the/DT World/World/NNP/ORGANIZATION Trade/Trade/NNP/ORGANIZATION Organization/Organization/NNP/ORGANIZATION ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(8,6) compound(8,7) obj(5,8) case(13,9) det(13,10) compound(13,11) compound(13,12) obl:at(5,13) punct(2,14)")
        .sentence("The/the/DT bloc/bloc/NN invited/invite/VBD Norway/Norway/NNP/LOCATION to/to/IN talks/talk/NNS ././.",
            "det(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:to(3,6) punct(3,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("EU NOR")).noneMatch(t -> t.startsWith("WTO NOR"));
  }

  @Test
  void theKillersAreWhoeverKilled() {
    // "Boko Haram fighters killed ten Nigerian farmers. Nigeria's army vowed to hunt down the killers."
    var article = code(new HandBuiltText()
        .sentence("Boko/Boko/NNP/ORGANIZATION Haram/Haram/NNP/ORGANIZATION fighters/fighter/NNS killed/kill/VBD ten/ten/CD Nigerian/Nigerian/JJ/MISC farmers/farmer/NNS ././.",
            "compound(2,1) compound(3,2) nsubj(4,3) root(0,4) nummod(7,5) amod(7,6) obj(4,7) punct(4,8)")
        .sentence("Nigeria/Nigeria/NNP/LOCATION 's/'s/POS army/army/NN vowed/vow/VBD to/to/TO hunt/hunt/VB down/down/RP the/the/DT killers/killer/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) compound:prt(6,7) det(9,8) obj(6,9) punct(4,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("NGAMIL BOKOHARAM"));
  }

  @Test
  void theKidnappersAreWhoeverAbductedWhereTheyDidIt() {
    // "Gunmen abducted two Austrian engineers in Niger. Austria urged the kidnappers to release the engineers.": Niger's gunmen,
    // not Austria's.
    var article = code(new HandBuiltText()
        .sentence("Gunmen/gunman/NNS abducted/abduct/VBD two/two/CD Austrian/Austrian/JJ/MISC engineers/engineer/NNS in/in/IN Niger/Niger/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) case(7,6) obl:in(2,7) punct(2,8)")
        .sentence("Austria/Austria/NNP/LOCATION urged/urge/VBD the/the/DT kidnappers/kidnapper/NNS to/to/TO release/release/VB the/the/DT engineers/engineer/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) xcomp(2,6) det(8,7) obj(6,8) punct(2,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("AUT\\w* NERUAF 02\\d*"));
  }

  @Test
  void theMinistryWhoseOfferACountrysFarmersRejectIsTheirOwn() {
    // "Peru's foreign ministry protested to Chile. Chilean farmers rejected an offer of talks from
    // the agriculture ministry.": Chile's ministry, not Peru's, the last named.
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN protested/protest/VBD to/to/TO Chile/Chile/NNP/LOCATION ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) case(7,6) obl:to(5,7) punct(5,8)")
        .sentence("Chilean/Chilean/JJ/MISC farmers/farmer/NNS rejected/reject/VBD an/a/DT offer/offer/NN of/of/IN talks/talk/NNS from/from/IN the/the/DT "
            + "agriculture/agriculture/NN ministry/ministry/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) nmod:of(5,7) case(11,8) det(11,9) compound(11,10) nmod:from(7,11) punct(3,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLAGR CHLGOV 12")).noneMatch(t -> t.startsWith("CHLAGR PERGOV"));
  }

  @Test
  void armedMenFromAnArmedGroupAreTheGroup() {
    // "Gunmen from the Jaish al-Adl group killed eight Iranian policemen."
    var article = code(new HandBuiltText()
        .sentence("Gunmen/gunman/NNS from/from/IN the/the/DT Jaish/Jaish/NNP/ORGANIZATION al/al/NNP/ORGANIZATION -/-/HYPH Adl/Adl/NNP/ORGANIZATION group/group/NN "
            + "killed/kill/VBD eight/eight/CD Iranian/Iranian/JJ/MISC policemen/policeman/NNS ././.",
            "nsubj(9,1) case(8,2) det(8,3) compound(8,4) compound(7,5) punct(7,6) compound(8,7) nmod:from(1,8) root(0,9) nummod(12,10) amod(12,11) obj(9,12) "
                + "punct(9,13)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("IRNINS IRNCOP 190").noneMatch(t -> t.startsWith("IRNUAF"));
  }

  @Test
  void theGovernmentACountrysOwnOppositionAccusesIsItsOwn() {
    // "China's embassy praised Sri Lanka. Sri Lanka's opposition accused the government.": not
    // China's government, the last named.
    var article = code(new HandBuiltText()
        .sentence("China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN praised/praise/VBD Sri/Sri/NNP/LOCATION Lanka/Lanka/NNP/LOCATION ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) compound(6,5) obj(4,6) punct(4,7)")
        .sentence("Sri/Sri/NNP/LOCATION Lanka/Lanka/NNP/LOCATION 's/'s/POS opposition/opposition/NN accused/accuse/VBD the/the/DT government/government/NN ././.",
            "compound(2,1) nmod:poss(4,2) case(2,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("LKAOPP LKAGOV 112").noneMatch(t -> t.contains("CHNGOV 112"));
  }

  @Test
  void theAdministrationALegislatorUrgesIsHisOwnCountrys() {
    // "Russia's coast guard said China joined the patrol. Senator Dan Sullivan of Alaska urged the
    // administration to send icebreakers.": not Russia's government, the last named.
    var article = code(new HandBuiltText()
        .sentence("Russia/Russia/NNP/LOCATION 's/'s/POS government/government/NN praised/praise/VBD China/China/NNP/LOCATION ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("Senator/Senator/NNP Dan/Dan/NNP/PERSON Sullivan/Sullivan/NNP/PERSON of/of/IN Alaska/Alaska/NNP/LOCATION urged/urge/VBD the/the/DT "
            + "administration/administration/NN to/to/TO send/send/VB icebreakers/icebreaker/NNS ././.",
            "compound(3,1) compound(3,2) nsubj(6,3) case(5,4) nmod:of(3,5) root(0,6) det(8,7) obj(6,8) mark(10,9) xcomp(6,10) obj(10,11) punct(6,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("USALEG USAGOV 02")).noneMatch(t -> t.startsWith("USALEG RUSGOV"));
  }

  @Test
  void aSpokesmanForAMinistryNamedBeforeSpeaksForThatMinistry() {
    // "The justice ministry in Santiago said the programme was suspended. Peru's labour department
    // asked Santiago to reconsider. It said it would send a team. A spokesman for the justice
    // ministry said abuse was rare.": Chile's ministry, not the last government named.
    var article = code(new HandBuiltText()
        .sentence("The/the/DT justice/justice/NN ministry/ministry/NN in/in/IN Santiago/Santiago/NNP/LOCATION said/say/VBD the/the/DT programme/programme/NN "
                + "was/be/VBD suspended/suspend/VBN ././.",
            "det(3,1) compound(3,2) nsubj(6,3) case(5,4) nmod:in(3,5) root(0,6) det(8,7) nsubj:pass(10,8) aux:pass(10,9) ccomp(6,10) punct(6,11)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS labour/labour/NN department/department/NN asked/ask/VBD Santiago/Santiago/NNP/LOCATION to/to/TO "
                + "reconsider/reconsider/VB ././.",
            "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) mark(8,7) xcomp(5,8) punct(5,9)")
        .sentence("It/it/PRP said/say/VBD it/it/PRP would/would/MD send/send/VB a/a/DT team/team/NN ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) punct(2,8)")
        .sentence("A/a/DT spokesman/spokesman/NN for/for/IN the/the/DT justice/justice/NN ministry/ministry/NN said/say/VBD abuse/abuse/NN "
                + "was/be/VBD rare/rare/JJ ././.",
            "det(2,1) nsubj(7,2) case(6,3) det(6,4) compound(6,5) nmod:for(2,6) root(0,7) nsubj(10,8) cop(10,9) ccomp(7,10) punct(7,11)"));
    assertThat(article.events()).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.sentence() == 3))
        .extracting(e -> e.source().code()).isNotEmpty().containsOnly("CHLGOV");
  }

  @Test
  void theOfficerIsThePersonBroughtInAsAnOfficerNotTheSectorOfTheCountryInContext() {
    // "Honduras granted asylum to a Nicaraguan army officer. The officer thanked Honduras."
    var article = code(new HandBuiltText()
        .sentence("Honduras/Honduras/NNP/LOCATION granted/grant/VBD asylum/asylum/NN to/to/IN a/a/DT Nicaraguan/Nicaraguan/JJ/MISC army/army/NN "
            + "officer/officer/NN ././.", "nsubj(2,1) root(0,2) obj(2,3) case(8,4) det(8,5) amod(8,6) compound(8,7) obl:to(2,8) punct(2,9)")
        .sentence("The/the/DT officer/officer/NN thanked/thank/VBD Honduras/Honduras/NNP/LOCATION ././.", "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("NICMIL HND 051")).noneMatch(t -> t.startsWith("HND") && t.endsWith(" 051"));
  }

  @Test
  void theEmbassyIsTheMissionNamedBeforeNotOneOfTheCountryTheStoryIsSetIn() {
    // "Gabon's police seized a bag addressed to Kenya's embassy. Gabonese students rallied
    // outside the embassy."
    var text = new HandBuiltText().sentence(
        "Gabon/Gabon/NNP/LOCATION 's/'s/POS police/police/NN seized/seize/VBD a/a/DT bag/bag/NN addressed/address/VBN to/to/IN Kenya/Kenya/NNP/LOCATION "
            + "'s/'s/POS embassy/embassy/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) acl(6,7) case(11,8) nmod:poss(11,9) case(9,10) obl:to(7,11) punct(4,12)")
        .sentence("Gabonese/Gabonese/JJ/MISC students/student/NNS rallied/rally/VBD outside/outside/IN the/the/DT embassy/embassy/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) case(6,4) det(6,5) obl:outside(3,6) punct(3,7)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("GAB\\S* KEN\\S* 14\\d*"));
  }
}
