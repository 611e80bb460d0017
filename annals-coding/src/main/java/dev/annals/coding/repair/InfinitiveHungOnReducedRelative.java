package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "ordered six Chinese officers attached to its force to leave": the parser reads "officers
 * attached" as a clause the verb reports ({@code ccomp(ordered, attached)}, {@code nsubj(attached,
 * officers)}) and hangs the infinitive on the participle ({@code xcomp(attached, leave)}), so
 * "ordered" has neither its object nor what it orders. A past participle with no auxiliary, whose
 * subject stands right after a verb that has no object and which itself governs a later "to"
 * infinitive, is a reduced relative on the verb's object, and the infinitive is the verb's own:
 * {@code obj(ordered, officers)}, {@code acl(officers, attached)}, {@code xcomp(ordered, leave)}.
 * A reported clause has no infinitive hung on its participle ("said the troops stationed there
 * were withdrawn" keeps its clause: an auxiliary, not an infinitive).
 */
public final class InfinitiveHungOnReducedRelative implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency clause : sentence) {
      int participle = clause.dependent();
      int verb = clause.governor();
      if (!(clause.relation().equals("ccomp") || clause.relation().equals("dep")) || verb < 0 || verb > participle
          || !tokens.get(participle).tag().equals("VBN") || !tokens.get(verb).isVerb()
          || sentence.stream().anyMatch(d -> d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("nsubj:pass") || d.relation().equals("xcomp")))
          || sentence.stream().anyMatch(d -> d.governor() == participle && (d.relation().startsWith("aux") || d.relation().equals("mark")))) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream()
          .filter(d -> d.governor() == participle && d.relation().equals("nsubj") && d.dependent() > verb && d.dependent() < participle).findFirst();
      Optional<Dependency> infinitive = sentence.stream()
          .filter(d -> d.governor() == participle && d.relation().equals("xcomp") && d.dependent() > participle && isToInfinitive(tokens, sentence, d.dependent()))
          .findFirst();
      if (subject.isEmpty() || infinitive.isEmpty() || !tokens.get(subject.get().dependent()).isNoun()
          || !ObjectReadAsSubjectOfParticiple.nothingButItsPhraseBetween(tokens, verb, subject.get().dependent())) {
        continue;
      }
      int noun = subject.get().dependent();
      Dependency ownSubject = subject.get();
      Dependency ownInfinitive = infinitive.get();
      return DependencyEdits.mapped(sentence, d -> d == ownSubject ? new Dependency(verb, noun, "obj")
          : d == clause ? new Dependency(noun, participle, "acl")
          : d == ownInfinitive ? new Dependency(verb, d.dependent(), "xcomp") : d);
    }
    return sentence;
  }

  private static boolean isToInfinitive(List<Token> tokens, List<Dependency> sentence, int head) {
    return tokens.get(head).tag().equals("VB")
        && sentence.stream().anyMatch(d -> d.governor() == head && d.relation().equals("mark") && tokens.get(d.dependent()).tag().equals("TO"));
  }
}
