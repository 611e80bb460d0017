package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Thailand has granted asylum to an activist who fled last month, the Thai foreign ministry
 * confirmed on Friday, rejecting a request from Phnom Penh": the parser hangs the closing
 * attribution on the relative clause before it ({@code ccomp(fled, confirmed)}) and the participle
 * after it on the same clause ({@code dep(fled, rejecting)}), so the activist does the rejecting.
 * An attribution after a comma closes the whole sentence: it hangs from the root ({@code
 * parataxis(granted, confirmed)}), and a participle after it goes on with the speaker's clause
 * ({@code advcl(confirmed, rejecting)}).
 */
public final class AttributionHungOnRelativeClause implements ParseRepair {
  /** Verbs of telling that close a sentence, besides the sayings every repair knows. */
  private static final Set<String> ATTRIBUTING = Set.of("confirm", "report", "announce", "acknowledge");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    for (Dependency told : sentence) {
      int clause = told.governor();
      int saying = told.dependent();
      if (root < 0 || clause < 0 || !told.relation().equals("ccomp") || saying < clause || !attributing(tokens.get(saying))) {
        continue;
      }
      boolean relative = sentence.stream().anyMatch(d -> d.dependent() == clause && d.relation().equals("acl:relcl") && d.governor() < clause);
      Optional<Integer> speaker = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      if (!relative || root > clause || speaker.isEmpty() || speaker.get() > saying || !commaBefore(tokens, sentence, speaker.get(), clause)) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == told ? new Dependency(root, saying, "parataxis")
          : d.governor() == clause && d.dependent() > saying && isParticiple(tokens.get(d.dependent())) && (d.relation().equals("dep") || d.relation().startsWith("advcl"))
              ? new Dependency(saying, d.dependent(), "advcl") : d);
    }
    return sentence;
  }

  private static boolean attributing(Token token) {
    return RepairWords.isSaying(token) || ATTRIBUTING.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean isParticiple(Token token) {
    return token.tag().equals("VBG");
  }

  /** A comma between the relative clause and the speaker's phrase, which begins before its head. */
  private static boolean commaBefore(List<Token> tokens, List<Dependency> sentence, int speaker, int clause) {
    int first = speaker;
    for (Dependency d : sentence) {
      if (d.governor() == speaker && d.dependent() < first && d.dependent() > clause) {
        first = d.dependent();
      }
    }
    return first > 0 && tokens.get(first - 1).text().equals(",");
  }
}
