package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "the sanctions that West African states imposed on Niger": the tagger reads "states" after a
 * people's or region's adjective as the verb "to state" ({@code nsubj(states, African)}, {@code
 * xcomp(states, imposed)}, {@code acl:relcl(sanctions, states)}), so the states impose nothing.
 * "states" tagged a verb, right after a modifier that is its subject and right before a past verb
 * it governs, is that verb's subject and the modifier its adjective; every other edge on it goes to
 * the past verb.
 */
public final class StatesReadAsVerb implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (int states = 1; states + 1 < tokens.size(); states++) {
      int word = states;
      int modifier = states - 1;
      int verb = states + 1;
      if (!tokens.get(word).text().toLowerCase(Locale.ROOT).equals("states") || !tokens.get(word).tag().equals("VBZ")
          || !(tokens.get(modifier).tag().equals("JJ") || tokens.get(modifier).tag().startsWith("NNP"))
          || !(tokens.get(verb).tag().equals("VBD") || tokens.get(verb).tag().equals("VBN"))) {
        continue;
      }
      Optional<Dependency> subject = sentence.stream().filter(d -> d.governor() == word && d.dependent() == modifier && d.relation().equals("nsubj")).findFirst();
      Optional<Dependency> complement = sentence.stream().filter(d -> d.governor() == word && d.dependent() == verb
          && (d.relation().equals("xcomp") || d.relation().equals("ccomp"))).findFirst();
      if (subject.isEmpty() || complement.isEmpty()) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.movedOnto(DependencyEdits.without(sentence, subject.get(), complement.get()), word, verb);
      mended.add(new Dependency(word, modifier, "amod"));
      mended.add(new Dependency(verb, word, "nsubj"));
      return mended;
    }
    return sentence;
  }
}
