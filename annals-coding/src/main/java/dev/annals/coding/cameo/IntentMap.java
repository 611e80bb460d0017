package dev.annals.coding.cameo;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import dev.annals.model.EventType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an act becomes when it is only announced, from cameo/intents.tsv: "will give aid" is an
 * intent to provide aid (033), "will boycott" a threat (133). The longest matching code prefix
 * wins.
 */
public final class IntentMap {
  static final String RESOURCE = "dev/annals/coding/cameo/intents.tsv";
  /** An announced act with an "unless" condition: an ultimatum. */
  public static final String CONDITIONAL_THREAT = "130";

  private final Map<String, EventType> byPrefix;
  private final Map<String, EventType> refusalByPrefix;
  private final EventType conditionalThreat;

  private IntentMap(Map<String, EventType> byPrefix, Map<String, EventType> refusalByPrefix, EventType conditionalThreat) {
    this.byPrefix = Map.copyOf(byPrefix);
    this.refusalByPrefix = Map.copyOf(refusalByPrefix);
    this.conditionalThreat = conditionalThreat;
  }

  public static IntentMap load(CameoCodebook codebook) {
    Map<String, EventType> byPrefix = new HashMap<>();
    Map<String, EventType> refusalByPrefix = new HashMap<>();
    for (Row row : TsvFile.readResource(RESOURCE, 2)) {
      String act = row.field(0).strip();
      String intent = row.field(1).strip();
      if (!act.matches("\\d{2,4}")) {
        throw row.error("act must be 2 to 4 digits of a CAMEO code, was '" + act + "'");
      }
      if (!intent.startsWith("03") && !intent.startsWith("13")) {
        throw row.error("intent must be a 03 or 13 code, was '" + intent + "'");
      }
      EventType type;
      try {
        type = codebook.require(intent, row.file() + " line " + row.lineNumber());
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      if (byPrefix.put(act, type) != null) {
        throw row.error("act " + act + " appears twice");
      }
      Optional<String> refusal = row.optional(2);
      if (refusal.isPresent()) {
        if (!refusal.get().startsWith("12")) {
          throw row.error("refusal must be a 12 code or -, was '" + refusal.get() + "'");
        }
        try {
          refusalByPrefix.put(act, codebook.require(refusal.get(), row.file() + " line " + row.lineNumber()));
        } catch (IllegalArgumentException e) {
          throw row.error(e.getMessage());
        }
      }
    }
    return new IntentMap(byPrefix, refusalByPrefix, codebook.require(CONDITIONAL_THREAT, RESOURCE));
  }

  /** The announcing code for an act, if announcing it is an event of its own. */
  public Optional<EventType> intentOf(String actCode) {
    return longestPrefix(byPrefix, actCode);
  }

  /** The rejection that announcing an act will not happen amounts to, if any. */
  public Optional<EventType> refusalOf(String actCode) {
    return longestPrefix(refusalByPrefix, actCode);
  }

  private static Optional<EventType> longestPrefix(Map<String, EventType> map, String code) {
    for (int length = code.length(); length >= 2; length--) {
      EventType type = map.get(code.substring(0, length));
      if (type != null) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  public EventType conditionalThreat() {
    return conditionalThreat;
  }
}
