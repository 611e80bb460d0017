package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A custom CoreNLP annotator, run right after {@code ssplit}, that joins back a sentence the
 * splitter broke off after an abbreviation's period: "Sen. Tim Scott (R-S.C.) said on Tuesday"
 * is split after "S.C." (the tokenizer reads "R-S.C" and a full stop), which leaves "said on
 * Tuesday." a sentence with no subject and the clause before it with no verb of saying. A
 * sentence that opens with a word in lower case, on the same line as the full stop before it,
 * is no new sentence in edited news.
 */
public final class FalseSentenceBreaks implements Annotator {
  /** Brackets and quotation marks that may close a sentence after its full stop. */
  private static final Set<String> CLOSING_MARKS = Set.of(")", "-RRB-", "''", "\"", "”", "’");

  public FalseSentenceBreaks(String name, java.util.Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    if (sentences == null || text == null) {
      return;
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, joined(sentences, text));
  }

  /** The sentences with every false break joined, indexes renumbered. */
  static List<CoreMap> joined(List<CoreMap> sentences, String text) {
    List<CoreMap> out = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      if (!out.isEmpty() && isFalseBreak(out.get(out.size() - 1), sentence, text)) {
        out.set(out.size() - 1, join(out.get(out.size() - 1), sentence, text));
      } else {
        out.add(sentence);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      CoreMap sentence = out.get(i);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int k = 0; k < tokens.size(); k++) {
        tokens.get(k).setSentIndex(i);
        tokens.get(k).setIndex(k + 1);
      }
    }
    return out;
  }

  /**
   * The previous sentence ends with a full stop (then at most closing brackets or quotes), the
   * next opens with a word all in lower case ("said", not "iPhone" or a quote mark), and no line
   * break lies between them.
   */
  static boolean isFalseBreak(CoreMap previous, CoreMap next, String text) {
    List<CoreLabel> before = previous.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreLabel> after = next.get(CoreAnnotations.TokensAnnotation.class);
    if (before.isEmpty() || after.isEmpty()) {
      return false;
    }
    int last = before.size() - 1;
    while (last > 0 && CLOSING_MARKS.contains(before.get(last).word())) {
      last--;
    }
    if (!before.get(last).word().equals(".") || last == 0 || !before.get(last - 1).word().matches(".*[A-Za-z]\\.[A-Za-z]+")) {
      return false;
    }
    String opening = after.get(0).word();
    if (!opening.matches("[a-z]+")) {
      return false;
    }
    int gapStart = before.get(before.size() - 1).endPosition();
    int gapEnd = after.get(0).beginPosition();
    return gapStart <= gapEnd && text.substring(gapStart, gapEnd).indexOf('\n') < 0;
  }

  private static CoreMap join(CoreMap previous, CoreMap next, String text) {
    List<CoreLabel> tokens = new ArrayList<>(previous.get(CoreAnnotations.TokensAnnotation.class));
    tokens.addAll(next.get(CoreAnnotations.TokensAnnotation.class));
    int begin = previous.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = next.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, previous.get(CoreAnnotations.TokenBeginAnnotation.class));
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, next.get(CoreAnnotations.TokenEndAnnotation.class));
    return sentence;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }
}
