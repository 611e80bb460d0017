package dev.annals.nlp;

import dev.annals.model.AnnotatedText;
import dev.annals.model.Article;
import dev.annals.model.Dependency;
import dev.annals.model.EntityMention;
import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Timex;
import dev.annals.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Turns articles into {@link AnnotatedText} with Stanford CoreNLP. The only class in Annals that
 * sees CoreNLP's types.
 *
 * <p>The pipeline is chosen for speed as well as quality: one three-class NER model instead of
 * CoreNLP's three, no fine-grained gazetteer (Annals' actor dictionary does that job), no
 * coreference (Annals resolves the few anaphora event coding needs itself) and the neural
 * dependency parser, whose enhanced++ graph gives controlled and coordinated verbs their
 * subjects (run by {@link FastDependencyParseAnnotator}: CoreNLP's parser and model with a faster
 * forward pass). SUTime is off: Annals finds and normalises time expressions itself, faster and
 * closer to how news uses them.
 *
 * <p>Thread-safe: CoreNLP's annotators may be shared between threads. Loading takes tens of
 * seconds and a few GiB, so make one and keep it.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  /**
   * {@code -Dannals.depparse=corenlp} runs CoreNLP's own {@code depparse} annotator instead of
   * {@link FastDependencyParseAnnotator} (same parses, slower), e.g. with a CoreNLP version whose
   * parser internals differ from 4.5.10's.
   */
  static final boolean CORENLP_DEPPARSE = "corenlp".equals(System.getProperty("annals.depparse"));

  /** Pipelines by sentence-splitting rule; they share the loaded models through CoreNLP's pool. */
  private final ConcurrentHashMap<NewlineRule, StanfordCoreNLP> pipelines = new ConcurrentHashMap<>();

  public CoreNlpAnalyzer() {
    pipeline(NewlineRule.ALWAYS);
  }

  /** The properties Annals runs CoreNLP with; public so benchmarks can print them. */
  public static Properties properties(NewlineRule newlineRule) {
    Properties properties = new Properties();
    if (CORENLP_DEPPARSE) {
      properties.setProperty("annotators", "tokenize,ssplit,annalsbreaks,pos,lemma,ner,annalsnames,annalsplacenames,annalsborrowed,annalsarticlenouns,annalshyphennouns,annalsrelativeverbs,annalsjoinednouns,annalsjoinedverbs,annalsfeelings,annalskinds,annalsadverbs,annalsdueto,annalsasked,annalsgerunds,annalsgerundsubjects,depparse");
      properties.setProperty("depparse.extradependencies", "MAXIMAL");
    } else {
      // The same parser and model, 2.5 times as fast, building only the enhanced++ graph Annals reads.
      properties.setProperty("annotators", "tokenize,ssplit,annalsbreaks,pos,lemma,ner,annalsnames,annalsplacenames,annalsborrowed,annalsarticlenouns,annalshyphennouns,annalsrelativeverbs,annalsjoinednouns,annalsjoinedverbs,annalsfeelings,annalskinds,annalsadverbs,annalsdueto,annalsasked,annalsgerunds,annalsgerundsubjects,annalsdepparse");
      properties.setProperty("customAnnotatorClass.annalsdepparse", FastDependencyParseAnnotator.class.getName());
    }
    // "Sen. Tim Scott (R-S.C.) said": a sentence broken off after an abbreviation's period is joined back.
    properties.setProperty("customAnnotatorClass.annalsbreaks", FalseSentenceBreaks.class.getName());
    // Names the tagger read as pronouns ("He Lifeng") are proper nouns before the parser sees them.
    properties.setProperty("customAnnotatorClass.annalsnames", NameWordsTaggedAsOtherWords.class.getName());
    // "Neighbouring/VBG Guinea/NN tightened": a common-noun tag inside a place's name is a proper noun's, and "neighbouring" before it an adjective.
    properties.setProperty("customAnnotatorClass.annalsplacenames", PlaceNamesTaggedAsCommonNouns.class.getName());
    // "Mali's charge d'affaires": borrowed common nouns the tagger read as names, too.
    properties.setProperty("customAnnotatorClass.annalsborrowed", BorrowedCommonNouns.class.getName());
    // "shot down a Russian drone": a verb tag right after an article and adjectives is a noun's.
    properties.setProperty("customAnnotatorClass.annalsarticlenouns", VerbTaggedNounAfterArticle.class.getName());
    // "after take/VB -off/RP from an airstrip": a verb and particle joined by a hyphen after a preposition are a noun.
    properties.setProperty("customAnnotatorClass.annalshyphennouns", HyphenatedNounTaggedAsVerb.class.getName());
    // "which groups/NNS Mali with Burkina Faso": a plural noun's tag after a relative pronoun, before an object, is a verb's.
    properties.setProperty("customAnnotatorClass.annalsrelativeverbs", NounTaggedVerbAfterRelativePronoun.class.getName());
    // "travel bans and asset freezes/VBZ on Monday": a present verb's tag closing a noun joined to a plural noun is a plural noun's.
    properties.setProperty("customAnnotatorClass.annalsjoinednouns", VerbTaggedNounInJoinedNouns.class.getName());
    // "would pay for irrigation works and train/NN Malagasy farmers": a noun's tag after "and", before an object, joined to a base verb, is a base verb's.
    properties.setProperty("customAnnotatorClass.annalsjoinedverbs", NounTaggedVerbJoinedToBaseVerb.class.getName());
    // "said it was alarmed by the fighting": a participle of feeling after "be" is an adjective's.
    properties.setProperty("customAnnotatorClass.annalsfeelings", EmotionParticiplesAsAdjectives.class.getName());
    // "tanks and wheeled/VBD armoured vehicles": a participle naming a kind of thing, with no subject before it and a noun after it, is an adjective's.
    properties.setProperty("customAnnotatorClass.annalskinds", KindParticiplesAsAdjectives.class.getName());
    // "and briefly/NN detained": a word in "-ly" between a conjunction and a verb is an adverb.
    properties.setProperty("customAnnotatorClass.annalsadverbs", AdverbTaggedNounBeforeVerb.class.getName());
    // "is due to host President Lee": "due to" before a verb the tagger called a noun opens an infinitive.
    properties.setProperty("customAnnotatorClass.annalsdueto", InfinitiveAfterDueTo.class.getName());
    // "ordered it to/IN state/NN its intentions": "to" and a noun-tagged word after a verb of asking and a pronoun open an infinitive.
    properties.setProperty("customAnnotatorClass.annalsasked", InfinitiveAfterAskedPronoun.class.getName());
    // "fired warning/VBG shots at a survey ship": the gerund that opens a listed noun compound is a noun.
    properties.setProperty("customAnnotatorClass.annalsgerunds", GerundsInNounCompounds.class.getName());
    // "Fighting/VBG broke out between …": a sentence-opening gerund right before a finite verb is its subject, a noun.
    properties.setProperty("customAnnotatorClass.annalsgerundsubjects", GerundSubjectsAsNouns.class.getName());
    // CoreNLP splits hyphenated words (its models were trained so). Kept whole
    // (-Dannals.splitHyphenated=false), "North Korea test-fired a missile" parses with the verb
    // found, but places inside compounds are lost ("R-Texas", "Houston-based", "Texas-Mexico
    // border": LGL within 161 km 80.9% split, 78.1% whole), so splitting stays the default.
    properties.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false,splitHyphenated=" + System.getProperty("annals.splitHyphenated", "true"));
    properties.setProperty("ssplit.newlineIsSentenceBreak", newlineRule.coreNlpValue);
    properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    properties.setProperty("ner.applyFineGrained", "false");
    // SUTime and the numeric classifiers take 85% of NER's time; Annals finds and normalises
    // time expressions itself (annals-coding's TimeExpressionFinder and TimeNormalizer).
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.buildEntityMentions", "true");
    properties.setProperty("ner.combinationMode", "NORMAL");
    properties.setProperty("pos.maxlen", "200");
    properties.setProperty("parse.maxlen", "200");
    return properties;
  }

  /** How line breaks end sentences. */
  public enum NewlineRule {
    /** Every line break ends a sentence: one paragraph a line, headlines on their own line. */
    ALWAYS("always"),
    /** Only blank lines end sentences: text hard-wrapped into lines, paragraphs between blank lines. */
    TWO("two");

    private final String coreNlpValue;

    NewlineRule(String coreNlpValue) {
      this.coreNlpValue = coreNlpValue;
    }

    /** Hard-wrapped text has blank lines between paragraphs and many short lines within them. */
    static NewlineRule forText(String text) {
      if (!text.contains("\n\n")) {
        return ALWAYS;
      }
      String[] lines = text.split("\n");
      int nonBlank = 0;
      int unterminated = 0;
      for (String line : lines) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        nonBlank++;
        char last = trimmed.charAt(trimmed.length() - 1);
        if (Character.isLetterOrDigit(last) || last == ',') {
          unterminated++;
        }
      }
      return nonBlank > 0 && unterminated * 2 >= nonBlank ? TWO : ALWAYS;
    }
  }

  private StanfordCoreNLP pipeline(NewlineRule rule) {
    return pipelines.computeIfAbsent(rule, r -> new StanfordCoreNLP(properties(r)));
  }

  @Override
  public AnnotatedText analyze(Article article) {
    Annotation annotation = newAnnotation(article);
    pipeline(NewlineRule.forText(article.text())).annotate(annotation);
    return convert(article, annotation);
  }

  /**
   * Analyses many articles on {@code threads} threads, handing each result (or failure) to the
   * consumer as soon as it is ready, in no particular order.
   */
  @Override
  public void analyzeAll(List<Article> articles, int threads, Consumer<Result> results) {
    List<Annotation> always = new ArrayList<>();
    List<Annotation> two = new ArrayList<>();
    java.util.IdentityHashMap<Annotation, Article> articleOf = new java.util.IdentityHashMap<>();
    for (Article article : articles) {
      Annotation annotation = newAnnotation(article);
      articleOf.put(annotation, article);
      (NewlineRule.forText(article.text()) == NewlineRule.ALWAYS ? always : two).add(annotation);
    }
    // CoreNLP may hand the same annotation to the callback more than once (its single-thread
    // path does); each article's result must reach the consumer exactly once.
    Consumer<Annotation> done =
        annotation -> {
          Article article;
          synchronized (articleOf) {
            article = articleOf.remove(annotation);
          }
          if (article == null) {
            return;
          }
          Throwable failure = annotation.get(CoreAnnotations.ExceptionAnnotation.class);
          if (failure != null) {
            results.accept(new Result(article, Optional.empty(), Optional.of(failure)));
            return;
          }
          try {
            results.accept(new Result(article, Optional.of(convert(article, annotation)), Optional.empty()));
          } catch (RuntimeException e) {
            results.accept(new Result(article, Optional.empty(), Optional.of(e)));
          }
        };
    if (!always.isEmpty()) {
      pipeline(NewlineRule.ALWAYS).annotate(always, threads, done);
    }
    if (!two.isEmpty()) {
      pipeline(NewlineRule.TWO).annotate(two, threads, done);
    }
  }

  private static Annotation newAnnotation(Article article) {
    Annotation annotation = new Annotation(article.text());
    article
        .publicationDate()
        .ifPresent(date -> annotation.set(CoreAnnotations.DocDateAnnotation.class, ISO_DATE.format(date)));
    return annotation;
  }

  static AnnotatedText convert(Article article, Annotation annotation) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (coreSentences == null) {
      return new AnnotatedText(article, tokens, sentences, entities, timexes);
    }
    for (CoreMap coreSentence : coreSentences) {
      int sentenceIndex = sentences.size();
      int firstToken = tokens.size();
      List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel label : labels) {
        String lemma = UnreducedPlurals.lemma(label.lemma() == null ? label.word() : label.lemma(), label.tag() == null ? "X" : label.tag());
        String entity = label.ner() == null ? "O" : label.ner();
        String surface = label.originalText() == null ? label.word() : label.originalText();
        tokens.add(
            new Token(
                tokens.size(),
                sentenceIndex,
                surface,
                lemma,
                label.tag() == null ? "X" : label.tag(),
                entity,
                new Span(label.beginPosition(), label.endPosition())));
      }
      int endToken = tokens.size();
      List<Dependency> dependencies = new ArrayList<>();
      SemanticGraph graph =
          coreSentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph != null) {
        for (IndexedWord root : graph.getRoots()) {
          dependencies.add(new Dependency(-1, firstToken + root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
          // Enhanced++ graphs add copy nodes for elided predicates; they point back to a real token.
          dependencies.add(
              new Dependency(
                  firstToken + edge.getGovernor().index() - 1,
                  firstToken + edge.getDependent().index() - 1,
                  edge.getRelation().toString()));
        }
      }
      Span sentenceSpan =
          new Span(
              coreSentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              coreSentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      sentences.add(new Sentence(sentenceIndex, sentenceSpan, firstToken, endToken, dependencies));

      List<CoreMap> mentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) {
        continue;
      }
      for (CoreMap mention : mentions) {
        List<CoreLabel> mentionTokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        if (mentionTokens == null || mentionTokens.isEmpty()) {
          continue;
        }
        int first = firstToken + mentionTokens.get(0).index() - 1;
        int end = firstToken + mentionTokens.get(mentionTokens.size() - 1).index();
        String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        String text = mention.get(CoreAnnotations.TextAnnotation.class);
        Span span =
            new Span(
                mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        if (type == null || text == null) {
          continue;
        }
        edu.stanford.nlp.time.Timex coreTimex = mention.get(TimeAnnotations.TimexAnnotation.class);
        if (coreTimex != null) {
          timexes.add(
              new Timex(
                  first,
                  end,
                  coreTimex.timexType() == null ? type : coreTimex.timexType(),
                  text,
                  span,
                  Optional.ofNullable(coreTimex.value())));
        } else {
          entities.add(new EntityMention(first, end, type, text, span));
        }
      }
    }
    return new AnnotatedText(article, tokens, sentences, entities, timexes);
  }
}
