package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.repair.PurposeOfContactReadAsObjectControl;
import dev.annals.model.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The Libyan prime minister telephoned President Tebboune on Wednesday to offer condolences": an
 * act told as the purpose of a call, visit or meeting, with no one named to receive it, is aimed
 * at whom the caller got in touch with.
 */
final class PurposesOfContact {
  /** The relations of a purpose clause on its verb. */
  private static final Set<String> PURPOSE = Set.of("advcl", "advcl:to", "xcomp");
  /** Contacts made by telephone. */
  private static final Set<String> CALL_VERBS = Set.of("telephone", "phone", "call", "ring");
  private static final String STATEMENT = "010";

  private PurposesOfContact() {}

  static List<CodedMention> aim(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      if (m.target().isPresent()) {
        result.add(m);
        continue;
      }
      Optional<CodedMention> contact = contact(index, coded, m);
      if (contact.isEmpty()) {
        result.add(m);
      } else if (isTellingInACall(index, m, contact.get())) {
        // "President Chapo telephoned Montenegro to tell him the engineers were safe": what a
        // call was made to tell is said in the call (as StatementsInCalls reads "told him in a
        // call"), the call's own event.
        result.add(m.withTarget(contact.get().target().get()).withType(contact.get().type()));
      } else {
        result.add(m.withTarget(contact.get().target().get()));
      }
    }
    return result;
  }

  private static boolean isTellingInACall(DependencyIndex index, CodedMention m, CodedMention contact) {
    return m.speech() && m.type().code().equals(STATEMENT) && CALL_VERBS.contains(index.lemma(contact.trigger()));
  }

  /** The coded contact (call, visit, meeting) whose purpose m tells, made by m's source with someone named. */
  private static Optional<CodedMention> contact(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    for (Dependency purpose : index.parents(m.trigger())) {
      int contact = purpose.governor();
      if (contact < 0 || !PURPOSE.contains(purpose.relation()) || !PurposeOfContactReadAsObjectControl.CONTACT.contains(index.lemma(contact))
          || !index.hasChildLemma(m.trigger(), "mark", Set.of("to"))) {
        continue;
      }
      Optional<CodedMention> whom = coded.stream()
          .filter(c -> c.trigger() == contact && c.target().isPresent() && c.source().actor().code().equals(m.source().actor().code()))
          .findFirst();
      if (whom.isPresent()) {
        return whom;
      }
    }
    return Optional.empty();
  }
}
