package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Ramaphosa telephoned President Mnangagwa to offer his condolences": the parser may read the
 * infinitive after a verb of contact as the object's to do ({@code xcomp(telephoned, offer)},
 * {@code nsubj:xsubj(offer, Mnangagwa)}), as after "urged him to". One calls, visits or meets
 * someone for a purpose of one's own: the infinitive is the caller's, {@code advcl(telephoned,
 * offer)}, {@code nsubj:xsubj(offer, Ramaphosa)}.
 */
public final class PurposeOfContactReadAsObjectControl implements ParseRepair {
  /**
   * Verbs of getting in touch with someone, whose "to" clause says why. Not "call", whose "called
   * on the authorities to comply" is an appeal the authorities are to answer.
   */
  public static final Set<String> CONTACT = Set.of("telephone", "phone", "ring", "visit", "meet", "host", "receive", "contact");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency complement : sentence) {
      int verb = complement.governor();
      int purpose = complement.dependent();
      if (verb < 0 || !complement.relation().equals("xcomp") || !CONTACT.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
          || !tokens.get(purpose).tag().equals("VB")) {
        continue;
      }
      List<Integer> objects = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("obj")).map(Dependency::dependent).toList();
      List<Integer> subjects = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")).map(Dependency::dependent).toList();
      boolean objectControls = sentence.stream().anyMatch(d -> d.governor() == purpose && d.relation().equals("nsubj:xsubj") && objects.contains(d.dependent()));
      // "its ambassador met Kuwait's deputy foreign minister on Wednesday to raise the case": or
      // with no controller given, which the coder reads as the object's too.
      boolean noController = !objects.isEmpty() && sentence.stream().noneMatch(d -> d.governor() == purpose && d.relation().startsWith("nsubj"));
      if (!(objectControls || noController) || subjects.isEmpty()) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        boolean controlled = d.governor() == purpose && d.relation().equals("nsubj:xsubj");
        if (d != complement && !controlled) {
          mended.add(d);
        }
      }
      mended.add(new Dependency(verb, purpose, "advcl"));
      subjects.forEach(subject -> mended.add(new Dependency(purpose, subject, "nsubj:xsubj")));
      return mended;
    }
    return sentence;
  }
}
