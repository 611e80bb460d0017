package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Hasan telephoned his Indonesian counterpart Sugiono and the two agreed to reconvene the
 * committee next month": the parser may read "the two" as a second object of the first verb
 * ({@code obj(telephoned, two)}, {@code conj:and(counterpart, two)}), the second verb as a third
 * ({@code obj(telephoned, agreed)}) and what the second verb governs as the first's ({@code
 * advcl:to(telephoned, reconvene)}), so that the call is dated next month. "And the two" or "and
 * both" (with or without a noun: "both sides") before a finite verb opens a clause joined to the
 * first: {@code conj:and(telephoned, agreed)}, {@code nsubj(agreed, two)}, and what lies after the
 * second verb is its own ({@code xcomp(agreed, reconvene)}).
 */
public final class PairSubjectReadAsObject implements ParseRepair {
  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> PAIR_WORDS = Set.of("two", "both");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency verbAsObject : sentence) {
      int verb = verbAsObject.dependent();
      int first = verbAsObject.governor();
      if (!verbAsObject.relation().equals("obj") || first < 0 || verb <= first + 2 || !FINITE_TAGS.contains(tokens.get(verb).tag())) {
        continue;
      }
      Optional<Integer> subject = pairBefore(tokens, verb);
      if (subject.isEmpty()) {
        continue;
      }
      int head = subject.get();
      int and = firstWordOf(tokens, head) - 1;
      if (and <= first || !tokens.get(and).text().equalsIgnoreCase("and")) {
        continue;
      }
      boolean pairAsObject = sentence.stream().anyMatch(d -> d.governor() == first && d.dependent() == head && d.relation().equals("obj"));
      if (!pairAsObject) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        boolean pairEdge = d.dependent() == head && (d.relation().equals("obj") || d.relation().startsWith("conj"));
        boolean andEdge = d.dependent() == and && d.relation().equals("cc");
        if (d == verbAsObject || pairEdge || andEdge) {
          continue;
        }
        // What the first verb was given after the second is the second's: "to reconvene ...".
        boolean later = d.governor() == first && d.dependent() > verb && !d.relation().equals("punct");
        mended.add(later ? new Dependency(verb, d.dependent(), infinitive(tokens, sentence, d) ? "xcomp" : d.relation()) : d);
      }
      mended.add(new Dependency(first, verb, "conj:and"));
      mended.add(new Dependency(verb, and, "cc"));
      mended.add(new Dependency(verb, head, "nsubj"));
      return mended;
    }
    return sentence;
  }

  /** The head of "the two", "both" or "the two sides", "both leaders" right before the verb. */
  private static Optional<Integer> pairBefore(List<Token> tokens, int verb) {
    int before = verb - 1;
    Token word = tokens.get(before);
    if (PAIR_WORDS.contains(word.text().toLowerCase(Locale.ROOT))) {
      return Optional.of(before);
    }
    boolean nounAfterPair = word.tag().equals("NNS") && before >= 1 && PAIR_WORDS.contains(tokens.get(before - 1).text().toLowerCase(Locale.ROOT));
    return nounAfterPair ? Optional.of(before) : Optional.empty();
  }

  /** The first word of the pair's phrase: "the" of "the two sides", "both" of "both sides". */
  private static int firstWordOf(List<Token> tokens, int head) {
    int start = head;
    while (start > 0 && (PAIR_WORDS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT)) || tokens.get(start - 1).text().equalsIgnoreCase("the"))) {
      start--;
    }
    return start;
  }

  /** An infinitive the first verb took as a purpose clause: "to reconvene". */
  private static boolean infinitive(List<Token> tokens, List<Dependency> sentence, Dependency d) {
    return d.relation().startsWith("advcl") && sentence.stream().anyMatch(e -> e.governor() == d.dependent() && e.relation().equals("mark")
        && tokens.get(e.dependent()).text().equalsIgnoreCase("to"));
  }
}
