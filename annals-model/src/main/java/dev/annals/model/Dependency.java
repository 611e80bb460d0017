package dev.annals.model;

import java.util.Objects;

/**
 * One edge of a sentence's enhanced++ Universal Dependencies graph.
 *
 * @param governor article-wide token index of the head, or -1 for the root
 * @param dependent article-wide token index of the dependent
 * @param relation relation name with its enhanced suffix, e.g. {@code nsubj}, {@code obl:with},
 *     {@code nmod:poss}, {@code conj:and}
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (dependent < 0 || governor < -1) {
      throw new IllegalArgumentException("bad dependency " + governor + " -> " + dependent);
    }
  }

  /** The relation without its enhanced suffix: {@code obl:with} gives {@code obl}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The enhanced suffix, e.g. the preposition of {@code obl:with}, or empty. */
  public String suffix() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
