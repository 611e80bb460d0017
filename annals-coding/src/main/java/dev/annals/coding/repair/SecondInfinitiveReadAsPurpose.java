package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "called on the authorities to protect diplomats and to punish those responsible": the parser
 * takes the first infinitive for the verb's complement ({@code xcomp(called, protect)}) but the
 * second, after "and to", for a purpose of its own ({@code advcl:to(called, punish)}), so the
 * punishing becomes the caller's deed. Joined by "and" or "or" after a complement of the same
 * verb, it is a second complement: {@code xcomp(called, punish)}, joined to the first, with the
 * first's controller as its subject.
 */
public final class SecondInfinitiveReadAsPurpose implements ParseRepair {
  private static final Set<String> JOINING = Set.of("and", "or");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency purpose : sentence) {
      int verb = purpose.governor();
      int second = purpose.dependent();
      if (verb < 0 || !purpose.relation().equals("advcl:to") || second < 2 || !tokens.get(second - 1).text().equalsIgnoreCase("to")
          || !JOINING.contains(tokens.get(second - 2).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Dependency> first = sentence.stream()
          .filter(d -> d.governor() == verb && d.relation().equals("xcomp") && d.dependent() < second && tokens.get(d.dependent()).tag().equals("VB")).findFirst();
      if (first.isEmpty()) {
        continue;
      }
      int complement = first.get().dependent();
      int joiner = second - 2;
      String joined = "conj:" + tokens.get(joiner).text().toLowerCase(Locale.ROOT);
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> d == purpose ? new Dependency(verb, second, "xcomp")
          : d.dependent() == joiner && d.relation().equals("cc") ? new Dependency(second, joiner, "cc") : d);
      mended.add(new Dependency(complement, second, joined));
      for (Dependency d : sentence) {
        if (d.governor() == complement && d.relation().equals("nsubj:xsubj")) {
          mended.add(new Dependency(second, d.dependent(), "nsubj:xsubj"));
        }
      }
      return mended;
    }
    return sentence;
  }
}
