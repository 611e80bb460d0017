package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Britain's foreign secretary expressed deep regret for the slave trade but did not offer a formal
 * apology": regret that its own sentence says stopped short of an apology is no apology (055) but
 * sympathy told (018). Regret alone stays the apology the lexicon reads it as.
 */
final class RegretShortOfApology {
  /** CAMEO's apology. */
  static final String APOLOGY = "055";
  /** Words of regret the lexicon reads as an apology. */
  private static final Set<String> REGRET_WORDS = Set.of("regret", "remorse");

  private final EventType sympathy;

  RegretShortOfApology(CameoCodebook codebook) {
    this.sympathy = codebook.require("018", "regret short of an apology");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> isRegretShortOfApology(index, m, coded) ? m.withType(sympathy) : m).toList();
  }

  private static boolean isRegretShortOfApology(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    boolean regret = m.type().code().equals(APOLOGY) && !m.negated()
        && index.children(m.trigger(), Set.of("obj")).stream().anyMatch(o -> REGRET_WORDS.contains(index.lemma(o).toLowerCase(Locale.ROOT)));
    return regret && coded.stream().anyMatch(other -> other != m && other.sentence() == m.sentence() && other.negated()
        && other.type().code().equals(APOLOGY) && other.source().actor().code().equals(m.source().actor().code()));
  }
}
