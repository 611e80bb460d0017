package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "Both were arrested on Thursday evening on suspicion of criminal damage, the Metropolitan Police
 * said": the parser may make the closing saying the root and hang what it reports on it as an
 * adverbial clause ({@code advcl(said, arrested)}), as if the arrest told when or why the police
 * spoke, so the arrest is read as no act of its own. A finite clause with a subject of its own and
 * no word that marks it adverbial ("when", "after", "because"), before the comma of a closing
 * saying that reports nothing else, is what the saying reports, as the parser reads it with "They
 * were arrested": the sentence's root, the saying a parenthetical on it ({@code parataxis(arrested,
 * said)}).
 */
public final class ReportedClauseReadAsAdverbialOfClosingSaying implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int saying = DependencyEdits.root(sentence);
    if (saying < 0) {
      return sentence;
    }
    Optional<Integer> speaker = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
    boolean reportsOther = sentence.stream().anyMatch(d -> d.governor() == saying && (d.relation().equals("ccomp") || d.relation().equals("obj")));
    if (!RepairWords.isSaying(tokens.get(saying)) || speaker.isEmpty() || speaker.get() > saying || reportsOther) {
      return sentence;
    }
    for (Dependency adverbial : sentence) {
      int reported = adverbial.dependent();
      if (adverbial.governor() != saying || !adverbial.relation().equals("advcl") || reported > speaker.get() || !tokens.get(reported).tag().startsWith("VB")
          || !hasOwnSubject(sentence, reported) || isMarked(tokens, sentence, reported) || !commaBetween(tokens, sentence, saying, reported, speaker.get())) {
        continue;
      }
      return DependencyEdits.rootedAt(sentence, saying, reported, d -> d == adverbial ? new Dependency(reported, saying, "parataxis") : d);
    }
    return sentence;
  }

  private static boolean hasOwnSubject(List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj") && d.dependent() < verb);
  }

  /** A clause marked adverbial: "after", "because" ({@code mark}), "when", "where" ({@code advmod}). */
  private static boolean isMarked(List<Token> tokens, List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && (d.relation().equals("mark") || d.relation().equals("advmod") && tokens.get(d.dependent()).tag().startsWith("W")));
  }

  /** Whether a comma hung on the saying stands between the reported clause and the speaker. */
  private static boolean commaBetween(List<Token> tokens, List<Dependency> sentence, int saying, int reported, int speaker) {
    return sentence.stream().anyMatch(d -> d.governor() == saying && d.relation().equals("punct") && d.dependent() > reported && d.dependent() < speaker
        && tokens.get(d.dependent()).text().equals(","));
  }
}
