package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A body whose name holds a verb is one name; "the authorities in" a place are that place's;
 * "the government" after an embassy is not the embassy's; the opposition leader speaks for the
 * opposition; a means told by "by" and a gerund is the retaliation's act; an extradition blocked is
 * refused to the state that wanted the person; a stateless people rallying is a crowd; a plural
 * noun tagged a verb after an adjective is the object; "states" tagged a verb is the subject.
 */
class NamesAndHandoversTest {
  @Test
  void aBodyWhoseNameHoldsAVerbIsOneName() {
    // "Eswatini police arrested two journalists. The Committee to Protect Journalists condemned
    // the arrests.", read with "Protect" as the verb and "condemned" hung on "Journalists".
    assertThat(triples(code(new HandBuiltText()
        .sentence("Eswatini/Eswatini/NNP/LOCATION police/police/NNS arrested/arrest/VBD two/two/CD journalists/journalist/NNS ././.",
            "compound(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) punct(3,6)")
        .sentence("The/the/DT Committee/Committee/NNP/ORGANIZATION to/to/TO/ORGANIZATION Protect/protect/VB/ORGANIZATION "
                + "Journalists/journalist/NNS/ORGANIZATION condemned/condemn/VBN the/the/DT arrests/arrest/NNS ././.",
            "det(2,1) nsubj(4,2) mark(4,3) root(0,4) obj(4,5) acl(5,6) det(8,7) obj(6,8) punct(4,9)"))))
        .anyMatch(t -> t.startsWith("CPJ SWZ") && t.endsWith(" 111"));
  }

  @Test
  void theAuthoritiesInAPlaceAreThatPlacesState() {
    // "South Africa protested. Amnesty International urged the authorities in Mbabane to free the
    // reporters."
    assertThat(triples(code(new HandBuiltText()
        .sentence("South/South/NNP/LOCATION Africa/Africa/NNP/LOCATION 's/'s/POS government/government/NN protested/protest/VBD ././.",
            "compound(2,1) nmod:poss(4,2) case(2,3) nsubj(5,4) root(0,5) punct(5,6)")
        .sentence("Amnesty/Amnesty/NNP/ORGANIZATION International/International/NNP/ORGANIZATION urged/urge/VBD the/the/DT authorities/authority/NNS "
                + "in/in/IN Mbabane/Mbabane/NNP/LOCATION to/to/TO free/free/VB the/the/DT reporters/reporter/NNS ././.",
            "compound(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:in(3,7) mark(9,8) xcomp(3,9) nsubj:xsubj(9,5) det(11,10) obj(9,11) "
                + "punct(3,12)"))))
        .anyMatch(t -> t.startsWith("AMNESTY SWZGOV 02")).noneMatch(t -> t.startsWith("AMNESTY ZAFGOV"));
  }

  @Test
  void theGovernmentAfterAnEmbassyIsNotTheEmbassys() {
    // "China's embassy protested to Papua New Guinea's foreign ministry, the embassy said. It
    // accused the government of breaking its commitment."
    assertThat(triples(code(new HandBuiltText()
        .sentence("China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN protested/protest/VBD to/to/IN Papua/Papua/NNP/LOCATION New/New/NNP/LOCATION "
                + "Guinea/Guinea/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN ,/,/, the/the/DT embassy/embassy/NN said/say/VBD ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) case(11,5) compound(8,6) compound(8,7) nmod:poss(11,8) case(8,9) amod(11,10) obl:to(4,11) "
                + "punct(4,12) det(14,13) nsubj(15,14) parataxis(4,15) punct(4,16)")
        .sentence("It/it/PRP accused/accuse/VBD the/the/DT government/government/NN of/of/IN breaking/break/VBG its/its/PRP$ commitment/commitment/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) advcl:of(2,6) nmod:poss(8,7) obj(6,8) punct(2,9)"))))
        .contains("CHNGOV PNGGOV 112");
  }

  @Test
  void theOppositionLeaderSpeaksForTheOpposition() {
    // "Papua New Guinea's foreign minister rejected the claim. The opposition leader accused the
    // government of putting the mine at risk."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Papua/Papua/NNP/LOCATION New/New/NNP/LOCATION Guinea/Guinea/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN "
                + "rejected/reject/VBD the/the/DT claim/claim/NN ././.",
            "compound(3,1) compound(3,2) nmod:poss(6,3) case(3,4) amod(6,5) nsubj(7,6) root(0,7) det(9,8) obj(7,9) punct(7,10)")
        .sentence("The/the/DT opposition/opposition/NN leader/leader/NN accused/accuse/VBD the/the/DT government/government/NN of/of/IN "
                + "putting/put/VBG the/the/DT mine/mine/NN at/at/IN risk/risk/NN ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) mark(8,7) advcl:of(4,8) det(10,9) obj(8,10) case(12,11) obl:at(8,12) "
                + "punct(4,13)"))))
        .contains("PNGOPP PNGGOV 112");
  }

  @Test
  void aRetaliationByOrderingADiplomatOutIsAnExpulsion() {
    // "Moscow retaliated by ordering a Greek diplomat to leave Russia.", with the gerund read as
    // the noun of a "by" phrase.
    assertThat(triples(code(new HandBuiltText().sentence(
        "Moscow/Moscow/NNP/LOCATION retaliated/retaliate/VBD by/by/IN ordering/order/VBG a/a/DT Greek/Greek/JJ/MISC diplomat/diplomat/NN to/to/TO "
            + "leave/leave/VB Russia/Russia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:by(2,4) det(7,5) amod(7,6) obj(4,7) nsubj:xsubj(9,7) mark(9,8) xcomp(4,9) obj(9,10) punct(2,11)"))))
        .anyMatch(t -> t.startsWith("RUS") && t.contains(" GRC") && t.endsWith(" 174"));
  }

  @Test
  void anExtraditionBlockedIsRefusedToTheStateThatWantedThePerson() {
    // "Sweden's Supreme Court blocked the extradition of a Kurdish activist wanted in Turkey."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Sweden/Sweden/NNP/LOCATION 's/'s/POS Supreme/Supreme/NNP/ORGANIZATION Court/Court/NNP/ORGANIZATION blocked/block/VBD the/the/DT "
            + "extradition/extradition/NN of/of/IN a/a/DT Kurdish/Kurdish/JJ/MISC activist/activist/NN wanted/want/VBN in/in/IN Turkey/Turkey/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) case(11,8) det(11,9) amod(11,10) nmod:of(7,11) acl(11,12) "
            + "case(14,13) obl:in(12,14) punct(5,15)"))))
        .anyMatch(t -> t.startsWith("SWEJUD TUR") && t.endsWith(" 121"));
  }

  @Test
  void kurdsRallyingAbroadAreACrowdOfTheScene() {
    // "Several hundred Kurds rallied outside the Turkish embassy in Stockholm."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Several/several/JJ hundred/hundred/CD Kurds/Kurd/NNPS/MISC rallied/rally/VBD outside/outside/IN the/the/DT Turkish/Turkish/JJ/MISC "
            + "embassy/embassy/NN in/in/IN Stockholm/Stockholm/NNP/LOCATION ././.",
        "amod(2,1) nummod(3,2) nsubj(4,3) root(0,4) case(8,5) det(8,6) amod(8,7) obl:outside(4,8) case(10,9) nmod:in(8,10) punct(4,11)"))))
        .anyMatch(t -> t.startsWith("SWECVL TUR") && t.endsWith(" 141"));
  }

  @Test
  void aPluralNounTaggedAVerbAfterAnAdjectiveIsTheObject() {
    // "Burkina Faso provided armed escorts to Niger.", with "escorts" tagged a verb.
    assertThat(triples(code(new HandBuiltText().sentence(
        "Burkina/Burkina/NNP/LOCATION Faso/Faso/NNP/LOCATION provided/provide/VBD armed/armed/JJ escorts/escort/VBZ to/to/IN Niger/Niger/NNP/LOCATION ././.",
        "compound(2,1) nsubj(3,2) root(0,3) xcomp(3,4) dep(4,5) case(7,6) obl:to(4,7) punct(3,8)"))))
        .contains("BFA NER 074").noneMatch(t -> t.endsWith(" 062") || t.endsWith(" 150"));
  }

  @Test
  void statesTaggedAVerbAreTheSubjectOfWhatFollows() {
    // "the sanctions that West African states imposed on Niger", with "states" tagged a verb.
    var text = new HandBuiltText().sentence(
        "Togo/Togo/NNP/LOCATION helped/help/VBD Niger/Niger/NNP/LOCATION during/during/IN the/the/DT sanctions/sanction/NNS that/that/WDT "
            + "West/West/NNP/LOCATION African/African/NNP/LOCATION states/state/VBZ imposed/impose/VBN on/on/IN Niger/Niger/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:during(2,6) obj(10,6) ref(6,7) compound(9,8) nsubj(10,9) acl:relcl(6,10) xcomp(10,11) "
            + "case(13,12) obl:on(11,13) punct(2,14)").build(HandCoding.DATE);
    var mended = new dev.annals.coding.repair.StatesReadAsVerb().apply(text.tokens(), text.sentences().get(0).dependencies());
    // Tokens are 0-based: "African" 8, "states" 9, "imposed" 10, "sanctions" 5.
    assertThat(mended).contains(new dev.annals.model.Dependency(10, 9, "nsubj"), new dev.annals.model.Dependency(9, 8, "amod"),
        new dev.annals.model.Dependency(10, 5, "obj"), new dev.annals.model.Dependency(5, 10, "acl:relcl"));
  }

  @Test
  void theSayersActJoinedInsideTheSaidClauseIsTheSayers() {
    // "The minister said that the office had no status and rejected what he called interference."
    var text = new HandBuiltText().sentence(
        "The/the/DT minister/minister/NN said/say/VBD that/that/IN the/the/DT office/office/NN had/have/VBD no/no/DT status/status/NN and/and/CC "
            + "rejected/reject/VBD what/what/WP he/he/PRP called/call/VBD interference/interference/NN ././.",
        "det(2,1) nsubj(3,2) root(0,3) mark(7,4) det(6,5) nsubj(7,6) nsubj(11,6) ccomp(3,7) det(9,8) obj(7,9) cc(11,10) ccomp(3,11) conj:and(7,11) "
            + "obj(14,12) nsubj(14,13) ccomp(11,14) obj(14,15) punct(3,16)").build(HandCoding.DATE);
    var mended = new dev.annals.coding.repair.SayersActJoinedInsideSaidClause().apply(text.tokens(), text.sentences().get(0).dependencies());
    // Tokens are 0-based: "minister" 1, "said" 2, "office" 5, "had" 6, "rejected" 10.
    assertThat(mended).contains(new dev.annals.model.Dependency(2, 10, "conj:and"), new dev.annals.model.Dependency(10, 1, "nsubj"))
        .doesNotContain(new dev.annals.model.Dependency(10, 5, "nsubj"), new dev.annals.model.Dependency(6, 10, "conj:and"));
  }

  @Test
  void aPlaceNamedBeforeABodysWordIsWhereItIsBased() {
    // "Brunei signed a deal with Singapore. Brunei's army welcomed the deal. A Sarawak opposition
    // party criticised the deal.": in a story of Brunei, the party is Malaysia's.
    assertThat(triples(code(new HandBuiltText()
        .sentence("Brunei/Brunei/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN with/with/IN Singapore/Singapore/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:with(2,6) punct(2,7)")
        .sentence("Brunei/Brunei/NNP/LOCATION 's/'s/POS army/army/NN welcomed/welcome/VBD the/the/DT deal/deal/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)")
        .sentence("A/a/DT Sarawak/Sarawak/NNP/LOCATION opposition/opposition/NN party/party/NN criticised/criticise/VBD the/the/DT deal/deal/NN ././.",
            "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)"))))
        .anyMatch(t -> t.startsWith("MYSOPP") && t.endsWith(" 111")).noneMatch(t -> t.startsWith("BRNOPP"));
  }
}
