package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The official who tells a clause for a state: "..., Pakistani officials said", "Mali's government
 * said that security forces fired", "..., the Interior Ministry said". What a state's official
 * tells of its authorities or people without naming their country is mostly of that state.
 */
public final class StateTellers {
  /** Enhanced graphs may loop; a sentence's clauses are fewer than this. */
  private static final int MAX_CLAUSE_STEPS = 20;

  private final DependencyIndex index;
  private final SubjectActors subjectActors;
  private final EventLexicon lexicon;

  StateTellers(DependencyIndex index, SubjectActors subjectActors, EventLexicon lexicon) {
    this.index = index;
    this.subjectActors = subjectActors;
    this.lexicon = lexicon;
  }

  /** The tellers of an article whose actors are resolved. */
  public static StateTellers of(DependencyIndex index, ArticleActors actors, EventLexicon lexicon, ActorResolver resolver) {
    return new StateTellers(index, new SubjectActors(index, actors, lexicon, new NounActors(index, actors, lexicon, resolver)), lexicon);
  }

  /**
   * The first teller of the verb's clause who speaks for a state, named or not, through the
   * clauses it is joined to or hangs on ("fired tear gas to disperse the crowd"): the speech verb's subject when the clause is its complement, or the
   * closing attribution the parser may hang on the content ("..., and 34 people were detained,
   * the Interior Ministry said").
   */
  public Optional<ActorMention> tellerOf(int verb) {
    int clause = verb;
    for (int steps = 0; steps < MAX_CLAUSE_STEPS; steps++) {
      Optional<Integer> closing = closingAttribution(clause);
      if (closing.isPresent()) {
        return officialAmong(subjectActors.of(closing.get()));
      }
      Optional<Dependency> head = index.head(clause);
      if (head.isEmpty() || head.get().governor() < 0) {
        return Optional.empty();
      }
      int governor = head.get().governor();
      if (head.get().relation().equals("ccomp") && lexicon.isSpeechVerb(index.lemma(governor))) {
        return officialAmong(subjectActors.of(governor));
      }
      String relation = head.get().relation();
      if (relation.equals("acl:relcl")) {
        // "they had opened an investigation into the captain, a Trinidadian who was detained on
        // Sunday": a relative clause on a noun of the told clause, telling what was done to the
        // noun, is told too; one telling what the noun does ("the court, which can order ...")
        // has its own doer.
        int relative = clause;
        boolean undergone = index.children(relative).stream().anyMatch(d -> d.relation().equals("nsubj:pass") && d.dependent() == governor);
        Optional<Integer> owner = undergone ? clauseOfNoun(governor) : Optional.empty();
        if (owner.isEmpty()) {
          return Optional.empty();
        }
        clause = owner.get();
        continue;
      }
      if (!relation.startsWith("conj") && !relation.equals("xcomp") && !relation.startsWith("advcl")) {
        return Optional.empty();
      }
      clause = governor;
    }
    return Optional.empty();
  }

  /** The verb whose argument the noun is, through the nouns it is in apposition to or modifies: "an investigation into the captain, a Trinidadian". */
  private Optional<Integer> clauseOfNoun(int noun) {
    int word = noun;
    for (int steps = 0; steps < MAX_CLAUSE_STEPS; steps++) {
      Optional<Dependency> head = index.head(word);
      if (head.isEmpty() || head.get().governor() < 0) {
        return Optional.empty();
      }
      String relation = head.get().relation();
      boolean argument = relation.startsWith("nsubj") || relation.equals("obj") || relation.equals("iobj") || relation.startsWith("obl");
      if (!argument && !relation.equals("appos") && !relation.startsWith("nmod")) {
        return Optional.empty();
      }
      word = head.get().governor();
      if (argument) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  /**
   * The speech verb the parser hung on the clause as a parataxis, or on the last of the clauses
   * joined to it: "Security forces fired tear gas, and no staff were hurt, Mali's government said".
   */
  private Optional<Integer> closingAttribution(int clause) {
    List<Integer> clauses = new java.util.ArrayList<>(List.of(clause));
    index.children(clause).stream().filter(d -> d.relation().startsWith("conj")).forEach(d -> clauses.add(d.dependent()));
    for (int joined : clauses) {
      for (int teller : index.children(joined, Set.of("parataxis"))) {
        if (lexicon.isSpeechVerb(index.lemma(teller))) {
          return Optional.of(teller);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<ActorMention> officialAmong(List<ActorMention> tellers) {
    return tellers.stream().filter(m -> isStateOfficial(m.actor()) && (isOfAState(m) || isUnplacedOfficial(m.actor()))).findFirst();
  }

  /** An official of a state the text does not name: "Security Minister Mahamadou Sana", "the Interior Ministry". */
  private static boolean isUnplacedOfficial(Actor actor) {
    return actor.country().isEmpty() && (actor.kind() == ActorKind.PERSON || actor.kind() == ActorKind.GROUP) && actor.sector().isPresent();
  }

  /** A mention of an actor of a state: not an organisation of states nor a region. */
  static boolean isOfAState(ActorMention mention) {
    Actor actor = mention.actor();
    return actor.country().isPresent() && actor.kind() != ActorKind.ORGANISATION && actor.kind() != ActorKind.REGION;
  }

  /** A state itself, or one of its branches: not its rebels, business or press. */
  private static boolean isStateOfficial(Actor actor) {
    return actor.sector().isEmpty() || ActorResolver.STATE_SECTORS.contains(actor.sector().get());
  }
}
