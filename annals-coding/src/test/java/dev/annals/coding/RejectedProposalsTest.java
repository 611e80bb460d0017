package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "rejected the proposal", "rejected the idea": aimed at who put it, coded as rejecting what it asked for. */
class RejectedProposalsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 2, 12);
  private static List<String> triples(HandBuiltText text) {
    return HandCoding.triples(HandCoding.code(text, DATE));
  }

  private static final String REJECTED = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)";

  @Test
  void aMeetingProposedAndRejectedIsAProposalToMeetRejected() {
    List<String> coded = triples(new HandBuiltText()
        .sentence("Brazil/Brazil/NNP/LOCATION proposed/propose/VBD a/a/DT meeting/meeting/NN with/with/IN Ecuador/Ecuador/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(2,7)")
        .sentence("Ecuador/Ecuador/NNP/LOCATION rejected/reject/VBD the/the/DT proposal/proposal/NN ././.", REJECTED));
    assertThat(coded).contains("ECU BRA 125");
  }

  @Test
  void anIdeaPutToNoOneIsRejectedAsItsProposersIdea() {
    List<String> coded = triples(new HandBuiltText()
        .sentence("Uzbekistan/Uzbekistan/NNP/LOCATION proposed/propose/VBD a/a/DT joint/joint/JJ commission/commission/NN ././.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Afghanistan/Afghanistan/NNP/LOCATION rejected/reject/VBD the/the/DT idea/idea/NN ././.", REJECTED));
    assertThat(coded).anyMatch(t -> t.matches("AFG UZB 12\\d*"));
  }

  @Test
  void aThirdSideBackingARequestBacksWhoMadeIt() {
    // "Peru asked Chile to reopen talks. Bolivia backed the request."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION asked/ask/VBD Chile/Chile/NNP/LOCATION to/to/TO reopen/reopen/VB talks/talk/NNS ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) nsubj:xsubj(5,3) obj(5,6) punct(2,7)")
        .sentence("Bolivia/Bolivia/NNP/LOCATION backed/back/VBD the/the/DT request/request/NN ././.", REJECTED));
    assertThat(coded).anyMatch(t -> t.startsWith("BOL PER 05")).noneMatch(t -> t.startsWith("BOL CHL"));
  }

  @Test
  void aPactRejectedIsAimedAtThePartnerItWasWith() {
    List<String> coded = triples(new HandBuiltText().sentence(
        "Vanuatu/Vanuatu/NNP/LOCATION rejected/reject/VBD a/a/DT revised/revise/VBN version/version/NN of/of/IN the/the/DT pact/pact/NN with/with/IN "
            + "Australia/Australia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) case(8,6) det(8,7) nmod:of(5,8) case(10,9) nmod:with(8,10) punct(2,11)"));
    assertThat(coded).contains("VUT AUS 127");
  }

  @Test
  void aRequestNamedByItsOwnerIsAnEventPutToWhoeverAnswersIt() {
    List<String> coded = triples(new HandBuiltText().sentence(
        "Iran/Iran/NNP/LOCATION rejected/reject/VBD Iraq/Iraq/NNP/LOCATION 's/'s/POS request/request/NN for/for/IN talks/talk/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) nmod:for(5,7) punct(2,8)"));
    assertThat(coded).contains("IRQ IRN 026", "IRN IRQ 125");
  }

  @Test
  void anOfferNamedAgainByItsOwnerIsNotASecondOffer() {
    List<String> coded = triples(new HandBuiltText()
        .sentence("Brazil/Brazil/NNP/LOCATION offered/offer/VBD on/on/IN Monday/Monday/NNP to/to/TO mediate/mediate/VB between/between/IN "
                + "Peru/Peru/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(6,5) xcomp(2,6) case(8,7) obl:between(6,8) cc(10,9) conj:and(8,10) obl:between(6,10) punct(2,11)")
        .sentence("Chile/Chile/NNP/LOCATION rejected/reject/VBD Brazil/Brazil/NNP/LOCATION 's/'s/POS offer/offer/NN on/on/IN Wednesday/Wednesday/NNP ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) obl:on(2,7) punct(2,8)"));
    assertThat(coded).anyMatch(t -> t.startsWith("CHL BRA 12")).noneMatch(t -> t.matches("BRA CHL 03[0-8]"));
  }

  @Test
  void aRequestAnsweredByNoKnownSideIsNoEventOfItsOwn() {
    // "Prime Minister Erbakan accepted Iraq's request for talks." (Erbakan, of no country yet)
    List<String> coded = triples(new HandBuiltText().sentence(
        "Prime/prime/NNP Minister/minister/NNP Erbakan/Erbakan/NNP/PERSON accepted/accept/VBD Iraq/Iraq/NNP/LOCATION 's/'s/POS request/request/NN "
            + "for/for/IN talks/talk/NNS ././.",
        "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) case(9,8) nmod:for(7,9) punct(4,10)"));
    assertThat(coded).noneMatch(t -> t.endsWith(" 026"));
  }

  @Test
  void anOfferAcceptedInARelativeClauseWithNoPronounIsAimedAtWhoeverMadeIt() {
    // "Indonesia proposed a joint commission, an offer Australia accepted."
    List<String> coded = triples(new HandBuiltText().sentence(
        "Indonesia/Indonesia/NNP/LOCATION proposed/propose/VBD a/a/DT joint/joint/JJ commission/commission/NN ,/,/, an/a/DT offer/offer/NN "
            + "Australia/Australia/NNP/LOCATION accepted/accept/VBD ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(5,6) det(8,7) appos(5,8) nsubj(10,9) acl(8,10) punct(2,11)"));
    assertThat(coded).anyMatch(t -> t.startsWith("AUS IDN 0"));
  }

  @Test
  void agreeingToNothingNamedAgreesToWhatWasAskedOfOne() {
    // "Mozambique asked Rwanda to keep its troops. Rwanda agreed."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Mozambique/Mozambique/NNP/LOCATION asked/ask/VBD Rwanda/Rwanda/NNP/LOCATION to/to/TO keep/keep/VB its/its/PRP$ troops/troop/NNS ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) nmod:poss(7,6) obj(5,7) punct(2,8)")
        .sentence("Rwanda/Rwanda/NNP/LOCATION agreed/agree/VBD ././.", "nsubj(2,1) root(0,2) punct(2,3)"));
    assertThat(coded).anyMatch(t -> t.startsWith("RWA MOZ 0"));
  }
}
