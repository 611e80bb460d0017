package dev.annals.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fingerprints of the articles seen so far, in memory, to find whether a new article repeats
 * one of them. Thread-safe: ingest threads call {@link #addIfNew} concurrently and exactly one of
 * two racing copies is kept. A store that keeps fingerprints can fill it with {@link #add} at the
 * start of a run (about 0.5 KB per article), or do the same lookups itself: by normalised URL, by
 * text hash, and by {@link Fingerprint#bandKeys()} for near-duplicate candidates, each candidate
 * then checked with {@link DuplicateDetector#compare}.
 */
public final class DuplicateIndex {
  /**
   * A new article's match among the articles already seen.
   *
   * @param articleId the id the earlier article was added under
   * @param verdict how the two relate
   */
  public record Match(String articleId, DuplicateDetector.Verdict verdict) {
    public Match {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  private final DuplicateDetector detector;
  private final Map<String, String> byUrl = new HashMap<>();
  private final Map<String, String> byText = new HashMap<>();
  private final Map<Long, List<String>> byBand = new HashMap<>();
  private final Map<String, Fingerprint> fingerprints = new HashMap<>();

  public DuplicateIndex(DuplicateDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  public synchronized int size() {
    return fingerprints.size();
  }

  /** The earlier article this one repeats, the most similar when several do. */
  public synchronized Optional<Match> find(Fingerprint fingerprint) {
    Optional<String> sameUrl = fingerprint.normalizedUrl().map(byUrl::get);
    if (sameUrl.isPresent()) {
      return Optional.of(new Match(sameUrl.get(), detector.compare(fingerprint, fingerprints.get(sameUrl.get()))));
    }
    String sameText = byText.get(fingerprint.textHash());
    if (sameText != null) {
      return Optional.of(new Match(sameText, detector.compare(fingerprint, fingerprints.get(sameText))));
    }
    Match best = null;
    for (long key : fingerprint.bandKeys()) {
      for (String candidate : byBand.getOrDefault(key, List.of())) {
        DuplicateDetector.Verdict verdict = detector.compare(fingerprint, fingerprints.get(candidate));
        if (verdict.isDuplicate() && (best == null || verdict.similarity() > best.verdict().similarity())) {
          best = new Match(candidate, verdict);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Remembers an article's fingerprint; a second add under the same id replaces nothing and is ignored. */
  public synchronized void add(String articleId, Fingerprint fingerprint) {
    Objects.requireNonNull(articleId, "articleId");
    if (fingerprints.putIfAbsent(articleId, fingerprint) != null) {
      return;
    }
    fingerprint.normalizedUrl().ifPresent(url -> byUrl.putIfAbsent(url, articleId));
    byText.putIfAbsent(fingerprint.textHash(), articleId);
    if (fingerprint.shingleCount() >= DuplicateDetector.MIN_SHINGLES) {
      for (long key : fingerprint.bandKeys()) {
        byBand.computeIfAbsent(key, k -> new ArrayList<>(1)).add(articleId);
      }
    }
  }

  /** Adds the article unless it repeats one already here; returns that one when it does. Atomic. */
  public synchronized Optional<Match> addIfNew(String articleId, Fingerprint fingerprint) {
    Optional<Match> match = find(fingerprint);
    if (match.isEmpty()) {
      add(articleId, fingerprint);
    }
    return match;
  }
}
