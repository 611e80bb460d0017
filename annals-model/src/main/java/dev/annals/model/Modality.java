package dev.annals.model;

/** How the text presents an event. */
public enum Modality {
  /** Said to have happened or to be happening. */
  ASSERTED,
  /** Planned, expected, scheduled: "is set to", "will", "plans to". */
  INTENDED,
  /** Possible or conditional: "could", "might", "if". */
  HYPOTHETICAL,
  /** Reported as someone's claim: the content of "X said that ...". */
  REPORTED
}
