package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "India will supply Vietnam with missiles under a deal signed in Hanoi on Tuesday": the parser
 * hangs the closing day on the main verb ({@code obl:on(supply, Tuesday)}), so the supplying,
 * which is still to come, happens on a Tuesday past. A day right after a past participle's phrase
 * ({@code acl(deal, signed)}), on a verb with a modal of what is to come, is the participle's:
 * a thing done is dated, a plan is not ({@code obl:on(signed, Tuesday)}).
 */
public final class DayOfMakingHungOnPlannedAct implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int verb = time.governor();
      int day = time.dependent();
      if (verb < 0 || !time.relation().equals("obl:on") || !RepairWords.isDay(tokens.get(day)) || day < 2) {
        continue;
      }
      boolean planned = sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux") && RepairWords.isModalOfWhatMayBe(tokens.get(d.dependent())));
      if (!planned) {
        continue;
      }
      // The participle whose phrase ends right before "on": "signed in Hanoi | on Tuesday".
      int before = day - 2;
      Optional<Integer> participle = sentence.stream().filter(d -> d.relation().equals("acl") && tokens.get(d.dependent()).tag().equals("VBN")
          && d.dependent() > verb && d.dependent() <= before && lastWord(sentence, d.dependent()) == before).map(Dependency::dependent).findFirst();
      if (participle.isEmpty() || !tokens.get(day - 1).text().equalsIgnoreCase("on")) {
        continue;
      }
      return DependencyEdits.mapped(sentence, d -> d == time ? new Dependency(participle.get(), day, "obl:on") : d);
    }
    return sentence;
  }

  /** The last word of a word's phrase. */
  private static int lastWord(List<Dependency> sentence, int head) {
    int last = head;
    for (Dependency d : sentence) {
      if (d.governor() == head && d.dependent() > head && !d.relation().equals("punct")) {
        last = Math.max(last, lastWord(sentence, d.dependent()));
      }
    }
    return last;
  }
}
