package dev.annals.model;

import java.util.List;
import java.util.Objects;

/** An article with the layers of its language analysis, all as stand-off annotation. */
public record AnnotatedText(
    Article article, List<Token> tokens, List<Sentence> sentences, List<EntityMention> entities, List<Timex> timexes) {
  public AnnotatedText {
    Objects.requireNonNull(article, "article");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " carries index " + tokens.get(i).index());
      }
    }
  }

  public String text() {
    return article.text();
  }

  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }

  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  public String textOf(Sentence sentence) {
    return sentence.span().of(article.text());
  }
}
