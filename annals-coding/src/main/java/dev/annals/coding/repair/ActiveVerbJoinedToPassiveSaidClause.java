package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Spain's ministry said the lower releases were allowed in a year of drought and denied breaking
 * the treaty": the parser joins "denied" to the passive verb of what was said ({@code
 * conj:and(allowed, denied)}, {@code ccomp(said, denied)}) and gives it that clause's passive
 * subject ({@code nsubj:pass(denied, releases)}), so the releases deny. A verb in the simple past,
 * active, whose only subject is the passive subject of the said clause it is joined to, cannot
 * share it: it is the speaker's second act, {@code conj:and(said, denied)} with the speaker as
 * its subject. So is a past participle that takes a name as its object, which no passive can
 * ("said that it had not been consulted and asked/VBN Lisbon for talks").
 */
public final class ActiveVerbJoinedToPassiveSaidClause implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int passive = joined.governor();
      int verb = joined.dependent();
      if (passive < 0 || !joined.relation().startsWith("conj") || verb < passive || !(tokens.get(verb).tag().equals("VBD") || pastWithNamedObject(tokens, sentence, verb))
          || sentence.stream().anyMatch(d -> d.governor() == verb && (d.relation().startsWith("aux") || d.relation().equals("nsubj")))) {
        continue;
      }
      Optional<Dependency> said = sentence.stream().filter(d -> d.dependent() == passive && d.relation().equals("ccomp") && d.governor() >= 0 && d.governor() < passive
          && tokens.get(d.governor()).tag().equals("VBD")).findFirst();
      Optional<Integer> passiveSubject = sentence.stream().filter(d -> d.governor() == passive && d.relation().equals("nsubj:pass")).map(Dependency::dependent).findFirst();
      if (said.isEmpty() || passiveSubject.isEmpty()) {
        continue;
      }
      int main = said.get().governor();
      Optional<Integer> speaker = sentence.stream().filter(d -> d.governor() == main && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      List<Dependency> borrowed = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj:pass")).toList();
      if (speaker.isEmpty() || borrowed.size() != 1 || borrowed.get(0).dependent() != passiveSubject.get()) {
        continue;
      }
      Dependency[] saidToo = sentence.stream().filter(d -> d.governor() == main && d.dependent() == verb && d.relation().equals("ccomp")).toArray(Dependency[]::new);
      Dependency copy = borrowed.get(0);
      return DependencyEdits.mapped(DependencyEdits.without(sentence, saidToo),
          d -> d == joined ? new Dependency(main, verb, d.relation()) : d == copy ? new Dependency(verb, speaker.get(), "nsubj") : d);
    }
    return sentence;
  }

  /** A past participle with a proper name as its direct object: "asked/VBN Lisbon for talks". */
  private static boolean pastWithNamedObject(List<Token> tokens, List<Dependency> sentence, int verb) {
    return tokens.get(verb).tag().equals("VBN")
        && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj") && tokens.get(d.dependent()).tag().startsWith("NNP"));
  }
}
