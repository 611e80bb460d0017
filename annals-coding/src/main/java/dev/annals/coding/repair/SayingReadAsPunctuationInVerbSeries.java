package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Vietnam's foreign ministry summoned Indonesia's ambassador on Monday, said the boats had been
 * in an area covered by a boundary deal, and asked Jakarta to release the fishermen": in a series
 * of one doer's acts the parser may hang the middle "said" on what is said as punctuation ({@code
 * punct(area, said)}), make what is said a parataxis of the first verb, and join the last act to
 * what is said, with its subject ({@code nsubj(asked, boats)}), so that the boats ask. A verb of
 * saying after a comma that closes the first act is that act's doer's second act: {@code
 * conj:and(summoned, said)} with the doer as subject, what is said its {@code ccomp}, and a past
 * verb after ", and" joined to what is said is the doer's third act.
 */
public final class SayingReadAsPunctuationInVerbSeries implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency loose : sentence) {
      int saying = loose.dependent();
      int said = loose.governor();
      if (!loose.relation().equals("punct") || said < 0 || !tokens.get(saying).tag().equals("VBD") || !RepairWords.isSaying(tokens.get(saying))
          || saying < 1 || !tokens.get(saying - 1).text().equals(",")) {
        continue;
      }
      Optional<Dependency> aside = sentence.stream().filter(d -> d.dependent() == said && d.relation().equals("parataxis") && d.governor() >= 0
          && d.governor() < saying).findFirst();
      if (aside.isEmpty()) {
        continue;
      }
      int first = aside.get().governor();
      Optional<Integer> doer = sentence.stream().filter(d -> d.governor() == first && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (doer.isEmpty() || !RepairWords.isPastVerb(tokens.get(first))) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      List<Integer> lastActs = sentence.stream().filter(d -> d.governor() == said && d.relation().equals("conj:and")
          && RepairWords.isPastVerbAfterCommaAnd(tokens, d.dependent())).map(Dependency::dependent).toList();
      List<Integer> saidsSubjects = sentence.stream().filter(d -> d.governor() == said && d.relation().startsWith("nsubj")).map(Dependency::dependent).toList();
      for (Dependency d : sentence) {
        if (d == loose || d == aside.get()) {
          continue;
        }
        if (lastActs.contains(d.dependent()) && (d.relation().equals("parataxis") && d.governor() == first || d.governor() == said && d.relation().equals("conj:and"))) {
          continue;
        }
        if (lastActs.contains(d.governor()) && d.relation().equals("nsubj") && saidsSubjects.contains(d.dependent())) {
          continue;
        }
        mended.add(d);
      }
      mended.add(new Dependency(first, saying, "conj:and"));
      mended.add(new Dependency(saying, doer.get(), "nsubj"));
      mended.add(new Dependency(saying, said, "ccomp"));
      for (int act : lastActs) {
        mended.add(new Dependency(first, act, "conj:and"));
        mended.add(new Dependency(act, doer.get(), "nsubj"));
      }
      return mended;
    }
    return sentence;
  }
}
