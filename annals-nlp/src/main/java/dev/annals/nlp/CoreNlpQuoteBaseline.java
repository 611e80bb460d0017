package dev.annals.nlp;

import dev.annals.model.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Plain CoreNLP's quotes and their speakers (the {@code quote} annotator with
 * QuoteAttributionAnnotator over fast neural coreference), the peer Annals' quote attribution is
 * measured against in {@code annals eval quotes --baseline corenlp}.
 *
 * <p>Settings that are not CoreNLP's defaults, and why: a line break ends a sentence, as it does
 * for Annals, since news files carry one paragraph a line and a headline on the first; the
 * three-class NER model and no SUTime, as Annals uses, to keep the run within memory beside
 * Annals' own pipeline (quote attribution looks only at PERSON mentions); and the fast neural
 * coreference, with which CoreNLP attributed the seed article's quotes better than with its
 * default statistical one (see STACK.md). CoreNLP finds direct quotes only.
 */
public final class CoreNlpQuoteBaseline {
  /**
   * One quote as CoreNLP attributes it.
   *
   * @param content the quoted words, without the quotation marks
   * @param speakerMention the mention CoreNLP chose as the speaker, where it stands in the text
   * @param canonicalSpeaker the name that mention resolves to through coreference
   */
  public record BaselineQuote(Span content, Optional<Span> speakerMention, Optional<String> canonicalSpeaker) {}

  private final StanfordCoreNLP pipeline;

  public CoreNlpQuoteBaseline() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("coref.algorithm", "fastneural");
    properties.setProperty("quote.attributeQuotes", "true");
    pipeline = new StanfordCoreNLP(properties);
  }

  public List<BaselineQuote> quotes(String text, LocalDate documentDate) {
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    pipeline.annotate(annotation);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<BaselineQuote> found = new ArrayList<>();
    List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return found;
    }
    for (CoreMap quote : quotes) {
      int begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      Span content = new Span(Math.min(begin + 1, end), Math.max(begin + 1, end - 1));
      Optional<Span> mention = tokenSpan(tokens,
          quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
          quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
      Optional<String> canonical = Optional.ofNullable(quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class))
          .or(() -> Optional.ofNullable(quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
      found.add(new BaselineQuote(content, mention, canonical));
    }
    return found;
  }

  private static Optional<Span> tokenSpan(List<CoreLabel> tokens, Integer first, Integer last) {
    if (first == null || last == null || first < 0 || last >= tokens.size() || last < first) {
      return Optional.empty();
    }
    return Optional.of(new Span(tokens.get(first).beginPosition(), tokens.get(last).endPosition()));
  }
}
