package dev.annals.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Bytes of a text file turned into text the way Annals reads every text input.
 *
 * <p>UTF-8 first. Bytes that are not valid UTF-8 are decoded as Windows-1252 instead of being
 * replaced, when they are valid Windows-1252: old news archives are mostly Latin-1 or
 * Windows-1252, and a curly quote or an accented name survives where replacement characters
 * would lose it (the same choice {@code annals code} makes for a single article file). Bytes that
 * are neither (Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined) are refused with
 * the offset of the first bad byte. A byte-order mark is dropped and line ends become {@code \n}.
 *
 * @param text the decoded text
 * @param fellBackToWindows1252 whether the bytes were not valid UTF-8
 */
public record DecodedText(String text, boolean fellBackToWindows1252) {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public DecodedText {
    Objects.requireNonNull(text, "text");
  }

  /** Decodes bytes, or says why they are not text ("a binary file, not text"). */
  public static Result decode(byte[] bytes) {
    Optional<String> binary = binaryReason(bytes);
    if (binary.isPresent()) {
      return new Result(Optional.empty(), binary);
    }
    Optional<String> utf8 = strictly(StandardCharsets.UTF_8, bytes);
    if (utf8.isPresent()) {
      return new Result(Optional.of(new DecodedText(normalizeLineEnds(utf8.get()), false)), Optional.empty());
    }
    Optional<String> windows1252 = strictly(WINDOWS_1252, bytes);
    if (windows1252.isPresent()) {
      return new Result(Optional.of(new DecodedText(normalizeLineEnds(windows1252.get()), true)), Optional.empty());
    }
    return new Result(Optional.empty(), Optional.of(
        "is not text in UTF-8 (invalid byte sequence at byte " + firstInvalidUtf8Byte(bytes)
            + ") nor in Windows-1252"));
  }

  /** The text when every byte is valid in the charset. */
  public static Optional<String> strictly(Charset charset, byte[] bytes) {
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The offset of the first byte that does not decode as UTF-8, for messages a user can act on. */
  public static int firstInvalidUtf8Byte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }

  /** Drops a byte-order mark and turns CR LF and CR into LF. */
  public static String normalizeLineEnds(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** A NUL byte, or more control characters than a text ever has, means a binary file. */
  static Optional<String> binaryReason(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.of("is a binary file, not text");
      }
      if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > bytes.length / 100 + 2) {
      return Optional.of("is a binary file, not text");
    }
    return Optional.empty();
  }

  /** Either decoded text or the reason there is none. */
  public record Result(Optional<DecodedText> decoded, Optional<String> problem) {
    public Result {
      Objects.requireNonNull(decoded, "decoded");
      Objects.requireNonNull(problem, "problem");
      if (decoded.isPresent() == problem.isPresent()) {
        throw new IllegalArgumentException("exactly one of decoded text and problem");
      }
    }
  }
}
