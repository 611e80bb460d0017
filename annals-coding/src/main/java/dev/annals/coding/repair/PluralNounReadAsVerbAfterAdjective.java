package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "said it would provide armed escorts for the convoys": the tagger reads the plural noun after an
 * adjective as a verb ("escorts/VBZ"), and the parser makes the adjective the verb's complement
 * and the noun a loose dependent of it ({@code xcomp(provide, armed)}, {@code dep(armed,
 * escorts)}, {@code obl:for(armed, convoys)}), so the verb has no object. A verb with no object of
 * its own whose adjective complement is followed at once by such a word takes that word as its
 * object, the adjective on it ({@code obj(provide, escorts)}, {@code amod(escorts, armed)}), and
 * what hung on the adjective hangs on the verb.
 */
public final class PluralNounReadAsVerbAfterAdjective implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency complement : sentence) {
      int verb = complement.governor();
      int adjective = complement.dependent();
      int noun = adjective + 1;
      if (verb < 0 || !complement.relation().equals("xcomp") || !tokens.get(adjective).tag().equals("JJ") || noun >= tokens.size()
          || !tokens.get(noun).tag().equals("VBZ") || !tokens.get(verb).tag().startsWith("VB")
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"))) {
        continue;
      }
      Optional<Dependency> loose = sentence.stream().filter(d -> d.governor() == adjective && d.dependent() == noun && d.relation().equals("dep")).findFirst();
      if (loose.isEmpty() || sentence.stream().anyMatch(d -> d.governor() == noun)) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == complement || d == loose.get()) {
          continue;
        }
        mended.add(d.governor() == adjective ? new Dependency(verb, d.dependent(), d.relation()) : d);
      }
      mended.add(new Dependency(verb, noun, "obj"));
      mended.add(new Dependency(noun, adjective, "amod"));
      return mended;
    }
    return sentence;
  }
}
