package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Marco Rubio, who is to lead the delegation, accused Havana and Caracas of trying to hijack the
 * summit": after a set-off relative clause the tagger may read the main verb as a participle, and
 * the parser then makes it an adjective of the next name ({@code amod(Havana, accused)}), the names
 * objects of the relative clause's verb and the subject the sentence's root. A sentence whose root
 * is a noun has lost its verb: the participle right after the comma is the main verb, the root
 * noun its subject, the name it modified (with the names joined to it) its object, the loose
 * clause after the subject a relative clause, and "of trying" the verb's.
 */
public final class MainVerbReadAsAdjective implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int subject = DependencyEdits.root(sentence);
    if (subject < 0 || !tokens.get(subject).isNoun()) {
      return sentence;
    }
    for (Dependency amod : sentence) {
      int verb = amod.dependent();
      int object = amod.governor();
      if (!amod.relation().equals("amod") || verb <= subject + 1 || object <= verb || !tokens.get(verb - 1).text().equals(",")
          || !(tokens.get(verb).tag().equals("VBN") || tokens.get(verb).tag().equals("VBD"))) {
        continue;
      }
      Optional<Dependency> objectEdge = sentence.stream().filter(d -> d.dependent() == object && d.governor() >= 0 && !d.relation().startsWith("conj") && d != amod).findFirst();
      if (objectEdge.isEmpty()) {
        continue;
      }
      int oldGovernor = objectEdge.get().governor();
      List<Integer> joined = sentence.stream().filter(d -> d.governor() == object && d.relation().startsWith("conj")).map(Dependency::dependent).toList();
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == amod) {
          continue;
        } else if (d.governor() < 0 && d.dependent() == subject) {
          mended.add(new Dependency(d.governor(), verb, d.relation()));
          mended.add(new Dependency(verb, subject, "nsubj"));
        } else if (d == objectEdge.get() || (d.governor() == oldGovernor && joined.contains(d.dependent()) && d.relation().equals(objectEdge.get().relation()))) {
          mended.add(new Dependency(verb, d.dependent(), "obj"));
        } else if (d.governor() == subject && d.relation().equals("dep") && d.dependent() > subject && d.dependent() < verb && tokens.get(d.dependent()).isVerb()) {
          mended.add(new Dependency(subject, d.dependent(), "acl:relcl"));
        } else if (d.governor() == object && d.relation().startsWith("acl:") && d.dependent() > object) {
          mended.add(new Dependency(verb, d.dependent(), "advcl:" + d.relation().substring(4)));
        } else {
          mended.add(d);
        }
      }
      return mended;
    }
    return sentence;
  }
}
