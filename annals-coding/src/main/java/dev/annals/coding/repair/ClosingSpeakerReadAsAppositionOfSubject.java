package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "…, two days after a cyclone killed at least 60 people along Bangladesh's southern coast,
 * Turkey's disaster agency said": the parser makes the last object before the comma the closing
 * saying's subject and the speaker its apposition ({@code nsubj(said, people)}, {@code
 * appos(people, agency)}), so the dead tell the story. A verb of saying that closes the sentence
 * speaks through the noun right before it, set off by a comma: {@code nsubj(said, agency)}; the
 * noun the parser took for its subject goes back to the verb right before its phrase, as that
 * verb's object when it has none ({@code obj(killed, people)}).
 */
public final class ClosingSpeakerReadAsAppositionOfSubject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int saying = subject.governor();
      int noun = subject.dependent();
      int speaker = saying - 1;
      if (saying < 0 || !subject.relation().equals("nsubj") || noun >= speaker || !ClosingSpeakerReadAsAppositionOfLastNoun.isTelling(tokens.get(saying))
          || !tokens.get(saying).tag().equals("VBD") || !DependencyEdits.closesSentence(sentence, saying) || !tokens.get(speaker).isNoun()) {
        continue;
      }
      Optional<Dependency> appos = sentence.stream().filter(d -> d.governor() == noun && d.dependent() == speaker && d.relation().equals("appos")).findFirst();
      int speakerStart = DependencyEdits.phraseStart(sentence, speaker);
      if (appos.isEmpty() || speakerStart < 1 || !tokens.get(speakerStart - 1).text().equals(",")) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.without(sentence, subject, appos.get());
      mended.add(new Dependency(saying, speaker, "nsubj"));
      int before = DependencyEdits.phraseStart(sentence, noun) - 1;
      if (before >= 0 && tokens.get(before).tag().startsWith("VB") && !DependencyEdits.hasChild(sentence, before, "obj")) {
        mended.add(new Dependency(before, noun, "obj"));
      }
      return mended;
    }
    return sentence;
  }
}
