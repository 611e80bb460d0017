package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An invitation whose verb the parser joined to the subject, an extradition a court approves or a government refuses, and a courtesy call. */
class InvitationsAndExtraditionsTest {
  @Test
  void anInvitationAfterACallIsTheCallersThoughTheParserHungItOnTheSubject() {
    // "On Friday Chile's president telephoned Peru's prime minister and invited the Peruvian leader
    // to visit Santiago.", as the parser may read it: the day in "Chile", the verb on "president".
    List<String> coded = triples(code(new HandBuiltText().sentence("On/on/IN Friday/Friday/NNP Chile/Chile/NNP/LOCATION 's/'s/POS "
            + "president/president/NN telephoned/telephone/VBD Peru/Peru/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN "
            + "and/and/CC invited/invite/VBD the/the/DT Peruvian/Peruvian/JJ leader/leader/NN to/to/TO visit/visit/VB "
            + "Santiago/Santiago/NNP/LOCATION ././.",
        "case(5,1) compound(3,2) nmod:poss(5,3) case(3,4) nsubj(6,5) root(0,6) nmod:poss(10,7) case(7,8) amod(10,9) obj(6,10) "
            + "cc(12,11) conj:and(5,12) det(15,13) amod(15,14) obj(12,15) nsubj:xsubj(17,15) mark(17,16) xcomp(12,17) obj(17,18) punct(6,19)")));
    assertThat(coded).contains("CHLGOV PERGOV 041").anyMatch(t -> t.matches("CHLGOV PERGOV 03\\d*"));
  }

  @Test
  void anExtraditionACourtApprovesIsJudicialCooperationNotPraise() {
    // "A court in Lyon on Tuesday approved the extradition to Peru of a suspected gang leader."
    List<String> coded = triples(code(new HandBuiltText().sentence(
        "A/a/DT court/court/NN in/in/IN Lyon/Lyon/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP approved/approve/VBD "
            + "the/the/DT extradition/extradition/NN to/to/IN Peru/Peru/NNP/LOCATION of/of/IN a/a/DT suspected/suspect/VBN "
            + "gang/gang/NN leader/leader/NN ././.",
        "root(0,7) det(2,1) nmod:in(2,4) nmod:on(2,6) nsubj(7,2) obj(7,9) punct(7,17) case(4,3) case(6,5) det(9,8) "
            + "nmod:to(9,11) nmod:of(9,16) case(11,10) case(16,12) det(16,13) amod(16,14) compound(16,15)")));
    assertThat(coded).contains("FRAJUD PER 063").noneMatch(t -> t.endsWith(" 051"));
  }

  @Test
  void aCourtesyCallIsAVisitPaidNoAppeal() {
    // "Japan's foreign minister arrived in Hanoi on Monday for talks with Vietnam's prime minister.
    // He was to meet with the mayor of Hue for a courtesy call before flying home."
    List<String> coded = triples(code(new HandBuiltText()
        .sentence("Japan/Japan/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN arrived/arrive/VBD in/in/IN "
            + "Hanoi/Hanoi/NNP/LOCATION on/on/IN Monday/Monday/NNP for/for/IN talks/talk/NNS with/with/IN "
            + "Vietnam/Vietnam/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:in(5,7) obl:on(5,9) obl:for(5,11) punct(5,17) "
            + "case(7,6) case(9,8) case(11,10) nmod:with(11,16) case(16,12) nmod:poss(16,13) amod(16,15) case(13,14)")
        .sentence("He/he/PRP was/be/VBD to/to/TO meet/meet/VB with/with/IN the/the/DT mayor/mayor/NN of/of/IN Hue/Hue/NNP "
            + "for/for/IN a/a/DT courtesy/courtesy/NN call/call/NN before/before/IN flying/fly/VBG home/home/NN ././.",
            "root(0,4) nsubj(4,1) cop(4,2) mark(4,3) obl:with(4,7) obl:for(4,13) punct(4,17) case(7,5) det(7,6) "
            + "nmod:of(7,9) case(9,8) case(13,10) det(13,11) compound(13,12) nmod:before(13,16) case(16,14) amod(16,15)")));
    assertThat(coded).contains("JPNGOV VNMGOV 042").noneMatch(t -> t.matches(".* 02\\d*"));
  }

  @Test
  void anExtraditionRefusedIsAimedAtTheStateThatWantsThePeopleNotAtThem() {
    // "Finland's justice ministry refused to extradite two Kurdish activists wanted by Turkey."
    assertThat(triples(code(new HandBuiltText().sentence("Finland/Finland/NNP/LOCATION 's/'s/POS justice/justice/NN ministry/ministry/NN "
            + "refused/refuse/VBD to/to/TO extradite/extradite/VB two/two/CD Kurdish/Kurdish/JJ activists/activist/NNS wanted/want/VBN "
            + "by/by/IN Turkey/Turkey/NNP/LOCATION ././.",
        "root(0,5) nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) xcomp(5,7) nsubj:xsubj(7,4) mark(7,6) obj(7,10) nummod(10,8) "
            + "amod(10,9) acl(10,11) obl:agent(11,13) case(13,12) punct(5,14)"))))
        .anyMatch(t -> t.matches("FINGOV TUR(GOV)? 12\\d*"))
        .noneMatch(t -> t.matches("FINGOV \\S*CVL 12\\d*"));
  }
}
