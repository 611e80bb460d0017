package dev.annals.app.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.model.Span;
import dev.annals.store.Table;
import dev.annals.store.ViewQueries;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One article as the reader shows it: the text, and every annotation as character offsets into
 * it: actor mentions, event mentions with their trigger word, time expressions and quotes.
 */
final class ArticleView {
  private final TimeExpressions times = new TimeExpressions();

  ObjectNode build(ViewQueries queries, String articleId) throws SQLException {
    Table article = queries.article(articleId);
    if (article.size() == 0) {
      String hint = queries.originalOf(articleId).map(o -> " (it is stored as a copy of article '" + o + "')").orElse("");
      throw ApiError.notFound("no article '" + articleId + "'" + hint);
    }
    String text = (String) article.value(0, "text");
    ObjectNode view = TableJson.row(article, 0);
    Table sentenceRows = queries.articleSentences(articleId);
    List<Span> sentences = new ArrayList<>();
    for (int i = 0; i < sentenceRows.size(); i++) {
      sentences.add(new Span(((Number) sentenceRows.value(i, "start_offset")).intValue(),
          ((Number) sentenceRows.value(i, "end_offset")).intValue()));
    }
    view.set("sentences", TableJson.rows(sentenceRows));
    view.set("actors", TableJson.rows(queries.articleActors(articleId)));
    view.set("quotes", TableJson.rows(queries.articleQuotes(articleId)));
    ArrayNode mentions = TableJson.rows(queries.articleMentions(articleId));
    for (int i = 0; i < mentions.size(); i++) {
      ObjectNode mention = (ObjectNode) mentions.get(i);
      Span trigger = trigger(text, mention.get("evidence_start").asInt(), mention.get("evidence_end").asInt(),
          sentences, mention.get("sentence_index").asInt(), mention.get("trigger").asText());
      if (trigger != null) {
        mention.put("trigger_start", trigger.start());
        mention.put("trigger_end", trigger.end());
      } else {
        mention.putNull("trigger_start");
        mention.putNull("trigger_end");
      }
    }
    view.set("events", mentions);
    ArrayNode timeNodes = view.putArray("times");
    LocalDate reference = (LocalDate) article.value(0, "reference_date");
    for (TimeExpressions.Found found : times.find(text, sentences, reference)) {
      ObjectNode node = timeNodes.addObject();
      node.put("start_offset", found.span().start());
      node.put("end_offset", found.span().end());
      node.put("text", found.text());
      node.put("type", found.type());
      node.put("value", found.value());
    }
    view.set("copies", TableJson.rows(queries.articleCopies(articleId)));
    return view;
  }

  /**
   * Where the trigger word stands: the store keeps its words and the event's evidence span; the
   * word is looked for in the evidence first, then in the sentence. Null when it is in neither.
   */
  private static Span trigger(String text, int evidenceStart, int evidenceEnd, List<Span> sentences, int sentence, String trigger) {
    if (trigger.isBlank()) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String word = trigger.toLowerCase(Locale.ROOT);
    Span found = search(lower, word, evidenceStart, evidenceEnd);
    if (found == null && sentence >= 0 && sentence < sentences.size()) {
      found = search(lower, word, sentences.get(sentence).start(), sentences.get(sentence).end());
    }
    return found;
  }

  private static Span search(String lower, String word, int from, int to) {
    int start = Math.max(0, from);
    int end = Math.min(lower.length(), to);
    int at = start;
    while (at >= 0 && at < end) {
      at = lower.indexOf(word, at);
      if (at < 0 || at + word.length() > end) {
        return null;
      }
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
      if (startsWord) {
        return new Span(at, at + word.length());
      }
      at++;
    }
    return null;
  }
}
