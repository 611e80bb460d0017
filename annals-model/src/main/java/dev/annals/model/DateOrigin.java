package dev.annals.model;

/** Where an event date came from. */
public enum DateOrigin {
  /** A time expression attached to the event in its sentence. */
  TIME_EXPRESSION,
  /** A time expression elsewhere in the sentence or in an earlier sentence that frames it. */
  CONTEXT,
  /** No time expression: the article's publication date. */
  PUBLICATION
}
