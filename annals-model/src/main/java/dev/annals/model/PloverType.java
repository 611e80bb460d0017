package dev.annals.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CAMEO code becomes in PLOVER, the Open Event Data Alliance's successor to CAMEO: an
 * event type, how it was done (mode) and what it was about (context).
 *
 * @param eventType PLOVER event type in capitals: "AGREE", "ACCUSE", "ASSAULT"
 * @param mode how: "visit", "disapprove", "heavy-weapons"; empty when PLOVER gives none
 * @param contexts about what: "military", "economic"; empty when PLOVER gives none
 */
public record PloverType(String eventType, Optional<String> mode, List<String> contexts) {
  public PloverType {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(mode, "mode");
    contexts = List.copyOf(contexts);
    if (!eventType.matches("[A-Z]+")) {
      throw new IllegalArgumentException("PLOVER event type must be capital letters, was '" + eventType + "'");
    }
    if (mode.isPresent() && mode.get().isBlank()) {
      throw new IllegalArgumentException("PLOVER mode of " + eventType + " must not be blank; leave it empty instead");
    }
  }
}
