package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "... detained its 11 crew members, accusing them of smuggling diesel, Iranian state media
 * reported": the parser may read the speaker as an apposition of the noun before the comma ({@code
 * appos(diesel, media)}) and the closing verb of saying, with no subject, as a loose word of an
 * earlier verb ({@code dep(accusing, reported)}), so that no one tells the story and the telling
 * is the accused's. A verb of saying (or reporting) that closes the sentence, with no subject and
 * the noun right before it in apposition to a noun before a comma, speaks through that noun: {@code
 * nsubj(reported, media)}; it is the sentence's root, and what was the root is what it reports.
 */
public final class ClosingSpeakerReadAsAppositionOfLastNoun implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    for (Dependency loose : sentence) {
      int saying = loose.dependent();
      if (!loose.relation().equals("dep") || loose.governor() < 0 || loose.governor() > saying || !isTelling(tokens.get(saying))
          || !tokens.get(saying).tag().equals("VBD") || !DependencyEdits.closesSentence(sentence, saying) || root < 0 || root == saying
          || sentence.stream().anyMatch(d -> d.governor() == saying && d.relation().startsWith("nsubj"))) {
        continue;
      }
      int speaker = saying - 1;
      Optional<Dependency> appos = sentence.stream().filter(d -> d.dependent() == speaker && d.relation().equals("appos") && d.governor() >= 0
          && d.governor() + 1 < tokens.size() && tokens.get(d.governor() + 1).text().equals(",")).findFirst();
      if (appos.isEmpty() || !tokens.get(speaker).isNoun()) {
        continue;
      }
      return DependencyEdits.toldBy(DependencyEdits.without(sentence, loose, appos.get()), saying, speaker, root);
    }
    return sentence;
  }

  /** A verb of saying, or of reporting: "said", "reported" (ClosingSpeakerReadAsAppositionOfSubject reads them too). */
  static boolean isTelling(Token token) {
    return RepairWords.isSaying(token) || token.lemma().toLowerCase(Locale.ROOT).equals("report");
  }
}
