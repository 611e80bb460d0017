package dev.annals.coding.repair;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "barred state institutions from buying surveillance cameras and telecommunications equipment":
 * the parser may make the gerund after "from" an adjective of its object and the object the
 * from-phrase of the verb ({@code amod(cameras, buying)}, {@code obl:from(barred, cameras)}), so
 * what is barred is lost. A gerund right after "from" that opens the from-phrase of a verb of
 * preventing (cameo/preventing-verbs.txt) is what is prevented: {@code advcl:from(barred,
 * buying)}, {@code mark(buying, from)}, {@code obj(buying, cameras)}, and the nouns joined to the
 * object, which the parser also hung on the verb, are the gerund's objects too. Gerunds that are
 * mostly adjectives ("from rising prices") are left alone, as {@link MeansGerundReadAsAdjective}
 * leaves them after "by".
 */
public final class BarredGerundReadAsAdjective implements ParseRepair {
  private static final Set<String> PREVENTING = Set.copyOf(TsvFile.readWordList("dev/annals/coding/cameo/preventing-verbs.txt"));

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency amod : sentence) {
      int noun = amod.governor();
      int gerund = amod.dependent();
      int from = gerund - 1;
      if (!amod.relation().equals("amod") || from < 0 || gerund > noun || !tokens.get(gerund).tag().equals("VBG")
          || !tokens.get(from).text().toLowerCase(Locale.ROOT).equals("from")
          || MeansGerundReadAsAdjective.ADJECTIVAL_GERUNDS.contains(tokens.get(gerund).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Dependency> phrase = sentence.stream().filter(d -> d.dependent() == noun && d.relation().equals("obl:from")
          && PREVENTING.contains(tokens.get(d.governor()).lemma().toLowerCase(Locale.ROOT))).findFirst();
      Optional<Dependency> fromCase = sentence.stream().filter(d -> d.governor() == noun && d.dependent() == from && d.relation().equals("case")).findFirst();
      if (phrase.isEmpty() || fromCase.isEmpty()) {
        continue;
      }
      int verb = phrase.get().governor();
      Set<Integer> joined = Set.copyOf(sentence.stream().filter(d -> d.governor() == noun && d.relation().startsWith("conj")).map(Dependency::dependent).toList());
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> {
        if (d == phrase.get()) {
          return new Dependency(verb, gerund, "advcl:from");
        }
        if (d == fromCase.get()) {
          return new Dependency(gerund, from, "mark");
        }
        if (d == amod) {
          return new Dependency(gerund, noun, "obj");
        }
        if (d.governor() == verb && d.relation().equals("obl:from") && joined.contains(d.dependent())) {
          return new Dependency(gerund, d.dependent(), "obj");
        }
        return d;
      });
      return mended;
    }
    return sentence;
  }
}
