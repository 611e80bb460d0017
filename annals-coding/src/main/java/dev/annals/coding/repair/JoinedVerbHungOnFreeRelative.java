package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "President Saied condemned what he called a cowardly crime and telephoned Tebboune": the parser
 * may join the verb after "and" to the verb of the free relative ({@code conj:and(called,
 * telephoned)}, with "he" its subject and the whole a complement of "condemned"), so that the
 * call shares the naming's subject and the naming the call's addressee. The free relative ("what
 * he called …") stays what the main verb takes; the verb after "and" is joined to the main verb
 * and has the main verb's subject.
 */
public final class JoinedVerbHungOnFreeRelative implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency joined : sentence) {
      int relative = joined.governor();
      int verb = joined.dependent();
      if (!joined.relation().equals("conj:and") || relative < 0 || verb < relative || !tokens.get(verb).isVerb()) {
        continue;
      }
      boolean freeRelative = sentence.stream().anyMatch(d -> d.governor() == relative && d.relation().equals("obj") && d.dependent() < relative
          && tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT).equals("what"));
      Optional<Dependency> complement = sentence.stream().filter(d -> d.dependent() == relative && d.governor() >= 0 && d.governor() < relative
          && (d.relation().equals("ccomp") || d.relation().equals("obj"))).findFirst();
      if (!freeRelative || complement.isEmpty()) {
        continue;
      }
      int main = complement.get().governor();
      Optional<Integer> mainSubject = sentence.stream().filter(d -> d.governor() == main && d.relation().equals("nsubj")).map(Dependency::dependent).findFirst();
      Optional<Integer> relativeSubject = sentence.stream().filter(d -> d.governor() == relative && d.relation().equals("nsubj"))
          .map(Dependency::dependent).findFirst();
      if (mainSubject.isEmpty() || relativeSubject.isEmpty()) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == joined || (d.governor() == main && d.dependent() == verb)) {
          continue;
        }
        boolean sharedSubject = d.dependent() == relativeSubject.get() && d.governor() != relative && d.relation().startsWith("nsubj")
            && (d.governor() == verb || sentence.stream().anyMatch(e -> e.governor() == verb && e.dependent() == d.governor()));
        mended.add(sharedSubject ? new Dependency(d.governor(), mainSubject.get(), d.relation()) : d);
      }
      mended.add(new Dependency(main, verb, "conj:and"));
      return mended;
    }
    return sentence;
  }
}
