package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "asked Ottawa to apply the ban only to Rio Grande do Sul and threatened to bring a case": the
 * tagger may read the Portuguese "do" of a place's name as the English verb ({@code dep(apply,
 * do)}, {@code obj(do, Sul)}) and the parser join the next verb to it ({@code conj:and(do,
 * threatened)}). A lower-case connective of a Romance name ("do", "da", "dos", "das") between a
 * name and a capitalised word is part of the name: its last word is the phrase's head, with the
 * words before it as its compounds, and a verb joined to the connective is joined to the verb that
 * takes the name.
 */
public final class NameConnectiveReadAsVerb implements ParseRepair {
  private static final Set<String> CONNECTIVES = Set.of("do", "da", "dos", "das");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (int t = 1; t + 1 < tokens.size(); t++) {
      Token word = tokens.get(t);
      int before = t - 1;
      int last = t + 1;
      if (!CONNECTIVES.contains(word.text()) || !word.isVerb() || !tokens.get(before).isProperNoun() || !Character.isUpperCase(tokens.get(last).text().charAt(0))) {
        continue;
      }
      int connective = t;
      Optional<Dependency> named = sentence.stream().filter(d -> d.dependent() == before && d.governor() >= 0 && d.governor() != connective
          && !d.relation().equals("compound")).findFirst();
      if (named.isEmpty()) {
        continue;
      }
      int taker = named.get().governor();
      // The verb a joined verb goes on from: the one that takes the name, or the phrase it is in.
      int verb = taker;
      for (int depth = 0; verb >= 0 && !tokens.get(verb).isVerb() && depth < 4; depth++) {
        verb = DependencyEdits.headEdge(sentence, verb).map(Dependency::governor).orElse(-1);
      }
      int goesOnFrom = verb >= 0 ? verb : taker;
      List<Dependency> repaired = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d.dependent() == connective || (d.governor() == connective && d.dependent() == last)) {
          continue;
        }
        if (d.dependent() == last) {
          continue;
        }
        if (d == named.get()) {
          repaired.add(new Dependency(taker, last, d.relation()));
        } else if (d.governor() == before) {
          repaired.add(new Dependency(last, d.dependent(), d.relation()));
        } else if (d.governor() == connective) {
          repaired.add(new Dependency(goesOnFrom, d.dependent(), d.relation()));
        } else {
          repaired.add(d);
        }
      }
      repaired.add(new Dependency(last, before, "compound"));
      repaired.add(new Dependency(last, connective, "compound"));
      return repaired;
    }
    return sentence;
  }
}
