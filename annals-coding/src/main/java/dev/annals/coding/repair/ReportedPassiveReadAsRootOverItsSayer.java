package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "A spokesperson claimed the attack and warned that ships owned by Greek companies would be
 * targeted": the parser may take the reduced relative ("owned") for the reported clause's verb,
 * with the noun before it as its subject, and make the clause's real verb, a passive with a
 * modal and no subject of its own, the sentence's root, with the sayer's verbs hung on it as
 * clausal subjects ({@code csubj:pass(targeted, warned)}). The sayer's first verb is the root
 * again, the passive is what the saying reports ({@code ccomp(warned, targeted)}), the noun is its
 * subject and the participle describes the noun ({@code acl(ships, owned)}); the clause's "that"
 * goes with the passive.
 */
public final class ReportedPassiveReadAsRootOverItsSayer implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency rootEdge : sentence) {
      int passive = rootEdge.dependent();
      if (rootEdge.governor() >= 0 || !DependencyEdits.hasChild(sentence, passive, "aux:pass") || DependencyEdits.hasChild(sentence, passive, "nsubj:pass")
          || sentence.stream().noneMatch(d -> d.governor() == passive && d.relation().equals("aux") && ReducedRelativeReadAsReportedVerb.MODALS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT)))) {
        continue;
      }
      List<Dependency> sayers = sentence.stream().filter(d -> d.governor() == passive && d.relation().startsWith("csubj") && d.dependent() < passive
          && tokens.get(d.dependent()).tag().startsWith("VB")).toList();
      Optional<Integer> first = sayers.stream().map(Dependency::dependent)
          .filter(s -> sentence.stream().noneMatch(d -> d.dependent() == s && !d.relation().startsWith("csubj"))).findFirst();
      Optional<Dependency> misreadClause = sentence.stream().filter(d -> d.relation().equals("ccomp") && sayers.stream().anyMatch(s -> s.dependent() == d.governor())
          && d.dependent() < passive && tokens.get(d.dependent()).tag().matches("VB[DN]") && !DependencyEdits.hasAuxiliary(sentence, d.dependent())).findFirst();
      if (first.isEmpty() || misreadClause.isEmpty()) {
        continue;
      }
      int participle = misreadClause.get().dependent();
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == participle && d.relation().equals("nsubj") && d.dependent() == participle - 1
          && tokens.get(d.dependent()).tag().startsWith("NN")).findFirst();
      if (subject.isEmpty()) {
        continue;
      }
      int noun = subject.get().dependent();
      List<Dependency> mended = DependencyEdits.mapped(DependencyEdits.without(sentence, sayers.toArray(Dependency[]::new)), d -> {
        if (d == rootEdge) {
          return new Dependency(d.governor(), first.get(), d.relation());
        }
        if (d == misreadClause.get()) {
          return new Dependency(d.governor(), passive, "ccomp");
        }
        if (d == subject.get()) {
          return new Dependency(passive, noun, "nsubj:pass");
        }
        if (d.governor() == participle && d.relation().equals("mark") && d.dependent() < noun) {
          return new Dependency(passive, d.dependent(), "mark");
        }
        return d;
      });
      mended.add(new Dependency(noun, participle, "acl"));
      return mended;
    }
    return sentence;
  }
}
