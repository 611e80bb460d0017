package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Finland and Estonia will patrol the Gulf of Finland jointly to protect undersea cables, their
 * prime ministers announced in Tallinn on Monday": the tagger may read the closing verb of saying
 * as a participle, and the parser then makes its speaker a passive subject and hangs it on the
 * reported clause as a loose dependent ({@code nsubj:pass(announced, ministers)}, {@code
 * dep(protect, announced)}), so the reported act takes "Monday" as a day to come. A verb of saying
 * with no auxiliary after a comma, whose "passive" subject stands right after that comma and that
 * takes nothing after it but obliques, closes the sentence as its speaker's verb (an earlier
 * repair may already have made the subject active, leaving the verb loose): {@code
 * root(announced)}, {@code nsubj(announced, ministers)}, {@code ccomp(announced, patrol)}.
 */
public final class ClosingSayingReadAsPassive implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    int root = DependencyEdits.root(sentence);
    if (root < 0) {
      return sentence;
    }
    for (Dependency head : sentence) {
      int verb = head.dependent();
      if (head.governor() < 0 || !head.relation().equals("dep") || verb <= root || !RepairWords.isSaying(tokens.get(verb)) || !tokens.get(verb).tag().equals("VBN")
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("aux"))) {
        continue;
      }
      Optional<Dependency> speaker = sentence.stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj") && d.dependent() < verb).findFirst();
      boolean closing = sentence.stream().filter(d -> d.governor() == verb && d.dependent() > verb)
          .allMatch(d -> d.relation().startsWith("obl") || d.relation().equals("punct"));
      if (speaker.isEmpty() || !closing || !afterComma(tokens, sentence, speaker.get().dependent())) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == head) {
          continue;
        }
        if (d == speaker.get()) {
          mended.add(new Dependency(verb, d.dependent(), "nsubj"));
        } else if (d.governor() < 0) {
          mended.add(new Dependency(verb, d.dependent(), "ccomp"));
        } else {
          mended.add(d);
        }
      }
      mended.add(new Dependency(-1, verb, "root"));
      return mended;
    }
    return sentence;
  }

  /** The first word of the speaker's phrase follows a comma: ", their prime ministers". */
  private static boolean afterComma(List<Token> tokens, List<Dependency> sentence, int speaker) {
    int first = speaker;
    for (Dependency d : sentence) {
      if (d.governor() == speaker && d.dependent() < first && !d.relation().equals("punct")) {
        first = d.dependent();
      }
    }
    return first > 0 && tokens.get(first - 1).text().equals(",");
  }
}
