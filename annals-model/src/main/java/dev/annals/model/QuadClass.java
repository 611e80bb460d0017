package dev.annals.model;

/** GDELT's four-way division of CAMEO root codes. */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** The number GDELT writes in its QuadClass column. */
  public int number() {
    return number;
  }

  public static QuadClass ofNumber(int number) {
    for (QuadClass quadClass : values()) {
      if (quadClass.number == number) {
        return quadClass;
      }
    }
    throw new IllegalArgumentException("quad class must be 1 to 4, was " + number);
  }
}
