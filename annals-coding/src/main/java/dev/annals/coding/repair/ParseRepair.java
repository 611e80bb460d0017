package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * The mend of one dependency-parse error that CoreNLP makes often in news. A repair recognises
 * its misparse by words, tags and edges, rebuilds only the edges of that construction and leaves
 * the rest of the sentence as it was.
 *
 * <p>Contract: it never changes the list it is given; when it finds nothing to mend it returns
 * that very list, otherwise a new one. It mends the first occurrence it finds and no other, and it
 * reads the sentence as the repairs before it in {@code ParseRepairs}' order left it, so a repair
 * may count on an earlier one having run.
 */
@FunctionalInterface
public interface ParseRepair {
  /**
   * @param tokens the whole article's tokens, indexed as the dependencies index them
   * @param sentence one sentence's dependencies
   * @return the sentence's dependencies, mended or as they were
   */
  List<Dependency> apply(List<Token> tokens, List<Dependency> sentence);
}
