package dev.annals.ingest;

import dev.annals.model.Article;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether two articles are the same report: exactly (the same URL after normalisation, or
 * the same text after normalisation of case, white space, quotes and dashes) or nearly
 * (re-published with small changes: an edited sentence, a changed headline, a line added).
 *
 * <p>Near-duplicates by MinHash: the text's words (lower case, letters and digits) are cut into
 * overlapping shingles of {@value #SHINGLE_WORDS} words; {@value #SIGNATURE_SIZE} seeded hash
 * functions each keep their smallest value over the shingles; the share of equal positions in two
 * signatures estimates the Jaccard similarity of the two shingle sets. Two texts are
 * near-duplicates at an estimated similarity of {@value #NEAR_DUPLICATE_SIMILARITY} or more. One
 * sentence rewritten in a six-paragraph report leaves about 0.7; two different reports on the same
 * event, written separately, share well under 0.1 (they share names, not four-word runs); an
 * agency's rewrite of its own story later the same day lands between 0.5 and 0.7. With
 * {@value #SIGNATURE_SIZE} hash functions the estimate's standard error is about 0.045 near the
 * threshold. Texts
 * with fewer than {@value #MIN_SHINGLES} shingles are compared exactly only: a brief of a dozen
 * words has too few shingles for an estimate. And two dated texts more than
 * {@value #MAX_DAYS_APART} days apart are never near-duplicates: agencies send templated reports
 * (a market close, a weather bulletin) that differ only in their figures and weekday, and each is
 * news of its own day.
 *
 * <p>Stateless and thread-safe; fingerprints are stable across runs (fixed seeds, no locale).
 */
public final class DuplicateDetector {
  public static final int SHINGLE_WORDS = 4;
  public static final int BANDS = 32;
  public static final int ROWS = 4;
  public static final int SIGNATURE_SIZE = BANDS * ROWS;
  public static final double NEAR_DUPLICATE_SIMILARITY = 0.5;
  public static final int MIN_SHINGLES = 12;
  public static final int MAX_DAYS_APART = 2;

  private static final long[] SEEDS = new long[SIGNATURE_SIZE];

  static {
    long state = 0x5DEECE66DL;
    for (int i = 0; i < SEEDS.length; i++) {
      state += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(state);
    }
  }

  /** How two articles relate. */
  public enum Kind {
    SAME_URL,
    SAME_TEXT,
    NEAR_DUPLICATE,
    DIFFERENT
  }

  /**
   * The verdict on two fingerprints.
   *
   * @param kind the strongest relation that holds
   * @param similarity estimated Jaccard similarity of the texts' shingle sets, 0 to 1 (1 for the same text)
   */
  public record Verdict(Kind kind, double similarity) {
    public Verdict {
      Objects.requireNonNull(kind, "kind");
    }

    public boolean isDuplicate() {
      return kind != Kind.DIFFERENT;
    }
  }

  public Fingerprint fingerprint(Article article) {
    return fingerprint(article.text(), article.url(), article.publicationDate());
  }

  public Fingerprint fingerprint(String text, Optional<String> url) {
    return fingerprint(text, url, Optional.empty());
  }

  public Fingerprint fingerprint(String text, Optional<String> url, Optional<LocalDate> publicationDate) {
    String normalized = ArticleIds.normalizeText(text);
    Set<Long> shingles = shinglesOfNormalized(normalized);
    int[] signature = new int[SIGNATURE_SIZE];
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < SIGNATURE_SIZE; i++) {
        int value = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
        if (value < signature[i]) {
          signature[i] = value;
        }
      }
    }
    return new Fingerprint(url.map(ArticleIds::normalizeUrl), ArticleIds.sha256Hex(normalized),
        shingles.size(), signature, publicationDate);
  }

  public Verdict compare(Fingerprint a, Fingerprint b) {
    if (a.normalizedUrl().isPresent() && a.normalizedUrl().equals(b.normalizedUrl())) {
      return new Verdict(Kind.SAME_URL, a.textHash().equals(b.textHash()) ? 1.0 : similarity(a, b));
    }
    if (a.textHash().equals(b.textHash())) {
      return new Verdict(Kind.SAME_TEXT, 1.0);
    }
    double similarity = similarity(a, b);
    if (a.shingleCount() >= MIN_SHINGLES && b.shingleCount() >= MIN_SHINGLES
        && similarity >= NEAR_DUPLICATE_SIMILARITY && closeInTime(a, b)) {
      return new Verdict(Kind.NEAR_DUPLICATE, similarity);
    }
    return new Verdict(Kind.DIFFERENT, similarity);
  }

  private static boolean closeInTime(Fingerprint a, Fingerprint b) {
    if (a.publicationDate().isEmpty() || b.publicationDate().isEmpty()) {
      return true;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(a.publicationDate().get(), b.publicationDate().get()));
    return days <= MAX_DAYS_APART;
  }

  /** The share of signature positions where the two agree: an estimate of the shingle sets' Jaccard similarity. */
  public static double similarity(Fingerprint a, Fingerprint b) {
    if (a.shingleCount() == 0 || b.shingleCount() == 0) {
      return a.shingleCount() == b.shingleCount() ? 1.0 : 0.0;
    }
    int equal = 0;
    for (int i = 0; i < SIGNATURE_SIZE; i++) {
      if (a.signatureAt(i) == b.signatureAt(i)) {
        equal++;
      }
    }
    return equal / (double) SIGNATURE_SIZE;
  }

  /** Hashes of the text's word shingles; a text shorter than one shingle is one shingle of all its words. */
  static Set<Long> shingles(String text) {
    return shinglesOfNormalized(ArticleIds.normalizeText(text));
  }

  private static Set<Long> shinglesOfNormalized(String normalized) {
    String[] words = normalized.split("[^\\p{L}\\p{N}]+");
    long[] wordHashes = Arrays.stream(words).filter(word -> !word.isEmpty()).mapToLong(DuplicateDetector::hash)
        .toArray();
    Set<Long> shingles = new HashSet<>(Math.max(16, wordHashes.length * 2));
    int width = Math.min(SHINGLE_WORDS, wordHashes.length);
    for (int start = 0; start + width <= wordHashes.length && width > 0; start++) {
      long shingle = 0x2545F4914F6CDD1DL;
      for (int i = start; i < start + width; i++) {
        shingle = mix(shingle * 31 + wordHashes[i]);
      }
      shingles.add(shingle);
    }
    return shingles;
  }

  /** 64-bit FNV-1a over UTF-8, finished with a mixer. */
  private static long hash(String value) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return mix(hash);
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
