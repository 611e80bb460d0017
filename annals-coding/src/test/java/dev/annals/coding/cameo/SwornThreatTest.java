package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import dev.annals.model.PloverType;
import org.junit.jupiter.api.Test;

/** Swearing to fight is a threat, not a fight; it stands without a target as the fighting would. */
class SwornThreatTest {
  @Test
  void rebelsWhoHaveSwornToFightThreatenViolenceWithoutATarget() {
    // "Chilean rebels have sworn to fight, Peruvian officials said."
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC rebels/rebel/NNS have/have/VBP sworn/swear/VBN to/to/TO fight/fight/VB ,/,/, Peruvian/Peruvian/JJ/MISC officials/official/NNS said/say/VBD ././.",
        "amod(2,1) nsubj(4,2) aux(4,3) xcomp(4,6) nsubj:xsubj(6,2) mark(6,5) ccomp(10,4) punct(10,7) amod(9,8) nsubj(10,9) root(0,10) punct(10,11)");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("CHLREB");
      assertThat(e.target()).isEmpty();
      assertThat(e.type().code()).isEqualTo("1384");
      assertThat(e.type().plover().map(PloverType::eventType)).contains("THREATEN");
    });
    assertThat(article.events()).noneMatch(e -> e.type().rootCode().equals("19"));
  }

  @Test
  void aThreatVerbStillNeedsWhomItThreatens() {
    // "Chilean rebels will threaten, Peruvian officials said."
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC rebels/rebel/NNS will/will/MD threaten/threaten/VB ,/,/, Peruvian/Peruvian/JJ/MISC officials/official/NNS said/say/VBD ././.",
        "amod(2,1) nsubj(4,2) aux(4,3) ccomp(8,4) punct(8,5) amod(7,6) nsubj(8,7) root(0,8) punct(8,9)");
    assertThat(article.events()).noneMatch(e -> e.type().rootCode().equals("13"));
  }
}
