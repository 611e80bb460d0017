package dev.annals.coding.cameo;

import java.util.Set;

/** Verbs whose gerund no longer happens: "will stop buying grain", "ceased paying". */
public final class StoppingVerbs {
  private StoppingVerbs() {}

  /** Their lemmas. */
  public static final Set<String> LEMMAS = Set.of("stop", "cease");
}
