package dev.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who acts or is acted upon, in CAMEO's conventions.
 *
 * @param code CAMEO-style code: ISO-3 country plus sector (RUSGOV), an organisation (NATO) or a
 *     region (WST)
 * @param name canonical name: the person's full name, or the country's or organisation's name
 * @param country ISO-3 code of the country the actor belongs to, when it has one
 * @param sector sector code (GOV, MIL, BUS, ...), when known
 * @param kind what sort of actor this is
 */
public record Actor(String code, String name, Optional<String> country, Optional<String> sector, ActorKind kind) {
  public Actor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(kind, "kind");
    if (code.isBlank()) {
      throw new IllegalArgumentException("actor code must not be blank (actor " + name + ")");
    }
  }
}
