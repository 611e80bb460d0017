package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Russian forces struck Kharkiv, killing seven civilians, regional governor Oleh Syniehubov
 * said": the parser makes "civilians" the subject of "said" ({@code nsubj(said, civilians)}, with
 * the governor in apposition to them) and "said" a complement of "killing", so that the civilians
 * speak. An attribution closing the sentence is the source's, and it reports the whole sentence:
 * the apposition becomes the subject ({@code nsubj(said, Syniehubov)}) and "said" hangs from the
 * root ({@code parataxis(struck, said)}), as CoreNLP parses such sentences when they are shorter.
 * So too a body named by a definite description beside a bare or "no" noun: "causing a fire but
 * no casualties, the Saudi energy ministry said".
 */
public final class NounTakenForClosingSpeaker implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int verb = subject.governor();
      if (!subject.relation().equals("nsubj") || verb < 0 || !RepairWords.isSaying(tokens.get(verb))) {
        continue;
      }
      for (Dependency appos : sentence) {
        int speaker = appos.dependent();
        boolean named = tokens.get(speaker).tag().startsWith("NNP");
        // "causing a fire but no casualties, the Saudi energy ministry said": a body named by a
        // definite description, set beside a bare or "no" noun that names no one to speak.
        boolean describedBeside = hasDeterminer(tokens, sentence, speaker, Set.of("the")) && !tokens.get(subject.dependent()).tag().startsWith("NNP")
            && sentence.stream().noneMatch(d -> d.governor() == subject.dependent() && (d.relation().equals("nmod:poss")
                || (d.relation().equals("det") && !tokens.get(d.dependent()).lemma().equalsIgnoreCase("no"))));
        if (appos.governor() == subject.dependent() && appos.relation().equals("appos") && (named || describedBeside) && speaker == verb - 1 && subject.dependent() < speaker) {
          return rebuilt(tokens, sentence, subject, appos);
        }
      }
    }
    return sentence;
  }

  private static boolean hasDeterminer(List<Token> tokens, List<Dependency> sentence, int noun, Set<String> words) {
    return sentence.stream().anyMatch(d -> d.governor() == noun && d.relation().equals("det") && words.contains(tokens.get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)));
  }

  private static List<Dependency> rebuilt(List<Token> tokens, List<Dependency> sentence, Dependency subject, Dependency appos) {
    int verb = subject.governor();
    int speaker = appos.dependent();
    int root = DependencyEdits.root(sentence);
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : sentence) {
      if (d == appos || d == subject) {
        continue;
      }
      if (d.dependent() == verb && d.relation().equals("ccomp") && root >= 0 && root != verb) {
        out.add(new Dependency(root, verb, "parataxis"));
        continue;
      }
      out.add(d);
    }
    out.add(new Dependency(verb, speaker, "nsubj"));
    // "The Palestinians reject proposed Israeli changes to the deal, Erakat said": the noun that
    // was taken for the speaker is the object of the main-clause verb nearest before it that has
    // none, when "said" hung from the main verb or a verb joined to it and nothing else governs
    // the noun ("Japan lodged a protest and demanded the immediate release of the crew, Kihara
    // told ...": "demanded"). (A subordinate verb is left alone: "..., killing seven civilians,
    // X said" reads its own object.)
    int noun = subject.dependent();
    int holder = sentence.stream().filter(d -> d.dependent() == verb && d.relation().equals("ccomp")).mapToInt(Dependency::governor).findFirst().orElse(-1);
    boolean orphan = out.stream().noneMatch(d -> d.dependent() == noun);
    boolean mainClause = holder >= 0 && (holder == root || out.stream().anyMatch(d -> d.governor() == root && d.dependent() == holder && d.relation().startsWith("conj")));
    if (orphan && mainClause) {
      List<Integer> candidates = new ArrayList<>(List.of(holder));
      out.stream().filter(d -> d.governor() == holder && d.relation().startsWith("conj")).forEach(d -> candidates.add(d.dependent()));
      candidates.stream().filter(v -> v < noun && tokens.get(v).isVerb() && !hasObject(out, v)).max(Integer::compare)
          .filter(v -> out.stream().noneMatch(d -> d.governor() == holder && d.relation().startsWith("conj") && d.dependent() > v && d.dependent() < noun))
          .ifPresent(v -> out.add(new Dependency(v, noun, "obj")));
    }
    return out;
  }

  private static boolean hasObject(List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("nsubj:pass")));
  }
}
