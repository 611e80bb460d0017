package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "A German court rejected Kyrgyzstan's request to extradite a former customs chief": the tagger
 * may read "to" as a preposition, and the parser then makes the noun before it the subject of a
 * clause the verb reports ({@code ccomp(rejected, extradite)}, {@code nsubj(extradite, request)},
 * {@code dep(extradite, to)}), so that the verb takes no object and the request is no one's. A
 * "to" hung by {@code dep} between a noun and the base verb whose subject that noun is marks an
 * infinitive on the noun: {@code obj(rejected, request)}, {@code acl(request, extradite)},
 * {@code mark(extradite, to)}. (A "to" the tagger read right hangs by {@code mark}, and is left alone.)
 */
public final class InfinitiveOfNounReadAsClause implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency marker : sentence) {
      int infinitive = marker.governor();
      int to = marker.dependent();
      if (infinitive < 0 || !marker.relation().equals("dep") || !tokens.get(to).text().toLowerCase(Locale.ROOT).equals("to")
          || !tokens.get(to).tag().equals("IN") || infinitive != to + 1 || !tokens.get(infinitive).tag().equals("VB")) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == infinitive && d.relation().equals("nsubj") && d.dependent() == to - 1).findFirst();
      Optional<Dependency> reported = DependencyEdits.headEdge(sentence, infinitive).filter(d -> d.relation().equals("ccomp"));
      if (subject.isEmpty() || reported.isEmpty() || !tokens.get(to - 1).tag().startsWith("NN")) {
        continue;
      }
      int verb = reported.get().governor();
      int noun = subject.get().dependent();
      boolean verbHasObject = sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"));
      if (verbHasObject || !tokens.get(verb).tag().startsWith("VB")) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == reported.get() ? new Dependency(verb, noun, "obj")
          : d == subject.get() ? new Dependency(noun, infinitive, "acl")
          : d == marker ? new Dependency(infinitive, to, "mark") : d);
    }
    return sentence;
  }
}
