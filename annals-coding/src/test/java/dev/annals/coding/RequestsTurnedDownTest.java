package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Requests that name no one, made of the side that turned them down. */
class RequestsTurnedDownTest {
  // "Kenya has turned down a Ugandan request to extend a fishing permit, Kenya's fisheries ministry said on Monday."
  private static final String TURNED_DOWN = "Kenya/Kenya/NNP/LOCATION has/have/VBZ turned/turn/VBN down/down/RP a/a/DT Ugandan/Ugandan/JJ request/request/NN to/to/TO "
      + "extend/extend/VB a/a/DT fishing/fishing/NN permit/permit/NN ,/,/, Kenya/Kenya/NNP/LOCATION 's/'s/POS fisheries/fishery/NNS "
      + "ministry/ministry/NN said/say/VBD on/on/IN Monday/Monday/NNP ././.";
  private static final String TURNED_DOWN_EDGES = "root(0,3) nsubj(3,1) aux(3,2) compound:prt(3,4) obj(3,7) xcomp(3,9) dep(3,18) punct(3,21) det(7,5) amod(7,6) nsubj:xsubj(9,7) "
      + "mark(9,8) obj(9,12) det(12,10) compound(12,11) punct(12,13) appos(12,17) nmod:poss(17,14) compound(17,16) case(14,15) "
      + "obl:on(18,20) case(20,19)";

  @Test
  void aRequestNamingNoOneIsMadeOfTheSideThatTurnedItDown() {
    // "Kenya has turned down a Ugandan request to extend a fishing permit … Uganda's fisheries agency had asked for the extension in March": asked of Kenya.
    var article = code(new HandBuiltText().sentence(TURNED_DOWN, TURNED_DOWN_EDGES).sentence(
        "Uganda/Uganda/NNP/LOCATION 's/'s/POS fisheries/fishery/NNS agency/agency/NN had/have/VBD asked/ask/VBN for/for/IN the/the/DT "
            + "extension/extension/NN in/in/IN March/March/NNP ././.",
        "root(0,6) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(6,4) aux(6,5) obl:for(6,9) obl:in(6,11) punct(6,12) case(9,7) det(9,8) "
            + "case(11,10)"), LocalDate.of(2026, 4, 14));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("UGAGOV KEN\\w* 02\\d*"));
  }

  @Test
  void anAppealThatNamesWhomItAsksKeepsItsOwnAddressee() {
    // "Kenya has turned down a Ugandan request … Uganda's fisheries minister called on the other member states to find a solution": made of the other states, whom it names though as no actor, not of Kenya.
    var article = code(new HandBuiltText().sentence(TURNED_DOWN, TURNED_DOWN_EDGES).sentence(
        "Uganda/Uganda/NNP/LOCATION 's/'s/POS fisheries/fishery/NNS minister/minister/NN called/call/VBN on/on/IN the/the/DT other/other/JJ "
            + "member/member/NN states/state/NNS to/to/TO find/find/VB a/a/DT solution/solution/NN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) advcl:to(5,12) punct(5,15) mark(12,6) nsubj(12,10) mark(12,11) "
            + "obj(12,14) det(10,7) amod(10,8) compound(10,9) det(14,13)"), LocalDate.of(2026, 4, 14));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.matches("UGAGOV KEN\\w* \\d+"));
  }
}
