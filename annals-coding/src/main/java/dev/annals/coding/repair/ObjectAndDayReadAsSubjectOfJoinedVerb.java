package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "South Korea's foreign ministry welcomed the rescue and on Saturday sent a team to Yangon": the
 * parser may join the day to the first verb's object ({@code conj(rescue, Saturday)}), make both
 * the subjects of the second verb ({@code nsubj(sent, rescue)}, {@code nsubj(sent, Saturday)}) and
 * hang that verb on the first as what was welcomed ({@code ccomp(welcomed, sent)}), so the
 * welcome has no object and the team no sender. A day with a preposition of its own is never a
 * subject: the noun is the first verb's object, the day the second verb's time, and the second
 * verb the first one's subject's next act ({@code conj(welcomed, sent)}).
 */
public final class ObjectAndDayReadAsSubjectOfJoinedVerb implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency clause : sentence) {
      int main = clause.governor();
      int verb = clause.dependent();
      if (main < 0 || !clause.relation().equals("ccomp") || verb < main || !tokens.get(verb).tag().equals("VBD")
          || DependencyEdits.subjects(sentence, main).isEmpty() || DependencyEdits.hasChild(sentence, main, "obj")) {
        continue;
      }
      Optional<Dependency> daySubject = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj") && d.dependent() > main
          && RepairWords.isDay(tokens.get(d.dependent()))).findFirst();
      if (daySubject.isEmpty()) {
        continue;
      }
      int day = daySubject.get().dependent();
      Optional<Dependency> preposition = sentence.stream().filter(d -> d.governor() == day && d.relation().equals("case")).findFirst();
      Optional<Dependency> nounSubject = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj") && d.dependent() > main
          && d.dependent() < day && tokens.get(d.dependent()).isNoun() && DependencyEdits.hasEdge(sentence, d.dependent(), day, "conj:and")).findFirst();
      if (preposition.isEmpty() || nounSubject.isEmpty()) {
        continue;
      }
      int noun = nounSubject.get().dependent();
      String when = "obl:" + tokens.get(preposition.get().dependent()).lemma().toLowerCase(Locale.ROOT);
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == nounSubject.get()) {
          mended.add(new Dependency(main, noun, "obj"));
        } else if (d == daySubject.get()) {
          mended.add(new Dependency(verb, day, when));
        } else if (d == clause) {
          mended.add(new Dependency(main, verb, "conj:and"));
        } else if (d.governor() == noun && d.dependent() == day && d.relation().startsWith("conj")) {
          continue;
        } else if (d.governor() == day && d.relation().equals("cc")) {
          mended.add(new Dependency(verb, d.dependent(), "cc"));
        } else {
          mended.add(d);
        }
      }
      return mended;
    }
    return sentence;
  }
}
