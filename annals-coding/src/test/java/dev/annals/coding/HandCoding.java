package dev.annals.coding;

import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import java.time.LocalDate;

/**
 * Codes hand-built parses with Annals' bundled knowledge. The coder is loaded once for all the
 * tests that use it (loading the gazetteer and lexicons is most of such a test's time).
 */
public final class HandCoding {
  /** The publication date of every hand-built article coded here. */
  public static final LocalDate DATE = LocalDate.of(2023, 5, 10);

  private HandCoding() {}

  public static ArticleCoder coder() {
    return Shared.CODER;
  }

  private static final class Shared {
    static final ArticleCoder CODER = ArticleCoder.loadDefault();
  }

  /** The text coded as published on {@link #DATE}. */
  public static CodedArticle code(HandBuiltText text) {
    return code(text, DATE);
  }

  /** The text coded as published on the date: office holders and weekdays are read for that day. */
  public static CodedArticle code(HandBuiltText text, LocalDate date) {
    return coder().code(text.build(date), date, "given");
  }

  /** Each event of the article as {@link #triple}. */
  public static java.util.List<String> triples(CodedArticle article) {
    return article.events().stream().map(HandCoding::triple).toList();
  }

  /** One hand-built sentence ("word/lemma/TAG[/NER] ...", "rel(gov,dep) ...") coded. */
  public static CodedArticle code(String tokens, String edges) {
    return code(new HandBuiltText().sentence(tokens, edges));
  }

  /** "SOURCE TARGET CODE", with "-" for no target. */
  public static String triple(Event e) {
    return e.source().code() + " " + e.target().map(t -> t.code()).orElse("-") + " " + e.type().code();
  }
}
