package dev.annals.coding.cameo;

import java.util.Set;

/**
 * Nouns for letting someone or something go: "the release of the hostages", "their freedom", "the
 * return of the island". Whose release it is (its "of" or possessor) is who is freed, never who is
 * asked to free them; that is whoever holds them.
 */
public final class ReleaseNouns {
  private static final Set<String> NOUNS = Set.of("release", "freedom", "return", "repatriation");

  private ReleaseNouns() {}

  public static boolean contains(String lemma) {
    return NOUNS.contains(lemma);
  }
}
