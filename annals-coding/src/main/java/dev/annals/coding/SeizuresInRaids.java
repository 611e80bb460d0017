package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Egyptian police raided the Cairo office of a German political foundation, seized computers and
 * files and detained two of its employees": what a side seizes in a raid it tells in the same
 * sentence, naming no one it was taken from, is taken from those whose place was raided.
 */
final class SeizuresInRaids {
  private static final String SEIZURE = "171";
  private static final String RAID = "raid";

  private SeizuresInRaids() {}

  static List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> isSeizureOfNoOne(m) ? raided(index, coded, m).map(m::withTarget).orElse(m) : m).toList();
  }

  private static boolean isSeizureOfNoOne(CodedMention m) {
    return m.type().code().startsWith(SEIZURE) && m.target().isEmpty() && !m.negated();
  }

  private static Optional<dev.annals.model.ActorMention> raided(DependencyIndex index, List<CodedMention> coded, CodedMention seizure) {
    return coded.stream().filter(r -> r != seizure && r.sentence() == seizure.sentence() && r.target().isPresent() && !r.negated()
            && index.lemma(r.trigger()).toLowerCase(Locale.ROOT).equals(RAID) && r.source().actor().code().equals(seizure.source().actor().code()))
        .map(r -> r.target().get()).findFirst();
  }
}
