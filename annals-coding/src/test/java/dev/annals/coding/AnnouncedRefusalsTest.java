package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side that says it will not yield refuses to, there and then (asserted), aimed at whoever last
 * pressed it when it names no one; a yield that simply did not happen is no refusal.
 */
class AnnouncedRefusalsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 4, 10);

  private static List<String> triples(HandBuiltText text) {
    return HandCoding.triples(HandCoding.code(text, DATE));
  }

  private static final String PRESSED = "Russia/Russia/NNP/LOCATION accused/accuse/VBD Azerbaijan/Azerbaijan/NNP/LOCATION of/of/IN "
      + "spying/spy/VBG ././.";
  private static final String PRESSED_PARSE = "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) punct(2,6)";

  @Test
  void aYieldSaidNotToComeIsARefusalOfWhoeverPressedTheSide() {
    List<String> coded = triples(new HandBuiltText()
        .sentence(PRESSED, PRESSED_PARSE)
        .sentence("Azerbaijan/Azerbaijan/NNP/LOCATION said/say/VBD Baku/Baku/NNP/LOCATION would/would/MD not/not/RB bow/bow/VB to/to/IN "
            + "pressure/pressure/NN ././.",
            "nsubj(2,1) root(0,2) nsubj(6,3) aux(6,4) advmod(6,5) ccomp(2,6) case(8,7) obl:to(6,8) punct(2,9)"));
    assertThat(coded).anyMatch(t -> t.matches("AZE\\w* RUS\\w* 12\\d*")).noneMatch(t -> t.matches("AZE\\w* RUS\\w* 08\\d*"));
  }

  @Test
  void aReleaseSaidNotToComeIsARefusalToRelease() {
    List<String> coded = triples(new HandBuiltText()
        .sentence(PRESSED, PRESSED_PARSE)
        .sentence("Azerbaijan/Azerbaijan/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD not/not/RB free/free/VB the/the/DT "
            + "journalists/journalist/NNS ././.",
            "nsubj(2,1) root(0,2) nsubj(6,3) aux(6,4) advmod(6,5) ccomp(2,6) det(8,7) obj(6,8) punct(2,9)"));
    // The refusal is aimed as the release would have been: at the side of those held.
    assertThat(coded).anyMatch(t -> t.matches("AZE\\w* AZE\\w+ 1243"));
  }

  @Test
  void aYieldThatDidNotHappenIsNoRefusal() {
    List<String> coded = triples(new HandBuiltText()
        .sentence(PRESSED, PRESSED_PARSE)
        .sentence("Azerbaijan/Azerbaijan/NNP/LOCATION did/do/VBD not/not/RB bow/bow/VB to/to/IN pressure/pressure/NN ././.",
            "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) case(6,5) obl:to(4,6) punct(4,7)"));
    assertThat(coded).noneMatch(t -> t.matches("AZE\\w* \\S+ 12\\d*"));
  }

  @Test
  void aRefusalOnAConditionTheOtherSideMayMeetIsAThreat() {
    // "Qatar said it would stop buying Italian wheat if Italy fined Doha."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Qatar/Qatar/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD stop/stop/VB buying/buy/VBG Italian/Italian/JJ/MISC wheat/wheat/NN "
            + "if/if/IN Italy/Italy/NNP/LOCATION fined/fine/VBD Doha/Doha/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) dep(5,6) amod(8,7) obj(6,8) mark(11,9) nsubj(11,10) advcl:if(6,11) obj(11,12) punct(2,13)"));
    assertThat(coded).anyMatch(t -> t.matches("QAT\\w* ITA\\w* 13\\d*"));
    // "Syria said it would not accept refugees if war started.": a circumstance, no threat.
    List<String> circumstance = triples(new HandBuiltText()
        .sentence("Syria/Syria/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD not/not/RB accept/accept/VB Iraqi/Iraqi/JJ/MISC refugees/refugee/NNS "
            + "if/if/IN war/war/NN started/start/VBD ././.",
            "nsubj(2,1) root(0,2) nsubj(6,3) aux(6,4) advmod(6,5) ccomp(2,6) amod(8,7) obj(6,8) mark(11,9) nsubj(11,10) advcl:if(6,11) punct(2,12)"));
    assertThat(circumstance).noneMatch(t -> t.matches("SYR\\w* \\S+ 13\\d*"));
  }

  @Test
  void anActStoppedDoesNotHappenAndNotStoppingItGoesOn() {
    // "Russia will stop buying Ukrainian grain." / "India will not stop buying Russian oil."
    // The purchase stopped is no purchase; trade a side stops is a cut in relations (16,
    // StoppedCooperation), not negated trade.
    var stopped = HandCoding.code(new HandBuiltText()
        .sentence("Russia/Russia/NNP/LOCATION will/will/MD stop/stop/VB buying/buy/VBG Ukrainian/Ukrainian/JJ/MISC grain/grain/NN ././.",
            "nsubj(3,1) aux(3,2) root(0,3) dep(3,4) amod(6,5) obj(4,6) punct(3,7)"), DATE);
    assertThat(stopped.events()).isNotEmpty().allMatch(e -> e.negated() || e.type().code().equals("16"))
        .noneMatch(e -> e.type().rootCode().equals("06") && !e.negated());
    var goesOn = HandCoding.code(new HandBuiltText()
        .sentence("India/India/NNP/LOCATION will/will/MD not/not/RB stop/stop/VB buying/buy/VBG Russian/Russian/JJ/MISC oil/oil/NN ././.",
            "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) dep(4,5) amod(7,6) obj(5,7) punct(4,8)"), DATE);
    assertThat(goesOn.events()).isNotEmpty().noneMatch(e -> e.negated());
  }

  @Test
  void aStatesRefusalNamingNoOneIsAimedAtTheStateThatLastAskedItSomething() {
    // "Washington urged Uganda on Saturday to take more deportees. Uganda's foreign minister said
    // Kampala would refuse to take criminals."
    String asked = "Washington/Washington/NNP/LOCATION urged/urge/VBD Uganda/Uganda/NNP/LOCATION on/on/IN Saturday/Saturday/NNP "
        + "to/to/TO take/take/VB more/more/JJR deportees/deportee/NNS ././.";
    String thanked = "Washington/Washington/NNP/LOCATION thanked/thank/VBD Uganda/Uganda/NNP/LOCATION on/on/IN Saturday/Saturday/NNP ././.";
    String refusal = "Uganda/Uganda/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN said/say/VBD "
        + "Kampala/Kampala/NNP/LOCATION would/would/MD refuse/refuse/VB to/to/TO take/take/VB criminals/criminal/NNS ././.";
    String refusalEdges = "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) ccomp(5,8) punct(5,12) nsubj(8,6) aux(8,7) xcomp(8,10) "
        + "nsubj:xsubj(10,6) mark(10,9) obj(10,11)";
    assertThat(triples(new HandBuiltText()
        .sentence(asked, "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,5) xcomp(2,7) punct(2,10) nsubj:xsubj(7,3) mark(7,6) obj(7,9) case(5,4) amod(9,8)")
        .sentence(refusal, refusalEdges)))
        .contains("UGAGOV USAGOV 120");
    // Thanks ask nothing: a refusal after them answers no one.
    assertThat(triples(new HandBuiltText()
        .sentence(thanked, "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,5) punct(2,6) case(5,4)")
        .sentence(refusal, refusalEdges)))
        .noneMatch(t -> t.startsWith("UGAGOV USAGOV 12"));
  }
}
