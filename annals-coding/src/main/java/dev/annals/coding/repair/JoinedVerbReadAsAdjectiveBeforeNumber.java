package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Indonesian soldiers crossed the border while chasing separatist fighters and detained two
 * villagers": the tagger may read "detained" as a participle, and the parser then makes it an
 * adjective of "villagers" ({@code amod(villagers, detained)}) and joins the villagers to the
 * fighters, so the detention is lost. An adjective stands after a number or a determiner ("two
 * detained villagers"), never before one: a past participle right after "and" that comes before
 * its noun's number or determiner is a verb, the noun its object, joined to the nearest past-tense
 * verb before it and sharing that verb's subject.
 */
public final class JoinedVerbReadAsAdjectiveBeforeNumber implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency adjective : sentence) {
      int noun = adjective.governor();
      int verb = adjective.dependent();
      if (noun < 0 || !adjective.relation().equals("amod") || !tokens.get(verb).tag().equals("VBN") || verb < 1 || noun < verb
          || !tokens.get(verb - 1).text().equalsIgnoreCase("and")) {
        continue;
      }
      boolean numberAfter = sentence.stream().anyMatch(d -> d.governor() == noun && (d.relation().equals("nummod") || d.relation().equals("det"))
          && d.dependent() > verb && d.dependent() < noun);
      if (!numberAfter) {
        continue;
      }
      Optional<Integer> main = Optional.empty();
      for (int t = verb - 2; t >= 0; t--) {
        if (tokens.get(t).tag().equals("VBD")) {
          main = Optional.of(t);
          break;
        }
      }
      if (main.isEmpty()) {
        continue;
      }
      int first = main.get();
      int and = verb - 1;
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == adjective || d.dependent() == noun || d.dependent() == and) {
          continue;
        }
        mended.add(d);
      }
      mended.add(new Dependency(verb, and, "cc"));
      mended.add(new Dependency(first, verb, "conj:and"));
      mended.add(new Dependency(verb, noun, "obj"));
      sentence.stream().filter(d -> d.governor() == first && d.relation().equals("nsubj"))
          .forEach(d -> mended.add(new Dependency(verb, d.dependent(), "nsubj")));
      return mended;
    }
    return sentence;
  }
}
