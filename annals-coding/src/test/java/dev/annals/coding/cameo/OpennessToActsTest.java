package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A side "open to" an act announces its intent (SupportVerbs, NounEventCoder, AnnouncedActs); "the country" in its words is its own state (NounAnaphora). */
class OpennessToActsTest {
  @Test
  void aSideOpenToTalksExpressesItsIntentToMeet() {
    // "Chile said it was open to talks with China."
    var article = code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP was/be/VBD open/open/JJ to/to/IN talks/talk/NNS with/with/IN China/China/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) cop(5,4) ccomp(2,5) case(7,6) obl:to(5,7) case(9,8) nmod:with(7,9) punct(2,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL CHN 036").noneMatch(t -> t.endsWith(" 040"));
  }

  @Test
  void theCountryInAMinistersWordsIsTheMinistersState() {
    // "Chile's foreign minister denied any foreign pressure and said the country remained open to
    // scientific cooperation with China."
    var article = code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN denied/deny/VBD any/any/DT foreign/foreign/JJ pressure/pressure/NN "
            + "and/and/CC said/say/VBD the/the/DT country/country/NN remained/remain/VBD open/open/JJ to/to/IN scientific/scientific/JJ "
            + "cooperation/cooperation/NN with/with/IN China/China/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) nsubj(10,4) root(0,5) det(8,6) amod(8,7) obj(5,8) cc(10,9) conj:and(5,10) det(12,11) "
            + "nsubj(13,12) ccomp(10,13) xcomp(13,14) case(17,15) amod(17,16) obl:to(14,17) case(19,18) nmod:with(17,19) punct(5,20)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL") && t.contains(" CHN 03"));
  }

  @Test
  void aSideThatRemainedWillingToTalkExpressesItsIntentToMeet() {
    // "President Lai Ching-te said Taiwan would not be intimidated but remained willing to talk to
    // Beijing." ("remained" tagged as a passive participle, the infinitive as it is after the repair.)
    var article = code(new HandBuiltText().sentence(
        "President/President/NNP Lai/Lai/NNP/PERSON Ching/Ching/NNP/PERSON -/-/HYPH/PERSON te/te/NNP/PERSON said/say/VBD Taiwan/Taiwan/NNP/LOCATION "
            + "would/would/MD not/not/RB be/be/VB intimidated/intimidate/VBN but/but/CC remained/remain/VBN willing/willing/JJ to/to/TO talk/talk/VB "
            + "to/to/IN Beijing/Beijing/NNP/LOCATION ././.",
        "compound(5,1) compound(5,2) compound(5,3) punct(5,4) nsubj(6,5) root(0,6) nsubj:pass(11,7) nsubj:pass(13,7) aux(11,8) advmod(11,9) "
            + "aux:pass(11,10) ccomp(6,11) cc(13,12) ccomp(6,13) conj:but(11,13) xcomp(13,14) mark(16,15) xcomp(14,16) case(18,17) obl:to(16,18) punct(6,19)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("TWN") && t.endsWith(" 036"));
  }
}
