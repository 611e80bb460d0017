package dev.annals.coding.cameo;

import java.util.Set;

/**
 * Verbs of attempting: what is attempted is no announcement ("attempted to assassinate"), and what
 * was tried in the past was tried then ("activists who tried to march on Thursday").
 */
public final class AttemptVerbs {
  private AttemptVerbs() {}

  /** Their lemmas. */
  public static final Set<String> LEMMAS = Set.of("try", "attempt");
}
