package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Malawi suspended imports of all cough syrups made by an Indian pharmaceutical company on
 * Friday": the parser hangs the day on the participle that says who makes the goods
 * ({@code obl:on(made, Friday)}), so the suspension has no day. Goods are not made on the day a
 * story tells; the day is the act's whose object the participle describes ({@code
 * obl:on(suspended, Friday)}).
 */
public final class DayHungOnMakersParticiple implements ParseRepair {
  /** Verbs of making goods, whose participle describes what is made. */
  private static final Set<String> MAKING = Set.of("make", "produce", "manufacture");
  /** Relations by which a noun hangs inside the object of a verb: "imports [of syrups]". */
  private static final Set<String> INSIDE_OBJECT = Set.of("obj", "nmod:of");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int participle = time.governor();
      if (participle < 0 || !time.relation().equals("obl:on") || !RepairWords.isDay(tokens.get(time.dependent()))
          || !tokens.get(participle).tag().equals("VBN") || !MAKING.contains(tokens.get(participle).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Integer> goods = sentence.stream().filter(d -> d.dependent() == participle && d.relation().equals("acl")).map(Dependency::governor).findFirst();
      Optional<Integer> verb = goods.flatMap(noun -> verbOfObject(tokens, sentence, noun));
      if (verb.isEmpty()) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == time ? new Dependency(verb.get(), time.dependent(), "obl:on") : d);
    }
    return sentence;
  }

  /** The verb whose object holds the noun, itself or by "of": "suspended [imports of syrups]". */
  private static Optional<Integer> verbOfObject(List<Token> tokens, List<Dependency> sentence, int noun) {
    int word = noun;
    for (int step = 0; step < 3; step++) {
      int current = word;
      Optional<Dependency> up = sentence.stream().filter(d -> d.dependent() == current && d.governor() >= 0 && INSIDE_OBJECT.contains(d.relation())).findFirst();
      if (up.isEmpty()) {
        return Optional.empty();
      }
      if (up.get().relation().equals("obj")) {
        return tokens.get(up.get().governor()).isVerb() ? Optional.of(up.get().governor()) : Optional.empty();
      }
      word = up.get().governor();
    }
    return Optional.empty();
  }
}
