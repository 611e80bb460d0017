package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.AnnotatedText;
import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import dev.annals.model.EventMention;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract every coding stage keeps, after Lucene's BaseTokenStreamTestCase: empty input,
 * odd Unicode, offsets inside the text and in order, the same output on a second run, and random
 * parses (with the seed printed) that never make it throw.
 */
class ArticleCoderContractTest {
  private static final LocalDate DATE = LocalDate.of(2021, 6, 15);
  private static final String[] WORDS = {
    "Russia/Russia/NNP/LOCATION", "China/China/NNP/LOCATION", "NATO/NATO/NNP/ORGANIZATION", "he/he/PRP", "they/they/PRP",
    "condemned/condemn/VBD", "met/meet/VBD", "talks/talk/NNS", "with/with/IN", "sanctions/sanction/NNS", "on/on/IN",
    "the/the/DT", "two/two/CD", "countries/country/NNS", "said/say/VBD", "not/not/RB", "Friday/Friday/NNP/DATE",
    "President/president/NNP", "Ana/Ana/NNP/PERSON", "Silva/Silva/NNP/PERSON", "in/in/IN", "Paris/Paris/NNP/LOCATION",
    "“/“/``", "”/”/''", "ünïcödé/ünïcödé/NN", "🙂/🙂/SYM", "its/its/PRP$", "People/person/NNS", "'s/'s/POS", "Republic/Republic/NNP"
  };
  private static final String[] RELATIONS = {
    "nsubj", "obj", "obl:with", "obl:on", "obl:in", "nmod:poss", "nmod:on", "compound", "amod", "det", "nummod",
    "conj:and", "xcomp", "advcl", "ccomp", "acl", "acl:relcl", "advmod", "case", "appos", "nsubj:pass", "obl:agent", "mark", "aux"
  };

  private static ArticleCoder coder;

  @BeforeAll
  static void load() {
    coder = ArticleCoder.loadDefault();
  }

  @Test
  void emptyInputGivesNothing() {
    AnnotatedText empty = new HandBuiltText().build(DATE);
    CodedArticle coded = coder.code(empty, DATE, "given");
    assertThat(coded.events()).isEmpty();
    assertThat(coded.quotes()).isEmpty();
  }

  @Test
  void twoClausesJoinedToEachOtherAreStillDated() {
    // "Chile attacked Peru and bombed Bolivia", each verb read as the other's conjunct (seed
    // 64888013828848 found such a graph): dating one by the other must end.
    AnnotatedText joined = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION attacked/attack/VBD Peru/Peru/NNP/LOCATION and/and/CC bombed/bomb/VBD Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(2,5) conj:and(5,2) nsubj(5,1) obj(5,6) punct(2,7)").build(DATE);
    assertThat(coder.code(joined, DATE, "given").events()).isNotEmpty();
  }

  @Test
  void randomParsesNeverBreakTheCoder() {
    // A fixed seed on CI so that a landing never depends on luck; a new one on every developer
    // run, printed, so that failures are found and can be replayed with -Dannals.seed=N.
    long seed = Long.getLong("annals.seed", System.getenv("CI") != null ? 20221229L : System.nanoTime());
    System.out.println("ArticleCoderContractTest seed: " + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      HandBuiltText text = new HandBuiltText();
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        int length = 1 + random.nextInt(12);
        StringBuilder tokens = new StringBuilder();
        StringBuilder edges = new StringBuilder("root(0," + (1 + random.nextInt(length)) + ")");
        for (int i = 1; i <= length; i++) {
          tokens.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
          int governor = 1 + random.nextInt(length);
          // Enhanced graphs may have cycles and several heads; so may these.
          edges.append(' ').append(RELATIONS[random.nextInt(RELATIONS.length)]).append('(').append(governor).append(',').append(i).append(')');
        }
        text.sentence(tokens.toString(), edges.toString());
      }
      AnnotatedText annotated = text.build(DATE);
      CodedArticle first;
      try {
        first = coder.code(annotated, DATE, "given");
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " round " + round + ": " + annotated.text(), e);
      }
      CodedArticle second = coder.code(annotated, DATE, "given");
      assertThat(second.events()).as("same output twice, seed " + seed).isEqualTo(first.events());
      for (Event event : first.events()) {
        for (EventMention mention : event.mentions()) {
          assertThat(mention.evidence().end()).isLessThanOrEqualTo(annotated.text().length());
          assertThat(mention.evidence().contains(mention.trigger())).isTrue();
        }
      }
    }
  }
}
