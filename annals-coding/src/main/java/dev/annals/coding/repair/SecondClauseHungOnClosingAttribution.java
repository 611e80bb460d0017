package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Malta's prime minister spoke by telephone with his Libyan counterpart on Sunday evening, and
 * the two agreed to reopen talks on their maritime boundary, his office said": the parser hangs
 * the closing attribution on the first clause ({@code parataxis(spoke, said)}) and makes the
 * second clause, opened by "and", what the attribution reports ({@code ccomp(said, agreed)}), so
 * that it is joined to nothing before it and "the two" have no pair to be. A clause opened by
 * ", and" before the closing attribution is joined to the first clause ({@code conj:and(spoke,
 * agreed)}); the attribution closes both.
 */
public final class SecondClauseHungOnClosingAttribution implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency reported : sentence) {
      int saying = reported.governor();
      int clause = reported.dependent();
      if (saying < 0 || !reported.relation().equals("ccomp") || clause > saying || !RepairWords.isSaying(tokens.get(saying))) {
        continue;
      }
      Optional<Integer> first = sentence.stream().filter(d -> d.dependent() == saying && d.relation().equals("parataxis") && d.governor() >= 0 && d.governor() < clause)
          .map(Dependency::governor).findFirst();
      Optional<Integer> and = sentence.stream().filter(d -> d.governor() == clause && d.relation().equals("cc") && tokens.get(d.dependent()).text().equalsIgnoreCase("and"))
          .map(Dependency::dependent).findFirst();
      if (first.isEmpty() || and.isEmpty() || and.get() < 1 || !tokens.get(and.get() - 1).text().equals(",") || !tokens.get(first.get()).isVerb()) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == reported ? new Dependency(first.get(), clause, "conj:and") : d);
    }
    return sentence;
  }
}
