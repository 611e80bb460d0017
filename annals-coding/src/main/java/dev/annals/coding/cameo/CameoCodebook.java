package dev.annals.coding.cameo;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import dev.annals.model.EventType;
import dev.annals.model.QuadClass;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The CAMEO code table from cameo/codes.tsv: every code's name, Goldstein value and quad class. */
public final class CameoCodebook {
  /** The roots of physical attacks: unconventional violence (18), fighting (19), mass violence (20). */
  private static final Set<String> ATTACK_ROOTS = Set.of("18", "19", "20");
  private final Map<String, EventType> byCode;

  private CameoCodebook(Map<String, EventType> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** Whether a CAMEO code (or root) is a physical attack: roots 18, 19 and 20. */
  public static boolean isAttack(String code) {
    return code.length() >= 2 && ATTACK_ROOTS.contains(code.substring(0, 2));
  }

  /** The roots of judging a side or its deed: praise (05), disapproval (11), rejection (12). */
  public static final Set<String> JUDGMENT_ROOTS = Set.of("05", "11", "12");

  /** Whether a CAMEO code (or root) is force: coercion (17) or a physical attack (18, 19, 20). */
  public static boolean isForce(String code) {
    return isAttack(code) || code.startsWith("17");
  }

  /**
   * Whether two CAMEO codes name one kind of act: the same first three digits ("handover" 084 and
   * "handed over prisoners" 0841; not a seizure, 171, and an arrest, 173).
   */
  public static boolean sameKind(String a, String b) {
    return a.length() >= 3 && b.length() >= 3 && a.substring(0, 3).equals(b.substring(0, 3));
  }

  /** The code table with each code's PLOVER counterpart from cameo/plover.tsv. */
  public static CameoCodebook load() {
    return load(PloverMap.load());
  }

  /**
   * The code table with PLOVER types from the given map.
   *
   * @throws dev.annals.coding.knowledge.KnowledgeFileException when a code has no line in the map
   */
  public static CameoCodebook load(PloverMap plover) {
    Map<String, EventType> byCode = new LinkedHashMap<>();
    for (Row row : TsvFile.readResource("dev/annals/coding/cameo/codes.tsv", 4)) {
      String code = row.field(0).strip();
      int quad = (int) row.number(3);
      EventType type;
      if (!plover.covers(code)) {
        throw row.error("code " + code + " has no line in " + PloverMap.RESOURCE + " (write - as its PLOVER type if PLOVER drops it)");
      }
      try {
        type = new EventType(code, row.field(1).strip(), row.number(2), QuadClass.ofNumber(quad), plover.plover(code));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      if (byCode.put(code, type) != null) {
        throw row.error("code " + code + " appears twice");
      }
    }
    return new CameoCodebook(byCode);
  }

  public Optional<EventType> type(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The type for a code the lexicon uses; a code missing from the table is a knowledge-file bug. */
  public EventType require(String code, String usedWhere) {
    EventType type = byCode.get(code);
    if (type == null) {
      throw new IllegalArgumentException(usedWhere + ": CAMEO code " + code + " is not in cameo/codes.tsv");
    }
    return type;
  }

  /**
   * The type for a code from a user's dictionary, which may use codes the CAMEO table lacks
   * (PETRARCH's validation dictionaries use "903" or "174K"): such a code takes the name, Goldstein
   * value and quad class of its longest known prefix, else a neutral verbal-cooperation type.
   */
  public EventType typeOrUserCode(String code) {
    EventType known = byCode.get(code);
    if (known != null) {
      return known;
    }
    for (int length = code.length() - 1; length >= 2; length--) {
      EventType prefix = byCode.get(code.substring(0, length));
      if (prefix != null) {
        return new EventType(code, prefix.name() + " (user code " + code + ")", prefix.goldstein(), prefix.quadClass());
      }
    }
    return new EventType(code, "User code " + code, 0, QuadClass.VERBAL_COOPERATION);
  }

  public Collection<EventType> all() {
    return byCode.values();
  }
}
