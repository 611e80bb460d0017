package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * "… tried to visit a migrant holding centre in Dajabon, Haiti's foreign ministry said on
 * Monday": the parser takes the speaker for an apposition of the noun before the comma ({@code
 * appos(Dajabon, ministry)}) and leaves "said" with no subject, hung loosely on the main verb, so
 * the saying is given to whoever did the main act. A verb of saying with no subject, right after
 * a noun in apposition that follows a comma, closes the sentence with its speaker: the noun is its
 * subject, and the saying reports the main clause ({@code parataxis(root, said)}).
 */
public final class SpeakerHungAsAppositionOfPlace implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency appos : sentence) {
      int speaker = appos.dependent();
      int verb = speaker + 1;
      if (!appos.relation().equals("appos") || verb >= tokens.size() || !RepairWords.isSaying(tokens.get(verb)) || !tokens.get(speaker).isNoun()) {
        continue;
      }
      boolean subjectless = sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
      int phraseStart = sentence.stream().filter(d -> d.governor() == speaker && d.dependent() < speaker).mapToInt(Dependency::dependent).min().orElse(speaker);
      boolean afterComma = phraseStart > 0 && tokens.get(phraseStart - 1).text().equals(",") && appos.governor() < phraseStart;
      if (!subjectless || !afterComma) {
        continue;
      }
      int root = DependencyEdits.root(sentence);
      if (root < 0 || root == verb) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> d.dependent() == verb && d.governor() >= 0 && (d.relation().equals("dep") || d.relation().equals("ccomp"))
          ? new Dependency(root, verb, "parataxis") : d);
      mended.remove(appos);
      mended.add(new Dependency(verb, speaker, "nsubj"));
      return mended;
    }
    return sentence;
  }
}
