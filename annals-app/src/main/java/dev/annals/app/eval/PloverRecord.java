package dev.annals.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One PLOVER gold-standard record as published (PLOVER_GSR_*.json, the OEDA's sentences from the
 * CAMEO manual): the sentence, its event type and mode, and its source and target actors. A
 * record may name several sources or targets (compound actors); "target" may be a list, an empty
 * string or missing.
 *
 * @param id the record's id, "PLOVER-GSR01-AGREE-0001"
 * @param text the sentence
 * @param date the record's date (the reference date for coding the sentence)
 * @param eventType the gold event type as written ("AGREE", "DEMAND", "FIGHT")
 * @param mode the gold mode, empty when the record gives none or an empty string
 * @param contexts the gold contexts, comma-separated in the file
 * @param sources the source actors
 * @param targets the target actors; empty when the event has none
 * @param eventWords the words the coder marked as naming the event ("eventText": "agreed to
 *     extension peacekeeping force"), lower case, without punctuation and "..."
 */
public record PloverRecord(
    String id, String text, LocalDate date, String eventType, Optional<String> mode, List<String> contexts, List<GoldActor> sources, List<GoldActor> targets,
    Set<String> eventWords) {
  /**
   * A gold actor.
   *
   * @param text the words that name it
   * @param code CAMEO-style country or organisation code: "USA", "IGO", "IMG"
   * @param sector sector code when given ("GOV", "CVLkur"); "***" and missing are empty
   */
  public record GoldActor(String text, String code, Optional<String> sector) {
    public GoldActor {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(sector, "sector");
    }
  }

  /** The event type of the file's documentation records, which describe the file and are no event. */
  public static final String DOCUMENT = "DOCUMENT";

  public PloverRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(mode, "mode");
    contexts = List.copyOf(contexts);
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    eventWords = Set.copyOf(eventWords);
  }

  /** Every event record of a file, without DOCUMENT records. */
  public static List<PloverRecord> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IOException(file + ": expected a JSON array of PLOVER records");
    }
    List<PloverRecord> records = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode node = root.get(i);
      String where = file + " record " + (i + 1) + " (" + node.path("id").asText("no id") + ")";
      String event = node.path("event").asText("");
      if (event.isEmpty()) {
        throw new IOException(where + ": no \"event\"");
      }
      if (event.equals(DOCUMENT)) {
        continue;
      }
      String text = node.path("text").asText("");
      if (text.isBlank()) {
        throw new IOException(where + ": no \"text\"");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(node.path("date").asText(""));
      } catch (DateTimeParseException e) {
        throw new IOException(where + ": \"date\" must be YYYY-MM-DD, was '" + node.path("date").asText("") + "'");
      }
      Optional<String> mode = Optional.of(node.path("mode").asText("").strip()).filter(m -> !m.isEmpty());
      List<String> contexts = new ArrayList<>();
      for (String context : node.path("context").asText("").split(",")) {
        if (!context.isBlank()) {
          contexts.add(context.strip());
        }
      }
      records.add(new PloverRecord(node.path("id").asText("record " + (i + 1)), text.strip(), date, event, mode, contexts,
          actors(node.path("source"), where + " source"), actors(node.path("target"), where + " target"), words(node.path("eventText").asText(""))));
    }
    return records;
  }

  /** The words of an "eventText": "has sent ... to investigate" gives has, sent, to, investigate. */
  static Set<String> words(String eventText) {
    Set<String> words = new HashSet<>();
    for (String word : eventText.toLowerCase(Locale.ROOT).split("\\s+")) {
      String bare = word.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
      if (!bare.isEmpty()) {
        words.add(bare);
      }
    }
    return words;
  }

  /** A list of actors; an empty string, null or missing field is no actor (the published file has all three). */
  private static List<GoldActor> actors(JsonNode node, String where) throws IOException {
    if (node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      return List.of();
    }
    if (!node.isArray()) {
      // One record writes its target as the context ("diplomatic"): no actor to score.
      return List.of();
    }
    List<GoldActor> actors = new ArrayList<>();
    for (JsonNode actor : node) {
      String code = actor.path("code").asText("").strip();
      if (code.isEmpty()) {
        throw new IOException(where + ": an actor without \"code\"");
      }
      Optional<String> sector = Optional.of(actor.path("sector").asText("").strip()).filter(s -> !s.isEmpty() && !s.equals("***"));
      actors.add(new GoldActor(actor.path("actorText").asText(""), code, sector));
    }
    return actors;
  }
}
