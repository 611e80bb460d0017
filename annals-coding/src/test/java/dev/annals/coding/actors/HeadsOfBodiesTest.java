package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A person Annals does not know, whom a relative clause makes the head of a body, acts for it; the owner of a site of business is a business. */
class HeadsOfBodiesTest {
  @Test
  void whoHeadsAnOrganisationActsForIt() {
    // "Jasem Albudaiwi, who heads the Gulf Cooperation Council, urged Iraq to act."
    assertThat(code("Jasem/Jasem/NNP/PERSON Albudaiwi/Albudaiwi/NNP/PERSON ,/,/, who/who/WP heads/head/VBZ the/the/DT Gulf/Gulf/NNP/ORGANIZATION "
            + "Cooperation/Cooperation/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION ,/,/, urged/urge/VBD Iraq/Iraq/NNP/LOCATION to/to/TO act/act/VB ././.",
        "compound(2,1) nsubj(5,2) punct(2,3) ref(2,4) acl:relcl(2,5) det(9,6) compound(9,7) compound(9,8) obj(5,9) punct(2,10) nsubj(11,2) root(0,11) "
            + "obj(11,12) mark(14,13) xcomp(11,14) punct(11,15)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("GCC IRQ 02"));
  }

  @Test
  void whoVisitsAnOrganisationDoesNotActForIt() {
    // "Jasem Qaradawi, who visited the Gulf Cooperation Council, urged Iraq to act."
    assertThat(code("Jasem/Jasem/NNP/PERSON Qaradawi/Qaradawi/NNP/PERSON ,/,/, who/who/WP visited/visit/VBD the/the/DT Gulf/Gulf/NNP/ORGANIZATION "
            + "Cooperation/Cooperation/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION ,/,/, urged/urge/VBD Iraq/Iraq/NNP/LOCATION to/to/TO act/act/VB ././.",
        "compound(2,1) nsubj(5,2) punct(2,3) ref(2,4) acl:relcl(2,5) det(9,6) compound(9,7) compound(9,8) obj(5,9) punct(2,10) nsubj(11,2) root(0,11) "
            + "obj(11,12) mark(14,13) xcomp(11,14) punct(11,15)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("GCC IRQ 02"));
  }

  @Test
  void anOrganisationsCommissionOrChairmanActsForIt() {
    // "ECOWAS's commission welcomed Nigeria." and "The Arab League's chairman praised Algeria."
    assertThat(code("ECOWAS/ECOWAS/NNP/ORGANIZATION 's/'s/POS commission/commission/NN welcomed/welcome/VBD Nigeria/Nigeria/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ECOWAS NGA 05"));
    assertThat(code("The/the/DT Arab/Arab/NNP/ORGANIZATION League/League/NNP/ORGANIZATION 's/'s/POS chairman/chairman/NN praised/praise/VBD Algeria/Algeria/NNP/LOCATION ././.",
        "det(3,1) compound(3,2) nmod:poss(5,3) case(3,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ARL DZA 05"));
  }

  @Test
  void aFormerOfficeHolderWithAnOrganisationsTitleActsForTheOrganisation() {
    // "Pacific Islands Forum Secretary-General Baron Waqa urged Fiji to act.": Nauru's president
    // until 2019, the Forum's now.
    assertThat(code("Pacific/Pacific/NNP/ORGANIZATION Islands/Islands/NNP/ORGANIZATION Forum/Forum/NNP/ORGANIZATION Secretary-General/Secretary-General/NNP "
            + "Baron/Baron/NNP/PERSON Waqa/Waqa/NNP/PERSON urged/urge/VBD Fiji/Fiji/NNP/LOCATION to/to/TO act/act/VB ././.",
        "compound(6,1) compound(6,2) compound(6,3) compound(6,4) compound(6,5) nsubj(7,6) root(0,7) obj(7,8) mark(10,9) xcomp(7,10) punct(7,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PIF FJI 02")).noneMatch(t -> t.startsWith("NRU"));
  }

  @Test
  void aLeadersChiefOfStaffActsForTheLeadersGovernment() {
    // "Orban's chief of staff praised Serbia.": the office's name holds "of", past the noun phrase.
    assertThat(code(new dev.annals.coding.HandBuiltText().sentence(
        "Orban/Orban/NNP/PERSON 's/'s/POS chief/chief/NN of/of/IN staff/staff/NN praised/praise/VBD Serbia/Serbia/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(6,3) case(5,4) nmod:of(3,5) root(0,6) obj(6,7) punct(6,8)"), java.time.LocalDate.of(2025, 10, 17)).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("HUNGOV SRB 05"));
  }

  @Test
  void anOrganisationsChiefActsForIt() {
    // "The European Union's foreign policy chief urged Peru to talk."
    assertThat(dev.annals.coding.HandCoding.code("The/the/DT European/European/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION 's/'s/POS foreign/foreign/JJ "
            + "policy/policy/NN chief/chief/NN urged/urge/VBD Peru/Peru/NNP/LOCATION to/to/TO talk/talk/VB ././.",
        "det(3,1) compound(3,2) nmod:poss(7,3) case(3,4) amod(6,5) compound(7,6) nsubj(8,7) root(0,8) obj(8,9) mark(11,10) xcomp(8,11) punct(8,12)").events())
        .extracting(e -> dev.annals.coding.HandCoding.triple(e)).anyMatch(t -> t.startsWith("EU PER"));
  }

  @Test
  void aHyphenatedTitleSplitByTheTokenizerIsStillTheTitle() {
    // "The East African Community's secretary-general urged Rwanda to talk."
    var text = new HandBuiltText().sentence("The/the/DT East/East/NNP African/African/NNP Community/Community/NNP 's/'s/POS secretary/secretary/NN -/-/HYPH "
            + "general/general/JJ urged/urge/VBD Rwanda/Rwanda/NNP/LOCATION to/to/TO talk/talk/VB ././.",
        "det(4,1) compound(4,2) compound(4,3) nmod:poss(6,4) case(4,5) nsubj(9,6) punct(6,7) amod(6,8) root(0,9) obj(9,10) mark(12,11) xcomp(9,12) punct(9,13)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("EAC RWA 02"));
  }

  @Test
  void aSpokesmanForACountrysArmySpeaksForTheArmy() {
    // "A spokesman for Kenya's army said the men were migrants."
    assertThat(code("A/a/DT spokesman/spokesman/NN for/for/IN Kenya/Kenya/NNP/LOCATION 's/'s/POS army/army/NN said/say/VBD the/the/DT men/man/NNS "
            + "were/be/VBD migrants/migrant/NNS ././.",
        "det(2,1) nsubj(7,2) case(6,3) nmod:poss(6,4) case(4,5) nmod:for(2,6) root(0,7) det(9,8) nsubj(11,9) cop(11,10) ccomp(7,11) punct(7,12)").events())
        .extracting(e -> e.source().code()).contains("KENMIL").doesNotContain("KENGOV");
  }

  @Test
  void whoDirectsABodyOfASectorIsOfThatSector() {
    // "Police detained the Turkish director of a private school.": the country by the title's
    // adjective, the sector by the body headed.
    assertThat(code("Police/police/NNS detained/detain/VBD the/the/DT Turkish/Turkish/JJ/MISC director/director/NN of/of/IN a/a/DT private/private/JJ "
            + "school/school/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) case(9,6) det(9,7) amod(9,8) nmod:of(5,9) punct(2,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("\\w*COP TUREDU 173"));
  }

  @Test
  void whoHeadsAnotherBodysDepartmentIsNotOfTheDepartmentsSector() {
    // "The Chinese head of the agency's department criticised Japan.": of the agency, whatever it is.
    assertThat(code("The/the/DT Chinese/Chinese/JJ/MISC head/head/NN of/of/IN the/the/DT agency/agency/NN 's/'s/POS department/department/NN "
            + "criticised/criticise/VBD Japan/Japan/NNP/LOCATION ././.",
        "det(3,1) amod(3,2) nsubj(9,3) case(8,4) det(6,5) nmod:poss(8,6) case(6,7) nmod:of(3,8) root(0,9) obj(9,10) punct(9,11)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHNGOV"));
  }

  @Test
  void theOwnerOfAMineIsABusinessOfItsCountry() {
    // "Panama's government said on Thursday it would open talks with the Canadian owner of the Cobre
    // Panama copper mine on reopening the site."
    assertThat(code(new HandBuiltText().sentence("Panama/Panama/NNP/LOCATION 's/'s/POS government/government/NN said/say/VBD on/on/IN Thursday/Thursday/NNP it/it/PRP "
            + "would/would/MD open/open/VB talks/talk/NNS with/with/IN the/the/DT Canadian/Canadian/JJ owner/owner/NN of/of/IN "
            + "the/the/DT Cobre/Cobre/NNP/ORGANIZATION Panama/Panama/NNP/ORGANIZATION copper/copper/NN mine/mine/NN on/on/IN "
            + "reopening/reopen/VBG the/the/DT site/site/NN ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obl:on(4,6) ccomp(4,9) punct(4,25) case(6,5) nsubj(9,7) aux(9,8) obj(9,10) "
            + "nmod:with(10,14) case(14,11) det(14,12) amod(14,13) nmod:of(14,20) case(20,15) det(20,16) compound(20,18) "
            + "compound(20,19) acl:on(20,22) compound(18,17) case(22,21) obj(22,24) det(24,23)"), java.time.LocalDate.of(2026, 6, 4))
        .events())
        .extracting(e -> triple(e)).contains("PANGOV CANBUS 036");
  }
}
