package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Romania would lend its neighbour 100 million euros": the parser may read the receiver and the
 * amount as one phrase ({@code compound(euros, neighbour)}), so that no one is lent anything. A
 * noun with its own possessive ("its neighbour", "Kenya's army") before a number that begins the
 * verb's object is no modifier of the object but the verb's indirect object: {@code
 * iobj(lend, neighbour)}.
 *
 * <p>"would give the deportees cash and food": so too a plural noun right after the object's own
 * "the", after a verb that gives something to someone ({@code compound(cash, deportees)}); a
 * plural that names things ("the arms deal", "the goods train") is no receiver. So too one
 * with its adjective right after the verb, more of the object's words after it ("offered Japanese
 * investors tax breaks", {@code amod(breaks, Japanese)}, {@code compound(breaks, investors)}); and
 * the receivers after a share word read as the object: "would give each of the men 200,000 pesos"
 * ({@code obj(give, each)}, {@code nmod:of(each, pesos)}, {@code compound(pesos, men)}) gives
 * each of the men the pesos ({@code iobj(give, each)}, {@code nmod:of(each, men)}, {@code
 * obj(give, pesos)}).
 */
public final class IndirectObjectReadAsCompound implements ParseRepair {
  private static final Set<String> GIVING = Set.of("give", "send", "offer", "lend", "grant", "pay", "hand", "promise");
  /** Words for a share of a group, which "of" names: "each of the men", "all of them". */
  private static final Set<String> SHARE_WORDS = Set.of("each", "all", "both", "some", "many", "most", "several");
  private static final Set<String> PLURALS_OF_THINGS = Set.of("arms", "goods", "customs", "sales", "news", "savings", "means", "earnings", "supplies", "funds");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency obj : sentence) {
      int verb = obj.governor();
      int object = obj.dependent();
      if (verb < 0 || !obj.relation().equals("obj") || !tokens.get(verb).isVerb()) {
        continue;
      }
      Optional<Dependency> receiver = sentence.stream().filter(d -> d.governor() == object && d.relation().equals("compound") && d.dependent() > verb
          && tokens.get(d.dependent()).tag().startsWith("NN") && d.dependent() + 1 < tokens.size() && tokens.get(d.dependent() + 1).tag().equals("CD")
          && sentence.stream().anyMatch(p -> p.relation().equals("nmod:poss") && (p.governor() == d.dependent() || (p.governor() == object && p.dependent() == d.dependent() - 1))))
          .findFirst();
      if (receiver.isPresent()) {
        int noun = receiver.get().dependent();
        // The possessive right before the receiver is the receiver's ("its neighbour"), not the amount's.
        return DependencyEdits.mapped(sentence, d -> d == receiver.get() ? new Dependency(verb, noun, "iobj")
            : d.governor() == object && d.relation().equals("nmod:poss") && d.dependent() == noun - 1 ? new Dependency(noun, d.dependent(), "nmod:poss") : d);
      }
      boolean giving = GIVING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT));
      Optional<Dependency> pluralReceiver = giving
          ? sentence.stream().filter(d -> d.governor() == object && d.relation().equals("compound") && d.dependent() > verb + 1
              && tokens.get(d.dependent()).tag().equals("NNS") && !PLURALS_OF_THINGS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT))
              && tokens.get(d.dependent() - 1).text().equalsIgnoreCase("the") && sentence.contains(new Dependency(object, d.dependent() - 1, "det")))
              .findFirst()
          : Optional.empty();
      // "would give each of the men 200,000 pesos": a share word read as the object, the
      // receivers as a modifier of the amount.
      Optional<Dependency> shareOfReceivers = giving
          && SHARE_WORDS.contains(tokens.get(object).lemma().toLowerCase(Locale.ROOT))
          ? sentence.stream().filter(d -> d.governor() == object && d.relation().equals("nmod:of")).findFirst() : Optional.empty();
      Optional<Dependency> receiversOfAmount = shareOfReceivers.flatMap(of -> sentence.stream()
          .filter(d -> d.governor() == of.dependent() && d.relation().equals("compound") && tokens.get(d.dependent()).tag().equals("NNS")
              && d.dependent() + 1 < of.dependent() && tokens.get(d.dependent() + 1).tag().equals("CD"))
          .findFirst());
      if (receiversOfAmount.isPresent()) {
        int amount = shareOfReceivers.get().dependent();
        int people = receiversOfAmount.get().dependent();
        // The "of" and "the" before the receivers are theirs; the amount is what is given.
        return DependencyEdits.mapped(sentence, d -> d == obj ? new Dependency(verb, object, "iobj")
            : d == shareOfReceivers.get() ? new Dependency(object, people, "nmod:of")
            : d == receiversOfAmount.get() ? new Dependency(verb, amount, "obj")
            : d.governor() == amount && d.dependent() < people && (d.relation().equals("case") || d.relation().equals("det")) ? new Dependency(people, d.dependent(), d.relation())
            : d);
      }
      // "offered Japanese investors tax breaks": so too a plural right after the giving verb's
      // adjective, when more of the object's words follow it.
      Optional<Dependency> describedReceiver = giving
          ? sentence.stream().filter(d -> d.governor() == object && d.relation().equals("compound") && d.dependent() == verb + 2 && d.dependent() + 1 < object
              && tokens.get(d.dependent()).tag().equals("NNS") && !PLURALS_OF_THINGS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT))
              && sentence.contains(new Dependency(object, verb + 1, "amod")) && tokens.get(verb + 1).tag().equals("JJ"))
              .findFirst()
          : Optional.empty();
      if (describedReceiver.isPresent()) {
        int noun = describedReceiver.get().dependent();
        // The adjective is the receivers', not the thing's.
        return DependencyEdits.mapped(sentence, d -> d == describedReceiver.get() ? new Dependency(verb, noun, "iobj")
            : d.governor() == object && d.relation().equals("amod") && d.dependent() == verb + 1 ? new Dependency(noun, d.dependent(), "amod") : d);
      }
      if (pluralReceiver.isPresent()) {
        int noun = pluralReceiver.get().dependent();
        // "the" is the receiver's, not the thing's.
        return DependencyEdits.mapped(sentence, d -> d == pluralReceiver.get() ? new Dependency(verb, noun, "iobj")
            : d.governor() == object && d.relation().equals("det") && d.dependent() == noun - 1 ? new Dependency(noun, d.dependent(), "det") : d);
      }
    }
    return sentence;
  }
}
