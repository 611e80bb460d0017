package dev.annals.app.store;

import dev.annals.coding.place.UsState;
import dev.annals.store.Divisions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The first-level divisions Annals can name for GDELT's ADM1 columns: a place that is a US state
 * (an administrative region in the USA named as {@code place/us-states.tsv} names it) is its own
 * division, coded by its USPS code as GDELT does ("USCA"). Annals' places do not carry the
 * division they lie in, so a US city or county, and every place elsewhere, gets none here.
 */
public final class UsStateDivisions implements Divisions {
  private final Map<String, String> postalByName = new HashMap<>();

  private UsStateDivisions() {
    for (UsState state : UsState.load()) {
      postalByName.put(state.name().toLowerCase(Locale.ROOT), state.postal());
    }
  }

  /** The divisions of us-states.tsv, read on first use. */
  public static Divisions shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final UsStateDivisions INSTANCE = new UsStateDivisions();
  }

  @Override
  public Optional<String> of(String name, String country, String kind) {
    if (!"USA".equals(country) || !"administrative_region".equals(kind)) {
      return Optional.empty();
    }
    return Optional.ofNullable(postalByName.get(name.toLowerCase(Locale.ROOT)));
  }
}
