package dev.annals.model;

/** How exactly an event date is known. */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR
}
