package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "handed to a Beninese delegation, which thanked Togo for its help": the parser may make the
 * pronoun itself the relative clause ({@code acl:relcl(delegation, which)}), the clause's verb an
 * adjective of its object ({@code amod(Togo, thanked)}) and the object a loose word of the pronoun
 * ({@code dep(which, Togo)}), so the thanks have no verb. A past verb right after "which" or "who",
 * read so, is the relative clause's verb: {@code acl:relcl(delegation, thanked)}, {@code
 * nsubj(thanked, delegation)}, {@code ref(delegation, which)}, {@code obj(thanked, Togo)}.
 */
public final class RelativeVerbReadAsAdjectiveOfObject implements ParseRepair {
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency relative : sentence) {
      int noun = relative.governor();
      int pronoun = relative.dependent();
      int verb = pronoun + 1;
      if (noun < 0 || !relative.relation().equals("acl:relcl") || verb >= tokens.size() || !tokens.get(verb).tag().equals("VBD")
          || !isRelativePronoun(tokens.get(pronoun))) {
        continue;
      }
      Optional<Dependency> adjective = readAsAdjective(sentence, verb);
      if (adjective.isEmpty()) {
        continue;
      }
      int object = adjective.get().governor();
      Optional<Dependency> loose = sentence.stream().filter(d -> d.governor() == pronoun && d.dependent() == object && d.relation().equals("dep")).findFirst();
      if (loose.isEmpty()) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.withRelativeClause(DependencyEdits.without(sentence, relative, adjective.get(), loose.get()), noun, verb, pronoun);
      mended.add(new Dependency(verb, object, "obj"));
      return mended;
    }
    return sentence;
  }

  /** Whether the word is "which" or "who", which opens a relative clause. */
  static boolean isRelativePronoun(Token token) {
    return RELATIVE_PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /** The edge that makes the verb an adjective of a noun after it: {@code amod(Togo, thanked)}. */
  static Optional<Dependency> readAsAdjective(List<Dependency> sentence, int verb) {
    return sentence.stream().filter(d -> d.dependent() == verb && d.relation().equals("amod") && d.governor() > verb).findFirst();
  }
}
