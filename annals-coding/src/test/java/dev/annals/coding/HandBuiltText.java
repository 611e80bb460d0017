package dev.annals.coding;

import dev.annals.model.AnnotatedText;
import dev.annals.model.Article;
import dev.annals.model.Dependency;
import dev.annals.model.EntityMention;
import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Timex;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an {@link AnnotatedText} by hand, as CoreNLP would have, so coding is tested without
 * models. Tokens are written {@code word/lemma/TAG[/ENTITY]}; dependencies as {@code rel(g,d)}
 * with 1-based token numbers within the sentence, 0 for the root.
 */
public final class HandBuiltText {
  private static final Pattern EDGE = Pattern.compile("([a-z:_']+)\\((\\d+),(\\d+)\\)");

  private final StringBuilder text = new StringBuilder();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Timex> timexes = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();

  /**
   * Adds a sentence of tokens written {@code word/lemma/TAG[/ENTITY]}, separated by spaces in the
   * text unless a token starts with {@code ~}; returns this for chaining.
   */
  public HandBuiltText sentence(String tokenSpecs, String edges) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int sentenceStart = text.length();
    int first = tokens.size();
    int index = sentences.size();
    for (String spec : tokenSpecs.trim().split("\\s+")) {
      // "~./././O": a token written right after the previous one, with no space ("Ga" then ".").
      boolean glued = spec.length() > 1 && spec.startsWith("~");
      if (glued) {
        spec = spec.substring(1);
      }
      String[] parts = spec.split("/", -1);
      if (parts.length < 3) {
        throw new IllegalArgumentException("token spec must be word/lemma/TAG[/ENTITY]: " + spec);
      }
      String word = parts[0].replace('_', ' ');
      if (tokens.size() > first && !glued) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), index, word, parts[1], parts[2], parts.length > 3 ? parts[3] : "O", new Span(start, text.length())));
    }
    List<Dependency> dependencies = new ArrayList<>();
    Matcher m = EDGE.matcher(edges);
    while (m.find()) {
      int governor = Integer.parseInt(m.group(2));
      int dependent = Integer.parseInt(m.group(3));
      dependencies.add(new Dependency(governor == 0 ? -1 : first + governor - 1, first + dependent - 1, m.group(1)));
    }
    sentences.add(new Sentence(index, new Span(sentenceStart, text.length()), first, tokens.size(), dependencies));
    addEntities(first);
    return this;
  }

  private void addEntities(int first) {
    int i = first;
    while (i < tokens.size()) {
      String entity = tokens.get(i).entity();
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).entity().equals(entity)) {
        j++;
      }
      if (!entity.equals("O") && !entity.equals("DATE") && !entity.equals("TIME")) {
        Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
        entities.add(new EntityMention(i, j, entity, span.of(text.toString()), span));
      }
      i = j;
    }
  }

  /** Marks tokens {@code from..to} (1-based, inclusive) of the last sentence as a time expression. */
  public HandBuiltText timex(int from, int to, String type) {
    Sentence last = sentences.get(sentences.size() - 1);
    int a = last.firstToken() + from - 1;
    int b = last.firstToken() + to - 1;
    Span span = new Span(tokens.get(a).span().start(), tokens.get(b).span().end());
    timexes.add(new Timex(a, b + 1, type, span.of(text.toString()), span, Optional.empty()));
    return this;
  }

  public AnnotatedText build(LocalDate date) {
    return new AnnotatedText(Article.of("hand-built", text.toString(), date), tokens, sentences, entities, timexes);
  }

  /** The text as published at this web address. */
  public AnnotatedText build(LocalDate date, String url) {
    Article article = new Article("hand-built", text.toString(), Optional.of(date), Optional.empty(), Optional.of(url), Optional.empty());
    return new AnnotatedText(article, tokens, sentences, entities, timexes);
  }
}
