package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A boat seized, escorted away and released, and the quarrel it starts: the escort is part of the
 * seizure (EscortsOfTheSeized), "the trawler" is the one seized (NounAnaphora), and "ready to talk"
 * is an offer to the side that protested (AntecedentTargets).
 */
class SeizedBoatsTest {
  private static List<String> story() {
    return code(new HandBuiltText()
        .sentence("A/a/DT Chilean/Chilean/JJ/MISC patrol/patrol/NN vessel/vessel/NN detained/detain/VBD a/a/DT Peruvian/Peruvian/JJ/MISC trawler/trawler/NN "
                + "and/and/CC escorted/escort/VBD it/it/PRP to/to/IN Arica/Arica/NNP/LOCATION ././.",
            "det(4,1) amod(4,2) compound(4,3) nsubj(5,4) nsubj(10,4) root(0,5) det(8,6) amod(8,7) obj(5,8) cc(10,9) conj:and(5,10) obj(10,11) "
                + "case(13,12) obl:to(10,13) punct(5,14)")
        .sentence("Peru/Peru/NNP/LOCATION summoned/summon/VBD Chile/Chile/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")
        .sentence("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP was/be/VBD ready/ready/JJ to/to/TO talk/talk/VB ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) cop(5,4) ccomp(2,5) mark(7,6) xcomp(5,7) punct(2,8)")
        .sentence("Chilean/Chilean/JJ/MISC authorities/authority/NNS released/release/VBD the/the/DT trawler/trawler/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")).events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void escortingTheDetainedBoatIsNoCooperation() {
    assertThat(story()).anyMatch(t -> t.matches("CHL[A-Z]* PER[A-Z]* 173")).noneMatch(t -> t.endsWith(" 062"));
  }

  @Test
  void theTrawlerReleasedIsTheOneDetained() {
    assertThat(story()).anyMatch(t -> t.matches("CHL[A-Z]* PER[A-Z]* 084.?"));
  }

  @Test
  void readyToTalkIsAnOfferToTheSideThatProtested() {
    assertThat(story()).anyMatch(t -> t.matches("CHL[A-Z]* PER[A-Z]* 036"));
  }

  @Test
  void regretThatNamesNoOneIsForWhomOnesOwnSideLastDidADeedTo() {
    // "Chilean soldiers shot dead a Peruvian guard during a clash with smugglers. Chile expressed regret."
    var events = code(new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC soldiers/soldier/NNS shot/shoot/VBD dead/dead/JJ a/a/DT Peruvian/Peruvian/JJ/MISC border/border/NN guard/guard/NN "
                + "during/during/IN a/a/DT clash/clash/NN with/with/IN smugglers/smuggler/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) xcomp(3,4) det(8,5) amod(8,6) compound(8,7) obj(4,8) case(11,9) det(11,10) obl:during(3,11) case(13,12) "
                + "nmod:with(11,13) punct(3,14)")
        .sentence("Chile/Chile/NNP/LOCATION expressed/express/VBD regret/regret/NN ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(events).anyMatch(t -> t.matches("CHLMIL PER[A-Z]* 19.*")).anyMatch(t -> t.matches("CHL[A-Z]* PER[A-Z]* 055"));
  }
}
