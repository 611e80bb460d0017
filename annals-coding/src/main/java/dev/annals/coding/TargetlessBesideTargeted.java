package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;

/**
 * With PETRARCH dictionaries, a sentence that yields an event with a target does not also yield
 * its targetless ones: "X restored ties with Y, a senior official said" is X→Y, and "Ethiopia
 * indicated it would act with Libya" is the act, not the indication.
 */
final class TargetlessBesideTargeted {
  private TargetlessBesideTargeted() {}

  static List<CodedMention> drop(List<CodedMention> coded) {
    // An event with neither a target nor a source of known country ("a senior official said")
    // says nothing either.
    return coded.stream()
        .filter(m -> m.target().isPresent() || coded.stream().noneMatch(o -> o.sentence() == m.sentence() && o.target().isPresent()))
        .filter(m -> m.target().isPresent() || m.source().actor().country().isPresent())
        .toList();
  }
}
