package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Dependency;

/** Clausal complements that the parser calls "ccomp" but that are controlled verbs all the same. */
final class InfinitiveComplements {
  private InfinitiveComplements() {}

  /** "is due to discuss" parsed as a clausal complement with "to": a controlled verb all the same. */
  static boolean is(DependencyIndex index, Dependency parent) {
    return parent.relation().equals("ccomp")
        && index.children(parent.dependent()).stream().anyMatch(d -> d.relation().equals("mark") && index.lemma(d.dependent()).equals("to"))
        && index.children(parent.dependent()).stream().noneMatch(d -> d.relation().startsWith("nsubj"));
  }
}
