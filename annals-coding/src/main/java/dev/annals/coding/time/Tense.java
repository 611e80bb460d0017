package dev.annals.coding.time;

/** Which way an underspecified date ("on Friday", "in March") points from the reference date. */
public enum Tense {
  PAST,
  FUTURE,
  UNKNOWN
}
