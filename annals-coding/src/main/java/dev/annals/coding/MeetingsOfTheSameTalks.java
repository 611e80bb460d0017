package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Set;

/**
 * "Argentina's foreign ministry said it was willing to discuss the toll with Asuncion at a
 * Mercosur meeting next month": the meeting a verb of talks is held at is those talks, not talks
 * of their own; the bloc that names the meeting is its forum, not a side that talks. A noun event
 * that is where or during which a verb event of the same root happens, in its sentence, is that
 * event.
 */
final class MeetingsOfTheSameTalks {
  /** How a verb names the occasion it happens at: "at a meeting", "during the summit". */
  private static final Set<String> OCCASION_RELATIONS = Set.of("obl:at", "obl:during");

  private MeetingsOfTheSameTalks() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !occasionOfTheSameAct(index, m, coded)).toList();
  }

  private static boolean occasionOfTheSameAct(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    if (!index.token(m.trigger()).isNoun()) {
      return false;
    }
    return index.parents(m.trigger()).stream().filter(d -> OCCASION_RELATIONS.contains(d.relation()) && d.governor() >= 0)
        .anyMatch(d -> coded.stream().anyMatch(verb -> verb != m && verb.sentence() == m.sentence() && verb.trigger() == d.governor()
            && verb.type().rootCode().equals(m.type().rootCode())));
  }
}
