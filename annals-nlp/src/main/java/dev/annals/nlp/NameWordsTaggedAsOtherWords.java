package dev.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A name that begins with a word the tagger knows as a pronoun: the Chinese surname He ("He
 * Lifeng", "spokesman He Yadong accused Brussels") is tagged PRP, and the parser then makes "He" a
 * subject of its own and the given name a second one, so the person's words lose their speaker.
 * Where the named-entity tagger has put the word inside a person's name that goes on with a proper
 * noun, the word is a proper noun too. So is a name's particle the tagger takes for a verb between
 * two words of the name: "Foreign Minister Bendito dos Santos Freitas met ..." (dos/VBZ, and the
 * parser made "dos" the sentence's verb and the meeting its complement), or of a place's name
 * ("in Dar es Salaam on Sunday", es/VBZ, the day then hung on "es"), and a regnal number after
 * a name ("King Abdullah II"), and a place's or body's last word taken for a verb ("the Holy See").
 * Registered with CoreNLP
 * as a custom annotator that runs after {@code ner} and before the parser.
 */
public final class NameWordsTaggedAsOtherWords extends TokenTagRepair {
  /** The constructor CoreNLP calls for a custom annotator. */
  public NameWordsTaggedAsOtherWords(String name, Properties properties) {
    super(NameWordsTaggedAsOtherWords::repair);
  }

  /**
   * Re-tags, in place, each pronoun that begins a person's name going on with a proper noun, and
   * each verb-tagged word between two proper nouns of a person's name.
   */
  static void repair(List<CoreLabel> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      CoreLabel next = tokens.get(i + 1);
      boolean pronoun = "PRP".equals(word.tag()) && isPerson(word) && isPerson(next);
      boolean verbInside = word.tag().startsWith("VB") && i > 0 && isInsideOneName(tokens.get(i - 1), word, next) && "NNP".equals(tokens.get(i - 1).tag());
      if ((pronoun || verbInside) && "NNP".equals(next.tag())) {
        word.setTag("NNP");
        word.setLemma(word.word());
      }
    }
    // "thanked the Holy See on Saturday": a capitalised word the tagger takes for a verb ("See/VB")
    // that ends a place's or organisation's name the named-entity tagger found (the word before it
    // a proper noun of the same name) is the name's last word; read as a verb, it took "Holy" as its
    // subject and made the name a clause the thanking reported.
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      CoreLabel before = tokens.get(i - 1);
      if (word.tag().startsWith("VB") && Character.isUpperCase(word.word().charAt(0)) && NAMES_OF_PLACES_AND_BODIES.contains(word.ner())
          && word.ner().equals(before.ner()) && "NNP".equals(before.tag())) {
        word.setTag("NNP");
        word.setLemma(word.word());
      }
    }
    // "telephoned King Abdullah II hours later": a regnal number the tagger takes for a number
    // ("II/CD", then "II hours") ends the person's name it follows.
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      CoreLabel before = tokens.get(i - 1);
      if ("CD".equals(word.tag()) && REGNAL_NUMBERS.matcher(word.word()).matches() && isPerson(before) && "NNP".equals(before.tag())) {
        word.setTag("NNP");
        word.setLemma(word.word());
        word.setNER("PERSON");
      }
    }
  }

  /** Roman numerals of kings and popes: II to XXXIX. */
  private static final java.util.regex.Pattern REGNAL_NUMBERS = java.util.regex.Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

  /** Entities whose names carry particles: "Bendito dos Santos", "Dar es Salaam". */
  private static final Set<String> NAMES_WITH_PARTICLES = Set.of("PERSON", "LOCATION");

  /** Entities whose names may end in a word the tagger knows as a verb: "the Holy See". */
  private static final Set<String> NAMES_OF_PLACES_AND_BODIES = Set.of("ORGANIZATION", "LOCATION");

  /** Whether the word and the words either side of it are of one person's or place's name. */
  private static boolean isInsideOneName(CoreLabel before, CoreLabel word, CoreLabel after) {
    return NAMES_WITH_PARTICLES.contains(word.ner()) && word.ner().equals(before.ner()) && word.ner().equals(after.ner());
  }

  private static boolean isPerson(CoreLabel token) {
    return "PERSON".equals(token.ner());
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}
