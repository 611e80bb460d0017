package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Damascus accused Hezbollah of arming the smugglers, a charge the group denied", "Myanmar
 * demanded that the power be restored, a demand Bangkok dismissed", "Brazil offered to host
 * talks, an offer Bogota accepted": a sentence that closes on an apposition with a relative
 * clause of no pronoun, the noun its verb's object. The parser hangs the verb anywhere ({@code
 * acl:relcl(fighting, denied)}, {@code parataxis(restored, dismissed)}), takes the noun for a
 * word of the subject's name ({@code compound(Bangkok, demand)}) or for a second subject, even
 * making the closing verb the sentence's root and the main verb its clause ({@code
 * advcl(accepted, offered)}). The words after the comma are rebuilt: {@code acl:relcl(offer,
 * accepted)}, {@code obj(accepted, offer)}, {@code nsubj(accepted, Bogota)}, the noun hung on the
 * main verb, which is the root again.
 *
 * <p>Only an indefinite common noun right after the comma ("a charge", "an offer"), then a
 * subject that is a name, a pronoun or a definite phrase ("Bogota", "it", "the group"), then one
 * verb that ends the sentence, or whose own words alone follow it ("…, a step Bangladesh's
 * foreign ministry criticised on Monday as punishing the victims"): ", a government spokesman
 * said" has a bare noun where the subject would be, and is the attribution it reads as.
 */
public final class ClosingContactRelative implements ParseRepair {
  private static final Set<String> INDEFINITE = Set.of("a", "an");
  /** Tags of the words of a short subject phrase: "the group", "the two governments", "Bogota". */
  private static final Set<String> SUBJECT_TAGS = Set.of("DT", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS");
  private static final String POSSESSIVE = "POS";

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int last = sentence.stream().mapToInt(Dependency::dependent).max().orElse(-1);
    int end = last >= 0 && tokens.get(last).tag().equals(".") ? last - 1 : last;
    Optional<Integer> closing = closingVerb(tokens, end);
    if (closing.isEmpty()) {
      return sentence;
    }
    int verb = closing.get();
    Optional<Integer> comma = closingComma(tokens, verb);
    int noun = comma.get() + 2;
    int subjectStart = noun + 1;
    int subject = verb - 1;
    Token first = tokens.get(subjectStart);
    boolean namedSubject = first.tag().startsWith("NNP") || first.tag().equals("PRP") || first.tag().equals("PRP$")
        || first.text().equalsIgnoreCase("the");
    if (subjectStart > subject || !namedSubject) {
      return sentence;
    }
    int root = DependencyEdits.root(sentence);
    int mainVerb = root == verb ? newRoot(tokens, sentence, verb, comma.get()) : root;
    if (mainVerb < 0 || mainVerb > comma.get()) {
      return sentence;
    }
    int start = comma.get() + 1;
    List<Dependency> mended = new ArrayList<>();
    for (Dependency d : sentence) {
      boolean inside = d.dependent() >= start && d.dependent() <= verb;
      boolean fromInside = d.governor() >= start && d.governor() <= verb;
      if (inside) {
        continue;
      }
      if (d.dependent() == mainVerb && d.governor() == verb) {
        continue;
      }
      // "…, a step Dhaka criticised on Monday as punishing the victims": the verb's own words
      // after it stay its own.
      if (fromInside && d.dependent() > verb && d.dependent() != last) {
        mended.add(new Dependency(verb, d.dependent(), d.relation()));
        continue;
      }
      // What the closing verb held outside it (the period, the comma, the main verb's words) is
      // the main verb's.
      mended.add(fromInside ? new Dependency(mainVerb, d.dependent(), d.relation()) : d);
    }
    if (root == verb) {
      mended.add(new Dependency(-1, mainVerb, "root"));
    }
    mended.add(new Dependency(noun, noun - 1, "det"));
    mended.add(new Dependency(mainVerb, noun, "dep"));
    mended.add(new Dependency(noun, verb, "acl:relcl"));
    mended.add(new Dependency(verb, noun, "obj"));
    mended.add(new Dependency(verb, subject, "nsubj"));
    for (int word = subjectStart; word < subject; word++) {
      // "Bangladesh's foreign ministry": the possessor and its "'s".
      if (tokens.get(word).tag().equals(POSSESSIVE)) {
        mended.add(new Dependency(word - 1, word, "case"));
      } else {
        mended.add(new Dependency(subject, word, tokens.get(word + 1).tag().equals(POSSESSIVE) ? "nmod:poss" : modifierRelation(tokens.get(word))));
      }
    }
    return mended;
  }

  /**
   * The closing verb: the sentence's last word, or a verb whose own words alone follow it (no
   * comma, no other finite verb): "…, a step Bangladesh's foreign ministry criticised on Monday as
   * punishing the victims".
   */
  private static Optional<Integer> closingVerb(List<Token> tokens, int end) {
    for (int verb = end; verb >= 4 && verb >= end - 12; verb--) {
      Token token = tokens.get(verb);
      if (RepairWords.isFiniteVerb(token) || token.tag().equals("MD")) {
        boolean closes = RepairWords.isFiniteVerb(token) && !RepairWords.isSaying(token) && closingComma(tokens, verb).isPresent();
        return closes ? Optional.of(verb) : Optional.empty();
      }
      if (token.text().equals(",")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The comma before "a/an NOUN" that the closing phrase starts with, the phrase's words all a short noun phrase up to the verb. */
  private static Optional<Integer> closingComma(List<Token> tokens, int verb) {
    for (int i = verb - 1; i >= 0 && i >= verb - 8; i--) {
      Token token = tokens.get(i);
      if (token.text().equals(",")) {
        boolean opens = i + 3 < verb && INDEFINITE.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))
            && (tokens.get(i + 2).tag().equals("NN") || tokens.get(i + 2).tag().equals("NNS"));
        return opens ? Optional.of(i) : Optional.empty();
      }
      if (i < verb && !SUBJECT_TAGS.contains(token.tag())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The main verb the parser hung under the closing verb: its first verb dependent before the comma. */
  private static int newRoot(List<Token> tokens, List<Dependency> sentence, int verb, int comma) {
    return sentence.stream().filter(d -> d.governor() == verb && d.dependent() < comma && tokens.get(d.dependent()).isVerb())
        .mapToInt(Dependency::dependent).min().orElse(-1);
  }

  private static String modifierRelation(Token word) {
    return switch (word.tag()) {
      case "DT" -> "det";
      case "PRP$" -> "nmod:poss";
      case "JJ" -> "amod";
      case "CD" -> "nummod";
      default -> "compound";
    };
  }
}
