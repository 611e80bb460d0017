package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What one tried to do is dated in the past (ClauseMood); intelligence shared is no intelligence service (PhraseResolver), nor aimed at whom it is about (VerbTargets). */
class TriedActsAndSharedIntelligenceTest {
  @Test
  void aMarchActivistsTriedToHoldOnThursdayWasLastThursday() {
    // "Kenyan activists tried to march to the port on Thursday." (told on Wednesday 10 May 2023)
    var article = code(new HandBuiltText().sentence(
        "Kenyan/Kenyan/JJ activists/activist/NNS tried/try/VBD to/to/TO march/march/VB to/to/IN the/the/DT port/port/NN on/on/IN Thursday/Thursday/NNP ././.",
        "amod(2,1) nsubj(3,2) nsubj:xsubj(5,2) root(0,3) mark(5,4) xcomp(3,5) case(8,6) det(8,7) obl:to(5,8) case(10,9) obl:on(5,10) punct(3,11)"));
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("14")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-04"));
  }

  @Test
  void intelligenceTwoSidesAgreeToShareIsNoIntelligenceService() {
    // "Iraq and Syria agreed to reopen the Rabia border crossing to trade next month and to share intelligence on smuggling gangs, Iraq's foreign ministry said."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Iraq/Iraq/NNP/LOCATION and/and/CC Syria/Syria/NNP/LOCATION agreed/agree/VBD to/to/TO reopen/reopen/VB the/the/DT Rabia/Rabia/NNP border/border/NN "
            + "crossing/crossing/NN to/to/TO trade/trade/VB next/next/JJ month/month/NN and/and/CC to/to/TO share/share/VB intelligence/intelligence/NN on/on/IN "
            + "smuggling/smuggling/NN gangs/gang/NNS ,/,/, Iraq/Iraq/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD ././.",
        "nsubj(4,1) nsubj:xsubj(6,1) cc(3,2) conj:and(1,3) nsubj(4,3) nsubj:xsubj(6,3) ccomp(27,4) mark(6,5) xcomp(4,6) det(10,7) compound(10,8) "
            + "compound(10,9) nsubj:xsubj(12,10) nsubj:xsubj(17,10) obj(6,10) mark(12,11) xcomp(6,12) amod(14,13) obl:tmod(12,14) cc(17,15) mark(17,16) "
            + "conj:and(12,17) xcomp(6,17) obj(17,18) case(21,19) compound(21,20) nmod:on(18,21) punct(21,22) nmod:poss(26,23) case(23,24) amod(26,25) "
            + "appos(21,26) root(0,27) punct(27,28)")))).noneMatch(t -> t.contains("SPY"));
  }

  @Test
  void intelligenceOfferedOnPeopleIsOfferedToWhomTheOffererAddressesNotToThePeople() {
    // "El Salvador praised Costa Rica and offered to share intelligence on gang members."
    assertThat(triples(code(new HandBuiltText().sentence(
        "El/El/NNP/LOCATION Salvador/Salvador/NNP/LOCATION praised/praise/VBD Costa/Costa/NNP/LOCATION Rica/Rica/NNP/LOCATION and/and/CC offered/offer/VBD "
            + "to/to/TO share/share/VB intelligence/intelligence/NN on/on/IN gang/gang/NN members/member/NNS ././.",
        "compound(2,1) nsubj(3,2) nsubj(7,2) root(0,3) compound(5,4) obj(3,5) cc(7,6) conj:and(3,7) mark(9,8) xcomp(7,9) obj(9,10) case(13,11) "
            + "compound(13,12) nmod:on(10,13) punct(3,14)")))).noneMatch(t -> t.matches("SLV\\S* \\S*CRM 03\\d*"));
  }
}
