package dev.annals.ingest;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DuplicateDetector} needs to recognise an article again, small enough to store next
 * to it: the normalised URL, a hash of the normalised text, and a MinHash signature of the text's
 * word shingles. Comparable across runs and machines: nothing in it depends on time, order or
 * locale. {@link #encode()} and {@link #decode(String)} turn it into one string and back.
 *
 * @param normalizedUrl the URL in {@link ArticleIds#normalizeUrl} form, when the article has one
 * @param textHash SHA-256 (hex) of the text in {@link ArticleIds#normalizeText} form
 * @param shingleCount how many distinct word shingles the text has; near-duplicate detection is
 *     only trusted from {@link DuplicateDetector#MIN_SHINGLES} on
 * @param signature MinHash values, {@link DuplicateDetector#SIGNATURE_SIZE} of them
 * @param publicationDate the article's date, when known: near-duplicates must be close in time
 */
public record Fingerprint(
    Optional<String> normalizedUrl, String textHash, int shingleCount, int[] signature,
    Optional<LocalDate> publicationDate) {
  /** Changes whenever shingling or hashing changes, so that old stored fingerprints are not compared with new. */
  public static final String VERSION = "mh1";

  public Fingerprint {
    Objects.requireNonNull(normalizedUrl, "normalizedUrl");
    Objects.requireNonNull(textHash, "textHash");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(publicationDate, "publicationDate");
    if (signature.length != DuplicateDetector.SIGNATURE_SIZE) {
      throw new IllegalArgumentException("a signature has " + DuplicateDetector.SIGNATURE_SIZE + " values, not "
          + signature.length);
    }
    if (shingleCount < 0) {
      throw new IllegalArgumentException("shingle count must not be negative: " + shingleCount);
    }
    signature = signature.clone();
  }

  @Override
  public int[] signature() {
    return signature.clone();
  }

  int signatureAt(int index) {
    return signature[index];
  }

  /**
   * The keys of the signature's locality-sensitive-hashing bands: two texts whose shingle sets
   * overlap by {@link DuplicateDetector#NEAR_DUPLICATE_SIMILARITY} or more share at least one
   * key with high probability (Jaccard 0.5: 87%, 0.6: 99%, 0.7: 99.96%), texts with little in
   * common rarely (0.3: 23%, 0.1: 0.3%); each candidate is then checked with
   * {@link DuplicateDetector#compare}.
   * A store indexes these to find candidate near-duplicates without comparing every pair.
   */
  public long[] bandKeys() {
    long[] keys = new long[DuplicateDetector.BANDS];
    for (int band = 0; band < DuplicateDetector.BANDS; band++) {
      long key = 0x9E3779B97F4A7C15L * (band + 1);
      for (int row = 0; row < DuplicateDetector.ROWS; row++) {
        key = DuplicateDetector.mix(key ^ (signature[band * DuplicateDetector.ROWS + row] & 0xffffffffL));
      }
      keys[band] = key;
    }
    return keys;
  }

  /**
   * One line: version, text hash, shingle count, date or "-", Base64 signature, URL (last, since
   * it may hold any character).
   */
  public String encode() {
    ByteBuffer bytes = ByteBuffer.allocate(signature.length * Integer.BYTES);
    for (int value : signature) {
      bytes.putInt(value);
    }
    return VERSION + " " + textHash + " " + shingleCount + " " + publicationDate.map(LocalDate::toString).orElse("-")
        + " " + Base64.getEncoder().withoutPadding()
        .encodeToString(bytes.array()) + normalizedUrl.map(url -> " " + url).orElse("");
  }

  /** The fingerprint {@link #encode()} wrote; an error naming the problem for anything else or an older version. */
  public static Fingerprint decode(String encoded) {
    String[] parts = encoded.split(" ", 6);
    if (parts.length < 5 || !parts[0].equals(VERSION)) {
      throw new IllegalArgumentException("not a fingerprint of version " + VERSION + ": "
          + encoded.substring(0, Math.min(40, encoded.length())));
    }
    ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(parts[4]));
    int[] signature = new int[bytes.remaining() / Integer.BYTES];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = bytes.getInt();
    }
    Optional<LocalDate> date = parts[3].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(parts[3]));
    return new Fingerprint(parts.length == 6 ? Optional.of(parts[5]) : Optional.empty(), parts[1],
        Integer.parseInt(parts[2]), signature, date);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fingerprint that && normalizedUrl.equals(that.normalizedUrl)
        && textHash.equals(that.textHash) && shingleCount == that.shingleCount
        && Arrays.equals(signature, that.signature) && publicationDate.equals(that.publicationDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(normalizedUrl, textHash, shingleCount, Arrays.hashCode(signature), publicationDate);
  }

  @Override
  public String toString() {
    return "Fingerprint[" + normalizedUrl.orElse("no url") + ", " + textHash.substring(0, 12) + ", "
        + shingleCount + " shingles]";
  }
}
