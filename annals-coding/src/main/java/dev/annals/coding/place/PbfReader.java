package dev.annals.coding.place;

/**
 * The little of the protocol buffers wire format that {@code cities.pbf} needs: varints, zigzag
 * varints and length-delimited fields, read from a byte array. Not thread-safe; one per parse.
 */
final class PbfReader {
  static final int VARINT = 0;
  static final int FIXED64 = 1;
  static final int LENGTH_DELIMITED = 2;
  static final int FIXED32 = 5;

  private final byte[] bytes;
  private int position;
  private final int limit;

  PbfReader(byte[] bytes) {
    this.bytes = bytes;
    this.position = 0;
    this.limit = bytes.length;
  }

  int position() {
    return position;
  }

  boolean hasMore() {
    return position < limit;
  }

  long readVarint() {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (position >= limit) {
        throw new IllegalStateException("truncated varint at byte " + position);
      }
      byte b = bytes[position++];
      result |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return result;
      }
    }
    throw new IllegalStateException("malformed varint ending at byte " + position);
  }

  /** A zigzag-encoded signed varint ({@code sint32}/{@code sint64}). */
  long readSVarint() {
    long raw = readVarint();
    return (raw >>> 1) ^ -(raw & 1);
  }

  /** Reads the length of a length-delimited field and checks that it fits. */
  int readLength() {
    long length = readVarint();
    if (length < 0 || length > limit - position) {
      throw new IllegalStateException("length " + length + " at byte " + position + " runs past the end (" + limit + ")");
    }
    return (int) length;
  }

  /** Moves past {@code length} bytes, returning where they started. */
  int skipBytes(int length) {
    int start = position;
    position += length;
    return start;
  }

  void skipField(int wireType) {
    switch (wireType) {
      case VARINT -> readVarint();
      case FIXED64 -> skipBytes(checked(8));
      case LENGTH_DELIMITED -> skipBytes(readLength());
      case FIXED32 -> skipBytes(checked(4));
      default -> throw new IllegalStateException("unsupported wire type " + wireType + " at byte " + position);
    }
  }

  private int checked(int length) {
    if (length > limit - position) {
      throw new IllegalStateException("field at byte " + position + " runs past the end");
    }
    return length;
  }

  byte[] bytes() {
    return bytes;
  }
}
