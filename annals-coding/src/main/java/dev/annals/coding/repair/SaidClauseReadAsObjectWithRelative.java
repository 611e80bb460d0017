package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "said a treaty the two countries signed in 2012 required both governments to approve any such
 * survey, and it asked Victoria to suspend the agreement": a reported clause with no "that",
 * whose subject has a relative clause with no pronoun. The parser makes the subject the saying's
 * object, hangs the relative clause's subject on it as a loose dependent, and hangs both verbs on
 * that subject as participles ({@code obj(said, treaty)}, {@code dep(treaty, countries)}, {@code
 * acl(countries, signed)}, {@code acl(countries, required)}), and a verb joined after them on the
 * same noun. The second verb, which has a complement of its own, is the reported clause's, with
 * the object for its subject ({@code ccomp(said, required)}, {@code nsubj(required, treaty)}); the
 * first is the relative clause on it ({@code acl:relcl(treaty, signed)}, {@code nsubj(signed,
 * countries)}, {@code obj(signed, treaty)}); a verb joined to the loose noun is joined to the saying.
 */
public final class SaidClauseReadAsObjectWithRelative implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency object : sentence) {
      int saying = object.governor();
      int noun = object.dependent();
      if (!object.relation().equals("obj") || saying < 0 || !RepairWords.isSaying(tokens.get(saying)) || !tokens.get(noun).isNoun()
          || DependencyEdits.hasChild(sentence, saying, "ccomp")) {
        continue;
      }
      Optional<Dependency> loose = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("dep") && d.dependent() > noun
          && tokens.get(d.dependent()).isNoun()).findFirst();
      if (loose.isEmpty()) {
        continue;
      }
      int doer = loose.get().dependent();
      List<Dependency> participles = sentence.stream().filter(d -> d.governor() == doer && d.relation().equals("acl") && d.dependent() > doer
          && tokens.get(d.dependent()).tag().matches("VBN|VBD")).sorted(java.util.Comparator.comparingInt(Dependency::dependent)).toList();
      if (participles.size() != 2) {
        continue;
      }
      int relative = participles.get(0).dependent();
      int reported = participles.get(1).dependent();
      boolean reportedHasComplement = DependencyEdits.hasChild(sentence, reported, "obj") || DependencyEdits.hasChild(sentence, reported, "xcomp")
          || DependencyEdits.hasChild(sentence, reported, "ccomp");
      if (DependencyEdits.hasChild(sentence, relative, "obj") || !reportedHasComplement) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == object) {
          mended.add(new Dependency(saying, reported, "ccomp"));
          mended.add(new Dependency(reported, noun, "nsubj"));
        } else if (d == loose.get()) {
          mended.add(new Dependency(relative, doer, "nsubj"));
        } else if (d == participles.get(0)) {
          mended.add(new Dependency(noun, relative, "acl:relcl"));
          mended.add(new Dependency(relative, noun, "obj"));
        } else if (d == participles.get(1)) {
          continue;
        } else if (d.governor() == doer && d.relation().startsWith("conj") && d.dependent() > reported) {
          // "…, and it asked Victoria to suspend the agreement": the saying's second verb.
          mended.add(new Dependency(saying, d.dependent(), d.relation()));
        } else if (d.governor() == noun && d.relation().equals("dep") && d.dependent() > reported && tokens.get(d.dependent()).isVerb()) {
          continue;
        } else {
          mended.add(d);
        }
      }
      return mended;
    }
    return sentence;
  }
}
