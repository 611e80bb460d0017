package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Mali expelled a counsellor at Ivory Coast's embassy in Bamako": the parser hangs "at the
 * embassy" on the verb ({@code obl:at(expelled, embassy)}), as if the expelling took place there.
 * A diplomat, official or employee right before "at" a mission is one of that mission's staff,
 * so the phrase belongs to the object: {@code nmod:at(counsellor, embassy)}, and the staff are
 * the mission's country's.
 */
public final class EmbassyPostHungOnVerb implements ParseRepair {
  private static final Set<String> MISSION_NOUNS = Set.of("embassy", "consulate", "mission", "legation");
  private static final Set<String> STAFF_NOUNS = Set.of("diplomat", "counsellor", "counselor", "attache", "attaché", "secretary", "official", "officer",
      "employee", "staffer", "consul", "envoy", "spokesman", "spokeswoman");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency at : sentence) {
      int verb = at.governor();
      int mission = at.dependent();
      if (verb < 0 || !at.relation().equals("obl:at") || !MISSION_NOUNS.contains(lemma(tokens, mission))) {
        continue;
      }
      for (Dependency obj : sentence) {
        int object = obj.dependent();
        // "at" is the word right after the object's head, so the phrase can only be the object's.
        boolean adjacent = object + 1 < mission && sentence.stream().anyMatch(d -> d.governor() == mission && d.dependent() == object + 1 && d.relation().equals("case"));
        if (obj.governor() == verb && obj.relation().equals("obj") && adjacent && STAFF_NOUNS.contains(lemma(tokens, object))) {
          return DependencyEdits.replaced(sentence, at, new Dependency(object, mission, "nmod:at"));
        }
      }
    }
    return sentence;
  }

  private static String lemma(List<Token> tokens, int token) {
    return tokens.get(token).lemma().toLowerCase(Locale.ROOT);
  }
}
