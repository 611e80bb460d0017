package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A custom CoreNLP annotator that mends the tagger's tags of each sentence, in place, after
 * {@code ner} and before the parser sees them. Subclasses say which tokens to mend.
 */
abstract class TokenTagRepair implements Annotator {
  /** Mends one sentence's tokens in place: each subclass's static {@code repair}, which its tests call. */
  private final Consumer<List<CoreLabel>> repair;

  TokenTagRepair(Consumer<List<CoreLabel>> repair) {
    this.repair = repair;
  }

  @Override
  public final void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      repair.accept(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class);
  }

  /**
   * The position of the nearest token before {@code position} whose tag does not start with the
   * prefix ("a Russian drone": the article before the adjectives), or -1.
   */
  static int before(List<CoreLabel> tokens, int position, String skippedTagPrefix) {
    int before = position - 1;
    while (before >= 0 && tokens.get(before).tag() != null && tokens.get(before).tag().startsWith(skippedTagPrefix)) {
      before--;
    }
    return before;
  }

  /** Whether the words of {@code words} (lower case) stand in {@code tokens} from {@code start} on, whatever their case. */
  static boolean startsAt(List<CoreLabel> tokens, int start, List<String> words) {
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(start + k).word().toLowerCase(java.util.Locale.ROOT).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The lines of a word list on the classpath, lower case, without blank lines and {@code #} comments. */
  static List<String> readLowerCaseLines(String resource) {
    java.io.InputStream in = TokenTagRepair.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the classpath");
    }
    List<String> lines = new java.util.ArrayList<>();
    try (java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        if (!entry.equals(entry.toLowerCase(java.util.Locale.ROOT))) {
          throw new IllegalStateException(resource + ":" + number + ": write the entry in lower case, was '" + entry + "'");
        }
        lines.add(entry);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
    return List.copyOf(lines);
  }

  @Override
  public final Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
