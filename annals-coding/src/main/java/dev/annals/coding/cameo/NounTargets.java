package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whom an event noun is aimed at: the nouns after its line's target prepositions, on the noun,
 * on its phrase or on its verb; what a participle on it targets; else whom its verb holds in the
 * role it names, or who is asked in a demand's clause.
 */
final class NounTargets {
  private static final Set<String> TARGETING_VERBS = Set.of("target", "aim", "direct");
  /** How a verb names the occasion or means it happened in: "in a telephone call", "during talks", "by phone". */
  private static final Set<String> OCCASION = Set.of("obl:in", "obl:during", "obl:by", "obl:over");

  private final DependencyIndex index;
  private final EventLexicon lexicon;
  private final NounActors nounActors;

  NounTargets(DependencyIndex index, EventLexicon lexicon, NounActors nounActors) {
    this.index = index;
    this.lexicon = lexicon;
    this.nounActors = nounActors;
  }

  /** The targets of the noun read by the chosen line, in the phrase it heads or sits in, with the light verb if it has one. */
  List<ActorMention> of(int noun, int phrase, NounPattern chosen, Optional<Integer> supportVerb) {
    List<Integer> targetTokens = new ArrayList<>();
    for (int head : new LinkedHashSet<>(List.of(noun, phrase))) {
      for (Dependency d : index.children(head)) {
        if (d.baseRelation().equals("nmod") && chosen.targetPrepositions().contains(d.suffix().replace('_', ' '))) {
          targetTokens.add(d.dependent());
          // "a suspension of air links with Serbia": the other side of the ties it acts on.
          if (d.relation().equals("nmod:of") && lexicon.isMutualNoun(lemma(d.dependent()))) {
            targetTokens.addAll(index.children(d.dependent(), Set.of("nmod:with")));
          }
        }
        if (d.relation().equals("acl") && TARGETING_VERBS.contains(lemma(d.dependent()))) {
          targetTokens.addAll(index.children(d.dependent(), Set.of("obj")));
          for (Dependency aim : index.children(d.dependent())) {
            if (aim.relation().equals("obl:at")) {
              targetTokens.add(aim.dependent());
            }
          }
        }
      }
    }
    // "raised the matter with Putin in a telephone call": a noun that is the occasion or means of
    // its verb ("in", "during", "by", "over") shares the verb's other side.
    Optional<Integer> governingVerb = index.head(phrase).filter(d -> (d.relation().equals("obj") || OCCASION.contains(d.relation())) && d.governor() >= 0)
        .map(Dependency::governor);
    Optional<Integer> prepositionHost = supportVerb.or(() -> governingVerb);
    if (prepositionHost.isPresent()) {
      for (Dependency d : index.children(prepositionHost.get())) {
        if (d.baseRelation().equals("obl") && chosen.targetPrepositions().contains(d.suffix().replace('_', ' '))) {
          targetTokens.add(d.dependent());
        }
        // "raised the dispute with Pedro Sanchez in a telephone call": the parser may hang the
        // other side on the matter raised ({@code nmod:with(dispute, Sanchez)}).
        if (d.relation().equals("obj") && d.dependent() != phrase && chosen.targetPrepositions().contains("with")) {
          targetTokens.addAll(index.children(d.dependent(), Set.of("nmod:with")));
        }
      }
    }
    // "handed him a formal request for the extradition", "gave Tehran an ultimatum": whom the
    // light verb hands the thing to is its "to".
    if (supportVerb.isPresent() && chosen.targetPrepositions().contains("to")) {
      targetTokens.addAll(index.children(supportVerb.get(), Set.of("iobj")));
    }
    List<ActorMention> targets = nounActors.of(targetTokens);
    if (targets.isEmpty()) {
      // "holding refugees as human shields", "took two diplomats as hostages": the verb's object
      // is whom the noun's act is done to.
      Optional<Dependency> asRole = index.head(phrase).filter(d -> d.relation().equals("obl:as") && d.governor() >= 0 && index.token(d.governor()).isVerb());
      if (asRole.isPresent()) {
        targets = nounActors.of(index.children(asRole.get().governor(), Set.of("obj")));
      }
    }
    if (targets.isEmpty() && (chosen.code().startsWith("02") || chosen.code().startsWith("10"))) {
      // "its demand that Israel ease restrictions": whoever is asked is the clause's subject.
      for (Dependency d : index.children(noun)) {
        if (d.relation().equals("ccomp") || d.relation().equals("acl")) {
          targets = nounActors.of(index.children(d.dependent(), Set.of("nsubj")));
        }
      }
    }
    return targets;
  }

  private String lemma(int token) {
    return index.lemma(token);
  }
}
