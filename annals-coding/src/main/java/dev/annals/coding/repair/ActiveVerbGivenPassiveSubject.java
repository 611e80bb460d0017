package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "Russia's Defence Ministry said the servicemen had been flown to Moscow and thanked the UAE":
 * the parser joins "thanked" to "said" ({@code conj:and(said, thanked)}) but hands it the shared
 * subject as a passive one ({@code nsubj:pass(thanked, Ministry)}), taken from the passive verb
 * of the reported clause, and makes it that verb's complement too ({@code ccomp(said, thanked)}).
 * A verb in the simple past with no passive auxiliary is active: the subject it shares with the
 * verb it is joined to is its subject ({@code nsubj(thanked, Ministry)}), and a verb joined to
 * another is not also what that verb reports.
 */
public final class ActiveVerbGivenPassiveSubject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency passive : sentence) {
      int verb = passive.governor();
      int subject = passive.dependent();
      // "it was still committed to the project and was seeking an exemption": a verb in the
      // progressive is active too, whatever the verb it is joined to is.
      boolean progressive = verb >= 0 && tokens.get(verb).tag().equals("VBG") && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux"));
      if (verb < 0 || !passive.relation().equals("nsubj:pass") || !(tokens.get(verb).tag().equals("VBD") || progressive)
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux:pass"))) {
        continue;
      }
      java.util.Set<String> sharedAs = progressive ? java.util.Set.of("nsubj", "nsubj:pass") : java.util.Set.of("nsubj");
      boolean shared = sentence.stream().anyMatch(conj -> conj.dependent() == verb && conj.relation().startsWith("conj") && conj.governor() >= 0
          && sentence.stream().anyMatch(d -> d.governor() == conj.governor() && d.dependent() == subject && sharedAs.contains(d.relation())));
      if (!shared) {
        continue;
      }
      List<Integer> joinedTo = sentence.stream().filter(d -> d.dependent() == verb && d.relation().startsWith("conj")).map(Dependency::governor).toList();
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> d == passive ? new Dependency(verb, subject, "nsubj") : d);
      return mended.stream().filter(d -> !(d.dependent() == verb && d.relation().equals("ccomp") && joinedTo.contains(d.governor()))).toList();
    }
    return sentence;
  }
}
