package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The two signed agreements on farm research": with no other verb in the sentence the tagger may
 * read "signed" as a participle and the parser make the whole a noun phrase ({@code det(agreements,
 * The)}, {@code nummod(agreements, two)}, {@code amod(agreements, signed)}, the noun its root), so
 * the signing is lost. A root noun whose phrase opens "the two" or "both", followed at once by a
 * participle, is the object of that participle as the sentence's verb, whose subject is the number:
 * {@code root(signed)}, {@code nsubj(signed, two)}, {@code det(two, The)}, {@code obj(signed,
 * agreements)}.
 */
public final class CountedSubjectReadAsCountOfObject implements ParseRepair {
  /** Determiners of a number that stands alone for people or sides: "the two", "all three". */
  private static final Set<String> COUNTING = Set.of("the", "all", "both");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int object = DependencyEdits.root(sentence);
    if (object < 3 || !tokens.get(object).isNoun() || sentence.stream().anyMatch(d -> d.dependent() != object && tokens.get(d.dependent()).tag().matches("VB[DPZ]?"))) {
      return sentence;
    }
    int verb = object - 1;
    int number = object - 2;
    int determiner = object - 3;
    boolean shape = tokens.get(verb).tag().equals("VBN") && tokens.get(verb).text().toLowerCase(Locale.ROOT).endsWith("ed") && tokens.get(number).tag().equals("CD")
        && COUNTING.contains(tokens.get(determiner).text().toLowerCase(Locale.ROOT))
        && sentence.stream().noneMatch(d -> d.governor() == verb);
    List<Dependency> onObject = sentence.stream().filter(d -> d.governor() == object && (d.dependent() == verb || d.dependent() == number || d.dependent() == determiner)).toList();
    if (!shape || onObject.size() != 3) {
      return sentence;
    }
    List<Dependency> mended = new ArrayList<>();
    for (Dependency d : sentence) {
      if (onObject.contains(d)) {
        continue;
      }
      mended.add(d.governor() < 0 ? new Dependency(d.governor(), verb, d.relation()) : d);
    }
    mended.add(new Dependency(verb, number, "nsubj"));
    mended.add(new Dependency(number, determiner, "det"));
    mended.add(new Dependency(verb, object, "obj"));
    return mended;
  }
}
