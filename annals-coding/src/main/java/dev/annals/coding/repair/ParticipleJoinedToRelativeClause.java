package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Canada imposed sanctions on nine Georgian officials, freezing any assets they hold in Canada and
 * barring them from entry": the parser joins the second participle to the verb of the relative
 * clause before it ({@code conj:and(hold, barring)}), and gives it that clause's subject
 * ({@code nsubj(barring, they)}), so the officials seem to bar themselves. A participle joined to
 * a finite verb of a relative clause whose noun a participle of the same form governs goes with
 * that participle: {@code conj:and(freezing, barring)}, and the relative clause's subject is not
 * its own.
 */
public final class ParticipleJoinedToRelativeClause implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency conj : sentence) {
      int clauseVerb = conj.governor();
      int participle = conj.dependent();
      if (!conj.relation().startsWith("conj") || clauseVerb < 0 || !tokens.get(participle).tag().equals("VBG")
          || !RepairWords.isFiniteVerb(tokens.get(clauseVerb))) {
        continue;
      }
      Optional<Integer> noun = sentence.stream().filter(d -> d.dependent() == clauseVerb && d.relation().equals("acl:relcl")).map(Dependency::governor).findFirst();
      if (noun.isEmpty()) {
        continue;
      }
      Optional<Integer> first = sentence.stream().filter(d -> d.dependent() == noun.get() && d.relation().equals("obj") && d.governor() >= 0
          && d.governor() < noun.get() && tokens.get(d.governor()).tag().equals("VBG")).map(Dependency::governor).findFirst();
      if (first.isEmpty()) {
        continue;
      }
      int joinedTo = first.get();
      List<Integer> clauseSubjects = sentence.stream().filter(d -> d.governor() == clauseVerb && d.relation().startsWith("nsubj")).map(Dependency::dependent).toList();
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        boolean borrowedSubject = d.governor() == participle && d.relation().startsWith("nsubj") && clauseSubjects.contains(d.dependent());
        // (The parser may also have hung it on the first participle as its complement.)
        boolean complementOfFirst = d.governor() == joinedTo && d.dependent() == participle && !d.relation().startsWith("conj");
        if (borrowedSubject || complementOfFirst) {
          continue;
        }
        mended.add(d == conj ? new Dependency(joinedTo, participle, conj.relation()) : d);
      }
      return mended;
    }
    return sentence;
  }
}
