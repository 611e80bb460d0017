package dev.annals.model;

/** What sort of thing an actor code stands for. */
public enum ActorKind {
  /** A country or its institutions: RUS, RUSGOV, CHNMIL. */
  STATE,
  /** A named person, coded by the country and sector they act for. */
  PERSON,
  /** An international organisation or alliance: NATO, UN, AUKUS. */
  ORGANISATION,
  /** A region or bloc: WST, EUR, AFR. */
  REGION,
  /** A group or sector without a country: rebels, protesters, media. */
  GROUP,
  /**
   * A political party, coded as its country's government while it governs and its opposition
   * otherwise (ZAFGOV for the ANC): a body of its own beside the government's other actors.
   */
  PARTY
}
