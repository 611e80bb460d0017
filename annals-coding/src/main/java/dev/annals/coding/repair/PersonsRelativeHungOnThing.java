package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "sent his energy minister to Harare with a letter for President Emmerson Mnangagwa, who received
 * him on Friday": the parser may hang the "who" clause on the thing the person's phrase modifies
 * ({@code acl:relcl(letter, received)}, {@code nsubj(received, letter)}), so that the letter
 * receives. "Who" and "whom" name people: when a named person, or one named by a title ("the
 * UAE's president"), ends the thing's phrase right before
 * the clause ({@code nmod:for(letter, Mnangagwa)}), the clause, its pronoun and the thing's role in
 * it go to the person. Nouns that are people themselves ("the son of Mnangagwa, who") are left as
 * parsed.
 */
public final class PersonsRelativeHungOnThing implements ParseRepair {
  private static final Set<String> PERSON_PRONOUNS = Set.of("who", "whom");
  /** Nouns for people by their tie to another, which a "who" clause may describe as well as the person named after them. */
  private static final Set<String> PEOPLE_BY_TIE = Set.of("son", "daughter", "wife", "husband", "widow", "mother", "father", "brother", "sister",
      "child", "family", "relative", "lawyer", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "deputy", "successor",
      "predecessor", "ally", "friend", "supporter", "follower", "rival", "envoy", "representative", "secretary", "assistant", "guard", "bodyguard");

  /**
   * Titles that name one person without a name: "for talks with the UAE's president, who pledged
   * a loan" (the talks do not pledge).
   */
  private static final Set<String> TITLES = Set.of("president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "ambassador",
      "envoy", "governor", "mayor", "leader", "commander", "secretary-general");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency relcl : sentence) {
      int thing = relcl.governor();
      if (thing < 0 || !relcl.relation().equals("acl:relcl") || !tokens.get(thing).tag().startsWith("NN") || tokens.get(thing).tag().startsWith("NNP")
          || !Set.of("", "O").contains(tokens.get(thing).entity()) || PEOPLE_BY_TIE.contains(tokens.get(thing).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Dependency> ref = sentence.stream().filter(d -> d.governor() == thing && d.relation().equals("ref")
          && PERSON_PRONOUNS.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT))).findFirst();
      if (ref.isEmpty()) {
        continue;
      }
      int pronoun = ref.get().dependent();
      // The person's name ends right before the pronoun, or before the comma that opens the clause.
      int last = pronoun > 0 && tokens.get(pronoun - 1).text().equals(",") ? pronoun - 2 : pronoun - 1;
      Optional<Integer> person = sentence.stream().filter(d -> d.governor() == thing && d.relation().startsWith("nmod") && d.dependent() == last
          && (tokens.get(last).entity().equals("PERSON") || TITLES.contains(tokens.get(last).lemma().toLowerCase(Locale.ROOT)))).map(Dependency::dependent).findFirst();
      if (person.isEmpty()) {
        continue;
      }
      return DependencyEdits.relativeMoved(sentence, relcl, ref.get(), person.get());
    }
    return sentence;
  }
}
