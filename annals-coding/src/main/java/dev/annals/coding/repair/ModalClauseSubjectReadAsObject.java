package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "said he hoped the release would help Tehran rebuild its ties": the parser may read the subject
 * of a reported clause as the object of the verb of hoping or believing ({@code obj(hoped,
 * release)}) and hang the clause's verb, with its modal and no subject, loosely on a verb above
 * ({@code dep(said, help)}), so that the hope is about the release itself. A verb of hoping,
 * expecting or believing takes the clause: the common noun is the subject of the modal verb that
 * follows its phrase ({@code nsubj(help, release)}), and that verb the complement of the verb of
 * hoping ({@code ccomp(hoped, help)}). A verb of saying is read so too ("said the bodies would be
 * flown to Rome later this week": what is said is the flight, and its week dates no act of the
 * speaker's), the subject of a passive clause as {@code nsubj:pass}; "told", whose object is whom
 * one tells, is not.
 */
public final class ModalClauseSubjectReadAsObject implements ParseRepair {
  private static final Set<String> HOPING = Set.of("hope", "expect", "believe", "think", "fear", "predict", "trust");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency object : sentence) {
      int hoping = object.governor();
      int noun = object.dependent();
      // A thing, not a name or pronoun, which may be whom one hopes of ("expects Taipei to …").
      if (hoping < 0 || !object.relation().equals("obj") || !takesClause(tokens.get(hoping)) || noun < hoping
          || !(tokens.get(noun).tag().equals("NN") || tokens.get(noun).tag().equals("NNS"))) {
        continue;
      }
      int phraseEnd = noun;
      for (Dependency d : sentence) {
        if (d.governor() == noun && d.dependent() > phraseEnd && !d.relation().startsWith("acl")) {
          phraseEnd = d.dependent();
        }
      }
      int modal = phraseEnd + 1;
      if (modal >= tokens.size() || !RepairWords.isModalOfWhatMayBe(tokens.get(modal))) {
        continue;
      }
      Optional<Integer> verb = sentence.stream().filter(d -> d.dependent() == modal && d.relation().equals("aux")).map(Dependency::governor).findFirst();
      if (verb.isEmpty() || verb.get() < modal || sentence.stream().anyMatch(d -> d.governor() == verb.get() && d.relation().startsWith("nsubj"))) {
        continue;
      }
      Optional<Dependency> loose = sentence.stream().filter(d -> d.dependent() == verb.get() && d.relation().equals("dep")).findFirst();
      if (loose.isEmpty()) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.without(sentence, object, loose.get());
      int clauseVerb = verb.get();
      boolean passive = sentence.stream().anyMatch(d -> d.governor() == clauseVerb && d.relation().equals("aux:pass"));
      mended.add(new Dependency(clauseVerb, noun, passive ? "nsubj:pass" : "nsubj"));
      mended.add(new Dependency(hoping, verb.get(), "ccomp"));
      return mended;
    }
    return sentence;
  }

  private static boolean takesClause(Token verb) {
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    return HOPING.contains(lemma) || (RepairWords.isSaying(verb) && !lemma.equals("tell"));
  }
}
