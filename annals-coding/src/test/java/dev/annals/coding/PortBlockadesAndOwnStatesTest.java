package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A port blocked to stop a side's ship, and what a country's people and lawmakers put to their own state. */
class PortBlockadesAndOwnStatesTest {
  @Test
  void aCountrysPeopleAppealingToItAppealToItsGovernment() {
    // "A group of Hiroshima survivors welcomed the proposal but urged Japan to sign the treaty."
    var article = code(new HandBuiltText().sentence(
        "A/a/DT group/group/NN of/of/IN Hiroshima/Hiroshima/NNP/LOCATION survivors/survivor/NNS welcomed/welcome/VBD the/the/DT "
            + "proposal/proposal/NN but/but/CC urged/urge/VBD Japan/Japan/NNP/LOCATION to/to/TO sign/sign/VB the/the/DT treaty/treaty/NN ././.",
        "root(0,6) det(2,1) nmod:of(2,4) compound(5,2) case(4,3) nsubj(6,5) obj(6,8) conj:but(6,10) punct(6,16) nsubj(10,5) cc(10,9) "
            + "obj(10,11) xcomp(10,13) det(8,7) nsubj:xsubj(13,11) mark(13,12) obj(13,15) det(15,14)"), LocalDate.of(2026, 4, 29));
    assertThat(article.events()).extracting(e -> triple(e)).contains("JPNCVL JPNGOV 020").noneMatch(t -> t.startsWith("JPNCVL JPN "));
  }

  @Test
  void aPortBlockedToStopASidesShipIsAProtestAgainstThatSideAndNoBlockadeBesides() {
    // "Several hundred pro-Palestinian protesters blocked the port of Rhodes on Wednesday to stop an
    // Israeli cruise ship from docking, Greek police said. Israel's foreign ministry summoned
    // Greece's ambassador on Thursday. On Friday, the Greek prime minister telephoned Israel's prime
    // minister and promised that Israeli ships would be able to dock at Greek ports. Left-wing Greek
    // lawmakers criticised the call, accusing the government of siding with Israel."
    var article = code(new HandBuiltText().sentence(
        "Several/several/JJ hundred/hundred/CD pro-Palestinian/pro-palestinian/JJ protesters/protester/NNS blocked/block/VBD the/the/DT "
            + "port/port/NN of/of/IN Rhodes/Rhodes/NNP/LOCATION on/on/IN Wednesday/Wednesday/NNP to/to/TO stop/stop/VB an/a/DT Israeli/Israeli/JJ "
            + "cruise/cruise/NN ship/ship/NN from/from/IN docking/docking/NN ,/,/, Greek/Greek/JJ police/police/NNS said/say/VBD ././.",
        "root(0,23) advmod(2,1) nummod(4,2) amod(4,3) nsubj(5,4) obj(5,7) advcl:to(5,13) ccomp(23,5) punct(23,20) nsubj(23,22) punct(23,24) "
            + "det(7,6) nmod:of(7,9) case(9,8) mark(13,10) nsubj(13,11) mark(13,12) obj(13,17) obl:from(13,19) det(17,14) amod(17,15) "
            + "compound(17,16) case(19,18) amod(22,21)").sentence(
        "Israel/Israel/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN summoned/summon/VBD Greece/Greece/NNP/LOCATION "
            + "'s/'s/POS ambassador/ambassador/NN on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:on(5,10) punct(5,11) nmod:poss(8,6) case(6,7) case(10,9)").sentence(
        "On/on/IN Friday/Friday/NNP ,/,/, the/the/DT Greek/Greek/JJ prime/prime/JJ minister/minister/NN telephoned/telephone/VBD "
            + "Israel/Israel/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN and/and/CC promised/promise/VBD that/that/IN "
            + "Israeli/Israeli/JJ ships/ship/NNS would/would/MD be/be/VB able/able/JJ to/to/TO dock/dock/VB at/at/IN Greek/Greek/NNP "
            + "ports/port/NNS ././.",
        "root(0,8) case(2,1) obl:on(8,2) punct(8,3) nsubj(8,7) obj(8,12) conj:and(8,14) punct(8,26) det(7,4) amod(7,5) amod(7,6) "
            + "nsubj(14,7) cc(14,13) ccomp(14,20) nmod:poss(12,9) amod(12,11) case(9,10) mark(20,15) nsubj(20,17) aux(20,18) cop(20,19) "
            + "xcomp(20,22) amod(17,16) nsubj:xsubj(22,17) mark(22,21) obl:at(22,25) case(25,23) compound(25,24)").sentence(
        "Left/leave/VBN -/-/HYPH wing/wing/NN Greek/Greek/JJ lawmakers/lawmaker/NNS criticised/criticise/VBD the/the/DT call/call/NN ,/,/, "
            + "accusing/accuse/VBG the/the/DT government/government/NN of/of/IN siding/side/VBG with/with/IN Israel/Israel/NNP/LOCATION ././.",
        "root(0,6) dep(3,1) punct(3,2) amod(5,3) amod(5,4) nsubj(6,5) obj(6,8) punct(6,9) dep(6,10) punct(6,17) det(8,7) obj(10,12) "
            + "obl:of(10,14) det(12,11) case(14,13) nmod:with(14,16) case(16,15)"), LocalDate.of(2026, 7, 20));
    assertThat(article.events()).extracting(e -> triple(e)).contains("GRCCVL ISR 1442", "GRCLEG GRCGOV 112")
        .noneMatch(t -> t.endsWith(" 191") || t.equals("GRCLEG ISRGOV 112"));
  }
}
