package dev.annals.coding.cameo;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that name events: verb patterns, nominal events and light verbs, from the files in
 * {@code cameo/}. A user's PETRARCH-format verb dictionary can be added by {@link
 * #withPetrarchVerbs}; the verbs it defines are then coded by it alone.
 */
public final class EventLexicon {
  private static final String BASE = "dev/annals/coding/cameo/";

  private final Map<String, List<VerbPattern>> verbs;
  private final Map<String, List<NounPattern>> nouns;
  private final Set<String> supportVerbs;
  private final Set<String> targetlessRoots;
  private final Set<String> mutualNouns;
  private final dev.annals.coding.petrarch.PetrarchVerbs petrarchVerbs;
  private final Set<String> proxyNouns = Set.copyOf(TsvFile.readWordList("dev/annals/coding/actors/proxy-nouns.txt"));
  private final Set<String> inquiryNouns = Set.copyOf(TsvFile.readWordList(BASE + "inquiry-nouns.txt"));

  private EventLexicon(Map<String, List<VerbPattern>> verbs, Map<String, List<NounPattern>> nouns, Set<String> supportVerbs, Set<String> targetlessRoots, Set<String> mutualNouns,
      dev.annals.coding.petrarch.PetrarchVerbs petrarchVerbs) {
    this.petrarchVerbs = petrarchVerbs;
    this.mutualNouns = Set.copyOf(mutualNouns);
    this.verbs = verbs;
    this.nouns = nouns;
    this.supportVerbs = Set.copyOf(supportVerbs);
    this.targetlessRoots = Set.copyOf(targetlessRoots);
  }

  public static EventLexicon load(CameoCodebook codebook) {
    Map<String, List<VerbPattern>> verbs = new HashMap<>();
    for (Row row : TsvFile.readResource(BASE + "verbs.tsv", 5)) {
      VerbPattern pattern = verbPattern(row);
      codebook.require(pattern.code(), row.file() + " line " + row.lineNumber());
      verbs.computeIfAbsent(pattern.verb(), k -> new ArrayList<>()).add(pattern);
    }
    Map<String, List<NounPattern>> nouns = new HashMap<>();
    for (Row row : TsvFile.readResource(BASE + "nouns.tsv", 4)) {
      NounPattern pattern =
          new NounPattern(
              row.field(0).strip(),
              row.field(1).strip().toLowerCase(Locale.ROOT),
              row.optional(2).map(s -> s.toLowerCase(Locale.ROOT)),
              new HashSet<>(lower(row.values(3))),
              new HashSet<>(flags(row, 4)),
              row.file() + ":" + row.lineNumber());
      codebook.require(pattern.code(), row.file() + " line " + row.lineNumber());
      nouns.computeIfAbsent(pattern.noun(), k -> new ArrayList<>()).add(pattern);
    }
    Set<String> support = new LinkedHashSet<>(TsvFile.readWordList(BASE + "support-verbs.txt"));
    verbs.values().forEach(list -> list.sort(Comparator.comparingInt(VerbPattern::specificity).reversed()));
    Set<String> targetless = new LinkedHashSet<>(TsvFile.readWordList(BASE + "targetless-roots.txt"));
    Set<String> mutual = new LinkedHashSet<>(TsvFile.readWordList(BASE + "mutual-nouns.txt"));
    return new EventLexicon(verbs, nouns, support, targetless, mutual, dev.annals.coding.petrarch.PetrarchVerbs.empty());
  }

  static VerbPattern verbPattern(Row row) {
    return new VerbPattern(
        row.field(0).strip(),
        row.field(1).strip().toLowerCase(Locale.ROOT),
        row.optional(2).map(s -> s.toLowerCase(Locale.ROOT)),
        new HashSet<>(lower(row.values(3))),
        TargetSlot.parse(row.values(4)),
        new HashSet<>(flags(row, 5)),
        row.file() + ":" + row.lineNumber());
  }

  private static List<String> lower(List<String> values) {
    return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
  }

  private static List<String> flags(Row row, int index) {
    return row.optional(index).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
  }

  /** This lexicon with a user's PETRARCH-format verbs, which take over the verbs they define. */
  public EventLexicon withPetrarchVerbs(dev.annals.coding.petrarch.PetrarchVerbs verbs) {
    return new EventLexicon(this.verbs, nouns, supportVerbs, targetlessRoots, mutualNouns, verbs);
  }

  /** True when a user's PETRARCH verb dictionary is loaded. */
  public boolean hasPetrarchVerbs() {
    return !petrarchVerbs.isEmpty();
  }

  /** The user's PETRARCH verbs this token may be, by spelling or lemma; empty without such a dictionary. */
  public List<dev.annals.coding.petrarch.PetrarchVerb> petrarchVerbs(dev.annals.model.Token token) {
    return petrarchVerbs.isEmpty() ? List.of() : petrarchVerbs.forToken(token.text(), token.lemma());
  }

  /** Verb patterns for a lemma, most specific first. */
  public List<VerbPattern> verbPatterns(String lemma) {
    return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  public List<NounPattern> nounPatterns(String lemma) {
    return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Things that stand for their owner when acted upon: ships, embassies, towns. */
  public boolean isProxyNoun(String lemma) {
    return proxyNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A noun of an inquiry ("investigation", "hearing"): cameo/inquiry-nouns.txt. */
  public boolean isInquiryNoun(String lemma) {
    return inquiryNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Nouns that name something two sides do together: "cooperation", "ties", "dialogue". */
  public boolean isMutualNoun(String lemma) {
    return mutualNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** True when events of this root category are worth keeping without a target. */
  public boolean allowsNoTarget(String rootCode) {
    return targetlessRoots.contains(rootCode);
  }

  public boolean isSupportVerb(String lemma) {
    return supportVerbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * True when the verb itself is a verb of saying ("say", "add"), not only with some object
   * ("give a speech", "issue a statement"), where the object decides.
   */
  public boolean isSpeechVerb(String lemma) {
    return verbPatterns(lemma).stream().anyMatch(p -> p.speech() && p.objects().isEmpty() && p.particle().isEmpty());
  }



}
