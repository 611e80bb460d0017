package dev.annals.model;

/** What sort of place a gazetteer entry is. */
public enum PlaceKind {
  CITY,
  ADMINISTRATIVE_REGION,
  COUNTRY,
  SEA,
  REGION,
  ISLAND,
  OTHER
}
