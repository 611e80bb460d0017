package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Samoa's prime minister thanked China for offering to send police officers": the parser may make
 * the preposition the head of the clause ({@code advcl(thanked, for)}, {@code dep(for, offering)}),
 * so that the gerund hangs on no verb by its preposition and what it tells stands as an act of the
 * thanker. A preposition hung on a verb with a gerund as its only dependent is the gerund's marker:
 * {@code advcl:for(thanked, offering)}, {@code mark(offering, for)}.
 */
public final class PrepositionReadAsHeadOfGerund implements ParseRepair {
  private static final Set<String> HUNG = Set.of("advcl", "dep", "obl");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency hung : sentence) {
      int verb = hung.governor();
      int preposition = hung.dependent();
      if (verb < 0 || !HUNG.contains(hung.relation()) || !tokens.get(preposition).tag().equals("IN") || !tokens.get(verb).tag().startsWith("VB")) {
        continue;
      }
      List<Dependency> below = sentence.stream().filter(d -> d.governor() == preposition).toList();
      if (below.size() != 1 || !below.get(0).relation().equals("dep") || !tokens.get(below.get(0).dependent()).tag().equals("VBG")) {
        continue;
      }
      int gerund = below.get(0).dependent();
      String marker = tokens.get(preposition).text().toLowerCase(Locale.ROOT);
      return DependencyEdits.mapped(sentence, d -> d == hung ? new Dependency(verb, gerund, "advcl:" + marker)
          : d == below.get(0) ? new Dependency(gerund, preposition, "mark") : d);
    }
    return sentence;
  }
}
