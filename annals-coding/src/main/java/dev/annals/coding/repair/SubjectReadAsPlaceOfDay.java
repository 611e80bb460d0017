package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * "..., but on Saturday Bamako ordered two French diplomats to leave": with no comma after the
 * day, the parser reads the day and the name after it as one phrase, "on [Saturday Bamako]"
 * ({@code compound(Bamako, Saturday)}, {@code obl:on(ordered, Bamako)}), and the verb, joined to
 * an earlier one, borrows that verb's subject. A name right after "on" and a day word, right
 * before a verb in the past tense, is the verb's subject, and the day its time: {@code
 * nsubj(ordered, Bamako)}, {@code obl:on(ordered, Saturday)}; a subject the verb borrowed from
 * before the day goes. The same holds when the name owns the noun right before the verb: "On
 * Sunday Grenada's prime minister demanded ..." is read {@code obl:on(demanded, minister)} with
 * {@code nmod:poss(minister, Grenada)}, and the minister is the subject.
 */
public final class SubjectReadAsPlaceOfDay implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency compound : sentence) {
      int name = compound.governor();
      int day = compound.dependent();
      if (name < 0 || !compound.relation().equals("compound") || day != name - 1 || day < 1
          || !RepairWords.isDay(tokens.get(day)) || !tokens.get(name).isProperNoun() || !tokens.get(day - 1).text().equalsIgnoreCase("on")) {
        continue;
      }
      int head = phraseHead(name, sentence);
      int verb = head + 1;
      if (verb >= tokens.size() || !tokens.get(verb).tag().equals("VBD")) {
        continue;
      }
      Dependency place = sentence.stream().filter(d -> d.governor() == verb && d.dependent() == head && d.relation().startsWith("obl")).findFirst().orElse(null);
      Dependency on = sentence.stream().filter(d -> d.governor() == head && d.dependent() == day - 1 && d.relation().equals("case")).findFirst().orElse(null);
      if (place == null || on == null) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        boolean borrowedSubject = d.governor() == verb && d.relation().startsWith("nsubj") && d.dependent() < day;
        if (d == compound || d == place || d == on || borrowedSubject) {
          continue;
        }
        mended.add(d);
      }
      mended.add(new Dependency(day, day - 1, "case"));
      mended.add(new Dependency(verb, day, "obl:on"));
      mended.add(new Dependency(verb, head, "nsubj"));
      return mended;
    }
    return sentence;
  }

  /** The name itself, or the noun it owns ("Grenada's prime minister"). */
  private static int phraseHead(int name, List<Dependency> sentence) {
    return sentence.stream().filter(d -> d.dependent() == name && d.relation().equals("nmod:poss") && d.governor() > name)
        .mapToInt(Dependency::governor).findFirst().orElse(name);
  }
}
