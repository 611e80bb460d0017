package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Colombia responded by suspending electricity sales to Ecuador": the parser makes "suspending"
 * an adjective of "sales" and "sales" the by-phrase of "responded" ({@code amod(sales,
 * suspending)}, {@code obl:by(responded, sales)}), so the act done in response is lost. A gerund
 * right after "by" that opens the by-phrase of an active verb is the means, the verb it governs:
 * {@code advcl:by(responded, suspending)}, {@code mark(suspending, by)}, {@code obj(suspending,
 * sales)}. A passive's by-phrase is its agent ("was attacked by warring factions") and is left
 * alone, and so are gerunds that are mostly adjectives ("by rising prices").
 */
public final class MeansGerundReadAsAdjective implements ParseRepair {
  /** Gerunds that are mostly adjectives: "by rising prices" (BarredGerundReadAsAdjective reads them too). */
  static final Set<String> ADJECTIVAL_GERUNDS = Set.of("increase", "grow", "rise", "exist", "lead", "war",
      "neighbour", "neighbor", "rule", "govern", "oppose", "visit", "remain", "follow", "emerge", "compete", "fight",
      "surround", "mount", "worsen", "escalate", "continue", "outgo", "incoming", "outgoing", "sit");
  private static final Set<String> PASSIVE_MARKS = Set.of("aux:pass", "nsubj:pass", "csubj:pass");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency amod : sentence) {
      int noun = amod.governor();
      int gerund = amod.dependent();
      int by = gerund - 1;
      if (!amod.relation().equals("amod") || by < 0 || gerund > noun || !tokens.get(gerund).tag().equals("VBG")
          || !tokens.get(by).text().toLowerCase(Locale.ROOT).equals("by")
          || ADJECTIVAL_GERUNDS.contains(tokens.get(gerund).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Dependency> phrase = sentence.stream()
          .filter(d -> d.dependent() == noun && d.relation().equals("obl:by") && tokens.get(d.governor()).tag().startsWith("VB")).findFirst();
      Optional<Dependency> byCase = sentence.stream()
          .filter(d -> d.governor() == noun && d.dependent() == by && d.relation().equals("case")).findFirst();
      if (phrase.isEmpty() || byCase.isEmpty() || passive(tokens, sentence, phrase.get().governor())) {
        continue;
      }
      int verb = phrase.get().governor();
      List<Dependency> mended = DependencyEdits.without(sentence, amod, phrase.get(), byCase.get());
      mended.add(new Dependency(verb, gerund, "advcl:by"));
      mended.add(new Dependency(gerund, by, "mark"));
      mended.add(new Dependency(gerund, noun, "obj"));
      return mended;
    }
    return sentence;
  }

  /** "was attacked by", "attacked by" as a participle of a noun: the by-phrase is the agent. */
  private static boolean passive(List<Token> tokens, List<Dependency> sentence, int verb) {
    boolean marked = sentence.stream().anyMatch(d -> d.governor() == verb && PASSIVE_MARKS.contains(d.relation()));
    boolean perfect = sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux")
        && tokens.get(d.dependent()).lemma().toLowerCase(Locale.ROOT).equals("have"));
    return marked || (tokens.get(verb).tag().equals("VBN") && !perfect);
  }
}
