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

  private PurposesOfContact() {}

  static List<CodedMention> aim(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      result.add(m.target().isPresent() ? m : contacted(index, coded, m).map(m::withTarget).orElse(m));
    }
    return result;
  }

  private static Optional<dev.annals.model.ActorMention> contacted(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    for (Dependency purpose : index.parents(m.trigger())) {
      int contact = purpose.governor();
      if (contact < 0 || !PURPOSE.contains(purpose.relation()) || !PurposeOfContactReadAsObjectControl.CONTACT.contains(index.lemma(contact))
          || !index.hasChildLemma(m.trigger(), "mark", Set.of("to"))) {
        continue;
      }
      Optional<dev.annals.model.ActorMention> whom = coded.stream()
          .filter(c -> c.trigger() == contact && c.target().isPresent() && c.source().actor().code().equals(m.source().actor().code()))
          .map(c -> c.target().get()).findFirst();
      if (whom.isPresent()) {
        return whom;
      }
    }
    return Optional.empty();
  }
}
