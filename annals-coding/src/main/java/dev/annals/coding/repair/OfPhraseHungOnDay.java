package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "The Rapid Support Forces accused Eritrea on Friday of training and arming fighters": news puts
 * the day between the verb's object and its "of" phrase, and the parser hangs the "of" phrase on
 * the day ({@code nmod:of(Friday, training)}) and joins the second gerund to the main verb with
 * its subject ({@code conj:and(accused, arming)}, {@code nsubj(arming, Forces)}), so the accuser
 * arms the fighters. A day names no one's deed: its "of" phrase goes back to the verb the day
 * dates ({@code obl:of(accused, training)}), and a gerund joined to the main verb right after
 * "and" within that phrase is joined to the first one, with no subject of its own. A noun's "of"
 * phrase after a day told right after the verb's object is the object's: "ordered the arrest on
 * Friday of two former police officers" arrests the officers.
 */
public final class OfPhraseHungOnDay implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency dated : sentence) {
      int verb = dated.governor();
      int day = dated.dependent();
      if (verb < 0 || !dated.baseRelation().equals("obl") || day < verb || !tokens.get(verb).isVerb() || !RepairWords.isDay(tokens.get(day))) {
        continue;
      }
      Dependency of = sentence.stream().filter(d -> d.governor() == day && d.relation().equals("nmod:of") && d.dependent() == day + 2 && isGerund(tokens.get(d.dependent())))
          .findFirst().orElse(null);
      if (of == null) {
        // "ordered the arrest on Friday of two former Spanish police officers": the "of" noun
        // of a day told right after the verb's object is that object's.
        Dependency nounOf = sentence.stream().filter(d -> d.governor() == day && d.relation().equals("nmod:of") && d.dependent() > day
            && tokens.get(d.dependent()).tag().startsWith("NN") && !isGerund(tokens.get(d.dependent()))).findFirst().orElse(null);
        java.util.Optional<Integer> object = sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("obj") && d.dependent() == day - 2
            && tokens.get(d.dependent()).tag().startsWith("NN")).map(Dependency::dependent).findFirst();
        if (nounOf != null && object.isPresent()) {
          return DependencyEdits.replaced(sentence, nounOf, new Dependency(object.get(), nounOf.dependent(), "nmod:of"));
        }
        continue;
      }
      int first = of.dependent();
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        boolean joinedGerund = d.governor() == verb && d.relation().equals("conj:and") && d.dependent() == first + 2
            && tokens.get(first + 1).text().equalsIgnoreCase("and") && tokens.get(d.dependent()).tag().equals("VBG");
        boolean borrowedSubject = d.relation().equals("nsubj") && d.governor() == first + 2 && tokens.get(first + 2).tag().equals("VBG")
            && sentence.stream().anyMatch(j -> j.governor() == verb && j.dependent() == first + 2 && j.relation().equals("conj:and"));
        if (d == of) {
          mended.add(new Dependency(verb, first, "obl:of"));
        } else if (joinedGerund) {
          mended.add(new Dependency(first, d.dependent(), "conj:and"));
          mended.add(new Dependency(verb, d.dependent(), "obl:of"));
        } else if (!borrowedSubject) {
          mended.add(d);
        }
      }
      return mended;
    }
    return sentence;
  }

  /** A gerund, or one the tagger read as a noun in "-ing": "of training", "of arming". */
  private static boolean isGerund(Token token) {
    return token.tag().equals("VBG") || (token.tag().startsWith("NN") && token.text().toLowerCase(Locale.ROOT).endsWith("ing"));
  }
}
