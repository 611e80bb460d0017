package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Albusaidi spoke by telephone with his Emirati counterpart, Sheikh Abdullah bin Zayed, and the
 * two agreed to settle the matter, the Omani ministry said": the parser may read "the two" as a
 * second companion of the first verb ({@code conj:and(counterpart, two)}, {@code obl:with(spoke,
 * two)}) and the verb after it as a clause on the pair ({@code acl(two, agreed)}) or as what the
 * closing attribution says ({@code obj(said, agreed)}, {@code acl:relcl(two, said)}), so that no
 * one agrees. "And the two" or "and both" before a finite verb with no subject of its own opens a
 * clause joined to the sentence's main verb: {@code conj:and(spoke, agreed)}, {@code nsubj(agreed,
 * two)}; a saying that closes the sentence hangs from the main verb ({@code parataxis(spoke,
 * said)}), and what lay between the second verb and it is the second verb's.
 */
public final class PairSubjectReadAsConjunct implements ParseRepair {
  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> PAIR_WORDS = Set.of("two", "both");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    for (int verb = 2; verb < tokens.size() && root >= 0; verb++) {
      int second = verb;
      if (!FINITE_TAGS.contains(tokens.get(second).tag()) || !PAIR_WORDS.contains(tokens.get(second - 1).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int pair = second - 1;
      int and = tokens.get(pair - 1).text().equalsIgnoreCase("the") ? pair - 2 : pair - 1;
      boolean joined = and > root && tokens.get(and).text().equalsIgnoreCase("and") && tokens.get(root).isVerb();
      boolean pairAsConjunct = sentence.stream().anyMatch(d -> d.dependent() == pair && d.relation().startsWith("conj") && d.governor() < pair);
      boolean hasSubject = sentence.stream().anyMatch(d -> d.governor() == second && d.relation().startsWith("nsubj"));
      if (!joined || !pairAsConjunct || hasSubject) {
        continue;
      }
      Optional<Integer> closingSaying = closingSaying(tokens, sentence, pair, second);
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        boolean intoPairOrVerb = d.dependent() == pair || d.dependent() == second;
        boolean andOfPair = d.governor() == pair && d.dependent() == and;
        boolean pairsClause = d.governor() == pair && d.dependent() > second;
        if (intoPairOrVerb || andOfPair || pairsClause) {
          continue;
        }
        boolean betweenOfSaying = closingSaying.isPresent() && d.governor() == closingSaying.get() && d.dependent() > second
            && d.dependent() < closingSaying.get() && !d.relation().equals("punct") && !d.relation().startsWith("nsubj");
        mended.add(betweenOfSaying ? new Dependency(second, d.dependent(), infinitive(tokens, sentence, d) ? "xcomp" : d.relation()) : d);
      }
      mended.add(new Dependency(root, second, "conj:and"));
      mended.add(new Dependency(second, and, "cc"));
      mended.add(new Dependency(second, pair, "nsubj"));
      closingSaying.ifPresent(saying -> mended.add(new Dependency(root, saying, "parataxis")));
      return mended;
    }
    return sentence;
  }

  /** A verb of saying after the second verb that the parser hung on the pair or gave the second verb to. */
  private static Optional<Integer> closingSaying(List<Token> tokens, List<Dependency> sentence, int pair, int second) {
    return sentence.stream()
        .filter(d -> (d.governor() == pair && d.dependent() > second) || (d.dependent() == second && d.governor() > second))
        .map(d -> d.governor() == pair ? d.dependent() : d.governor())
        .filter(t -> RepairWords.isSaying(tokens.get(t)))
        .findFirst();
  }

  /** An infinitive the saying verb took as a purpose clause: "to settle". */
  private static boolean infinitive(List<Token> tokens, List<Dependency> sentence, Dependency d) {
    return d.relation().startsWith("advcl") && sentence.stream().anyMatch(e -> e.governor() == d.dependent() && e.relation().equals("mark")
        && tokens.get(e.dependent()).text().equalsIgnoreCase("to"));
  }
}
