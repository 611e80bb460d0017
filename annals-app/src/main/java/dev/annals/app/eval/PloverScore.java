package dev.annals.app.eval;

import dev.annals.app.eval.PloverRecord.GoldActor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores Annals' events against PLOVER gold records, one record (one sentence) at a time.
 *
 * <p>The rules, so that the numbers mean something:
 *
 * <ul>
 *   <li><b>Versions.</b> The gold records are coded in PLOVER 0.5, Annals in PLOVER 0.8 (the 2021
 *       CAMEO table). 0.8 renamed DEMAND to REQUEST and DISAPPROVE to ACCUSE, and folded
 *       INVESTIGATE into ACCUSE (mode investigate) and FIGHT into ASSAULT; gold types are read in
 *       0.8 names ({@link #TYPE_IN_08}). The 2021 table also moved a few CAMEO codes out of their
 *       root's category (easing a curfew: CONCEDE to RETREAT; destroying property: COERCE to
 *       ASSAULT; occupying territory: FIGHT to COERCE), so an event also counts when its CAMEO
 *       code read by the README's 0.5 root table gives the gold type ({@link #sameType}). A stricter score in the gold's own
 *       0.5 categories translates Annals' type back, using its CAMEO code ({@link #typeIn05}).
 *   <li><b>Which event.</b> Annals may find several events in a sentence ("X agreed ..., Y
 *       said"). The record's own event is the one told by the words the gold marks as the event
 *       ("eventText"): Annals' events whose trigger is one of those words are the candidates
 *       (marked * in the error list); only when none is, every event of the sentence is (the
 *       marked words are sometimes partial: "peacekeeping arrived in"). The record's event type
 *       counts as found when a candidate has it. The one candidate scored for mode and actors is
 *       the best-matching: right type first, then right source, then right target, then text
 *       order. A sentence with no event gets every score wrong.
 *   <li><b>Actors.</b> Compared on the country or organisation part of the code: ISO-3 for a
 *       country's actors (RUSGOV is RUS), IGO / NGO / IMG for international, non-governmental and
 *       militant organisations (Annals' NATO is IGO). A compound gold actor ("the United States and
 *       Jordan") is matched when Annals' actor is one of its members. Source accuracy is over
 *       records with a gold source, target accuracy over records with a gold target; an event
 *       with no target is a wrong target. Three gold codes are not ISO-3 (ITL, JAP, VTN) and are
 *       read as the country they name.
 *   <li><b>Sectors</b> are a separate score: over gold country actors that give a sector, the
 *       first three letters of the gold sector (CVLkur is CVL) must equal Annals' sector, and the
 *       country part must match too. "***" counts as no sector; two gold sector names that are no
 *       CAMEO agent codes are read as the codes they mean (CIV civilians, JRN journalists: CVL, MED).
 *   <li><b>Mode</b> accuracy is over records with a gold mode. 0.5 mode names are read in 0.8
 *       names ({@link #MODE_IN_08}); modes 0.8 no longer has (weapons, primitive) cannot match.
 * </ul>
 */
public final class PloverScore {
  /** PLOVER 0.5 event types renamed or merged in 0.8. */
  static final Map<String, String> TYPE_IN_08 = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
  /** PLOVER 0.5 modes under their 0.8 names (the CAMEO table's mode column). */
  static final Map<String, String> MODE_IN_08 = Map.of(
      "host", "visit", "strike-hun", "hunger", "strike-gen", "boycott", "riot-spon", "riot", "demo-org", "demo", "demo-spon", "demo",
      "detain", "arrest", "destroy", "seize", "confiscate", "seize", "censor", "restrict");
  /**
   * Gold sectors under other names than CAMEO's agent codes, and the code they mean: civilians
   * written CIV, journalists JRN (CAMEO's media, MED).
   */
  static final Map<String, String> GOLD_SECTOR_NAMES = Map.of("CIV", "CVL", "JRN", "MED");
  /** Gold codes that are not ISO-3, and the ISO-3 of the country they name. */
  static final Map<String, String> GOLD_CODE_TYPOS = Map.of("ITL", "ITA", "JAP", "JPN", "VTN", "VNM");
  private static final Set<String> ORGANISATION_CLASSES = Set.of("IGO", "NGO", "IMG");

  /**
   * One event Annals found in the sentence, reduced to what the gold can be compared with.
   *
   * @param ploverType PLOVER 0.8 type; empty for CAMEO codes PLOVER drops
   * @param ploverMode PLOVER mode
   * @param cameoCode the CAMEO code behind it
   * @param triggers the words that name the act in the sentence ("agreed", "talks"), one per mention
   * @param source source actor
   * @param target target actor, when there is one
   */
  public record Predicted(Optional<String> ploverType, Optional<String> ploverMode, String cameoCode, List<String> triggers, PredictedActor source, Optional<PredictedActor> target) {
    public Predicted {
      Objects.requireNonNull(ploverType, "ploverType");
      triggers = List.copyOf(triggers);
      Objects.requireNonNull(ploverMode, "ploverMode");
      Objects.requireNonNull(cameoCode, "cameoCode");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
    }

    @Override
    public String toString() {
      return ploverType.orElse("(none)") + ploverMode.map(m -> "/" + m).orElse("") + " [" + cameoCode + " " + String.join("+", triggers) + "] " + source + " -> " + target.map(Object::toString).orElse("-");
    }
  }

  /**
   * An Annals actor as the gold codes it.
   *
   * @param code Annals' own code ("RUSGOV", "NATO")
   * @param codePart country or organisation class: "RUS", "IGO"
   * @param sector Annals' sector, when known
   */
  public record PredictedActor(String code, String codePart, Optional<String> sector) {
    @Override
    public String toString() {
      return code + (code.startsWith(codePart) ? "" : "(" + codePart + ")");
    }
  }

  private int records;
  private int typeFound;
  private int typeFound05;
  private int withMode;
  private int modeRight;
  private int withSource;
  private int sourceRight;
  private int withTarget;
  private int targetRight;
  private int sectorsGiven;
  private int sectorsRight;
  private int allRight;
  private int noEvent;
  private final List<String> errors = new ArrayList<>();

  public void add(PloverRecord gold, List<Predicted> sentenceEvents) {
    records++;
    List<Predicted> atEventWords = sentenceEvents.stream().filter(p -> atEventWords(p, gold)).toList();
    List<Predicted> predicted = atEventWords.isEmpty() ? sentenceEvents : atEventWords;
    boolean typeHit = predicted.stream().anyMatch(p -> sameType(p, gold.eventType()));
    if (typeHit) {
      typeFound++;
    }
    if (predicted.stream().anyMatch(p -> typeIn05(p).equals(Optional.of(gold.eventType())))) {
      typeFound05++;
    }
    Optional<Predicted> best = predicted.stream()
        .max(Comparator.comparingInt((Predicted p) -> sameType(p, gold.eventType()) ? 4 : 0)
            .thenComparingInt(p -> matches(p.source(), gold.sources()) ? 2 : 0)
            .thenComparingInt(p -> p.target().map(t -> matches(t, gold.targets())).orElse(false) ? 1 : 0)
            .thenComparingInt(p -> -predicted.indexOf(p)));
    if (best.isEmpty()) {
      noEvent++;
    }
    List<String> wrong = new ArrayList<>();
    if (!typeHit) {
      wrong.add("type");
    }
    if (gold.mode().isPresent()) {
      withMode++;
      String goldMode = MODE_IN_08.getOrDefault(gold.mode().get(), gold.mode().get());
      if (best.flatMap(Predicted::ploverMode).equals(Optional.of(goldMode))) {
        modeRight++;
      } else {
        wrong.add("mode");
      }
    }
    boolean sourceOk = true;
    if (!gold.sources().isEmpty()) {
      withSource++;
      sourceOk = best.map(p -> matches(p.source(), gold.sources())).orElse(false);
      if (sourceOk) {
        sourceRight++;
      } else {
        wrong.add("source");
      }
      best.ifPresent(p -> countSector(p.source(), gold.sources()));
    }
    boolean targetOk = true;
    if (!gold.targets().isEmpty()) {
      withTarget++;
      targetOk = best.flatMap(Predicted::target).map(t -> matches(t, gold.targets())).orElse(false);
      if (targetOk) {
        targetRight++;
      } else {
        wrong.add("target");
      }
      best.flatMap(Predicted::target).ifPresent(t -> countSector(t, gold.targets()));
    }
    if (typeHit && sourceOk && targetOk) {
      allRight++;
    }
    if (!wrong.isEmpty()) {
      errors.add(String.format(Locale.ROOT, "%-8s %s: expected %s%s %s -> %s; got %s | %s",
          String.join(",", wrong), gold.id(), gold.eventType(), gold.mode().map(m -> "/" + m).orElse(""), actors(gold.sources()), actors(gold.targets()),
          sentenceEvents.isEmpty() ? "no event" : sentenceEvents.stream().map(p -> (atEventWords(p, gold) ? "*" : "") + p).collect(Collectors.joining("; ")), gold.text()));
    }
  }

  /** True when one of the event's trigger words is one of the words the gold marks as the event. */
  static boolean atEventWords(Predicted p, PloverRecord gold) {
    return p.triggers().stream().flatMap(t -> java.util.Arrays.stream(t.toLowerCase(Locale.ROOT).split("\\s+"))).anyMatch(gold.eventWords()::contains);
  }

  /**
   * True when Annals' event has the gold's (PLOVER 0.5) type: its 0.8 type is the gold type's 0.8
   * name, or its type read back in 0.5 is the gold type (an eased curfew, RETREAT in 0.8, was
   * CONCEDE in 0.5).
   */
  static boolean sameType(Predicted p, String goldType) {
    return p.ploverType().equals(Optional.of(typeIn08(goldType))) || typeIn05(p).equals(Optional.of(goldType));
  }

  static String typeIn08(String goldType) {
    return TYPE_IN_08.getOrDefault(goldType, goldType);
  }

  /**
   * Annals' type in PLOVER 0.5's categories, from its CAMEO code by the README's root table (the
   * gold's era): 03 AGREE, 04 CONSULT, 05 SUPPORT, 06 COOPERATE, 07 AID, 081-083 CONCEDE, 084-087
   * RETREAT, 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 12 REJECT, 13 THREATEN, 14 PROTEST, 15
   * MOBILIZE, 16 SANCTION, 17 COERCE, 18 and 20 ASSAULT, 19 FIGHT. Besides renaming, the 2021
   * table moved a few codes out of their root's category: easing a curfew or a state of
   * emergency (0813, 0814) to RETREAT, destroying property and violent repression (1712, 175) to
   * ASSAULT, blockades and occupying territory (191, 192) to COERCE; in 0.5 they are CONCEDE,
   * COERCE and FIGHT. A resignation (0831, "accede to demands for change in leadership") is
   * RETREAT, as the gold records code resignations and the codebook defines RETREAT. Codes PLOVER
   * drops (01, 02) have no type.
   */
  static Optional<String> typeIn05(Predicted p) {
    if (p.ploverType().isEmpty()) {
      return Optional.empty();
    }
    String code = p.cameoCode();
    return Optional.ofNullable(switch (code.substring(0, 2)) {
      case "03" -> "AGREE";
      case "04" -> "CONSULT";
      case "05" -> "SUPPORT";
      case "06" -> "COOPERATE";
      case "07" -> "AID";
      // A resignation (0831) is RETREAT in the gold's own records, as in the codebook.
      case "08" -> (code.length() >= 3 && code.charAt(2) >= '4') || code.equals("0831") ? "RETREAT" : "CONCEDE";
      case "09" -> "INVESTIGATE";
      case "10" -> "DEMAND";
      case "11" -> "DISAPPROVE";
      case "12" -> "REJECT";
      case "13" -> "THREATEN";
      case "14" -> "PROTEST";
      case "15" -> "MOBILIZE";
      case "16" -> "SANCTION";
      case "17" -> "COERCE";
      case "18", "20" -> "ASSAULT";
      case "19" -> "FIGHT";
      default -> null;
    });
  }

  static String goldCodePart(GoldActor actor) {
    return GOLD_CODE_TYPOS.getOrDefault(actor.code(), actor.code());
  }

  private static boolean matches(PredictedActor actor, List<GoldActor> gold) {
    return gold.stream().anyMatch(g -> goldCodePart(g).equals(actor.codePart()));
  }

  private void countSector(PredictedActor actor, List<GoldActor> gold) {
    for (GoldActor g : gold) {
      if (g.sector().isEmpty() || ORGANISATION_CLASSES.contains(goldCodePart(g))) {
        continue;
      }
      if (goldCodePart(g).equals(actor.codePart())) {
        sectorsGiven++;
        String goldSector = goldSector(g.sector().get());
        if (actor.sector().equals(Optional.of(goldSector))) {
          sectorsRight++;
        }
        return;
      }
    }
    // Annals' actor is none of the gold ones: a wrong sector wherever the gold gives one.
    if (gold.stream().anyMatch(g -> g.sector().isPresent() && !ORGANISATION_CLASSES.contains(goldCodePart(g)))) {
      sectorsGiven++;
    }
  }

  /** The CAMEO agent code of a gold sector: its first three letters ("CVLkur" is CVL), read by {@link #GOLD_SECTOR_NAMES}. */
  static String goldSector(String sector) {
    String code = sector.substring(0, Math.min(3, sector.length()));
    return GOLD_SECTOR_NAMES.getOrDefault(code, code);
  }

  private static String actors(List<GoldActor> actors) {
    return actors.isEmpty() ? "-" : actors.stream().map(a -> a.code() + a.sector().orElse("")).collect(Collectors.joining("+"));
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  public double typeAccuracy() {
    return percent(typeFound, records);
  }

  public double typeAccuracy05() {
    return percent(typeFound05, records);
  }

  public double modeAccuracy() {
    return percent(modeRight, withMode);
  }

  public double sourceAccuracy() {
    return percent(sourceRight, withSource);
  }

  public double targetAccuracy() {
    return percent(targetRight, withTarget);
  }

  public double sectorAccuracy() {
    return percent(sectorsRight, sectorsGiven);
  }

  public double allRightShare() {
    return percent(allRight, records);
  }

  public List<String> errors() {
    return errors;
  }

  public String summary() {
    return String.format(Locale.ROOT,
        "annals     records=%d (no event in %d)  event type %.1f%% (%d/%d; in the gold's PLOVER 0.5 types %.1f%%)  mode %.1f%% (%d/%d)%n"
            + "           source code %.1f%% (%d/%d)  target code %.1f%% (%d/%d)  sector %.1f%% (%d/%d)  type+source+target %.1f%%",
        records, noEvent, typeAccuracy(), typeFound, records, typeAccuracy05(), modeAccuracy(), modeRight, withMode,
        sourceAccuracy(), sourceRight, withSource, targetAccuracy(), targetRight, withTarget, sectorAccuracy(), sectorsRight, sectorsGiven, allRightShare());
  }
}
