package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attacks told by their means: the bombing or strike that does the harm a verb tells, who
 * carried it out, and the kind of attack its noun names.
 */
final class AttackNouns {
  /** The sector of an attacker no one names ("a roadside bomb killed ..."): unidentified armed forces. */
  private static final String UNIDENTIFIED_ARMED = "UAF";

  private final DependencyIndex index;
  private final EventLexicon lexicon;
  private final NounPhrases phrases;
  private final NounActors nounActors;

  AttackNouns(DependencyIndex index, EventLexicon lexicon, NounPhrases phrases, NounActors nounActors) {
    this.index = index;
    this.lexicon = lexicon;
    this.phrases = phrases;
    this.nounActors = nounActors;
  }

  /**
   * The attack that does the harm a verb tells: its subject ("a roadside bombing killed a
   * soldier", "US drone strikes have killed ...") or the attack it happened in ("civilians were
   * killed in a suicide bombing", "wounded two soldiers in a bomb attack"). Only
   * nouns that are attacks by the lexicon (roots 18 to 20) count: "the crash killed ..." names
   * no attacker.
   */
  Optional<Integer> acting(int verb, boolean passive) {
    // "wounded two soldiers in a bomb attack": the attack it was done in, in either voice; "was
    // killed by an Israeli drone strike": the passive's agent.
    List<Integer> candidates = new ArrayList<>(passive ? index.children(verb, Set.of("obl:agent", "obl:by")) : index.children(verb, Set.of("nsubj")));
    candidates.addAll(index.children(verb, Set.of("obl:in")));
    if (!passive && candidates.isEmpty() && index.token(verb).tag().equals("VBG")) {
      // "An airstrike hit a camp, killing 23 civilians": a participle with no subject of its own
      // is done by its clause's subject.
      index.head(verb).filter(h -> h.governor() >= 0 && (h.relation().equals("dep") || h.relation().startsWith("advcl")))
          .ifPresent(h -> candidates.addAll(index.children(h.governor(), Set.of("nsubj"))));
    }
    return candidates.stream().filter(n -> index.token(n).isNoun() && pattern(n).isPresent()).findFirst();
  }

  /** The noun's own actors ("US drone strikes"), else an unidentified armed group that the event's place places. */
  List<ActorMention> attackers(int attack) {
    List<ActorMention> named = new ArrayList<>(nounActors.sources(attack));
    int phrase = phrases.head(attack);
    if (phrase != attack) {
      named.addAll(nounActors.sources(phrase));
    }
    if (!named.isEmpty()) {
      return ActorMentions.distinct(named);
    }
    // "were killed in the attack": an attack told before, by whoever did it; only a new one
    // ("a roadside bombing") is by attackers no one names.
    if (index.isDefinite(attack)) {
      return List.of();
    }
    Token noun = index.token(attack);
    return List.of(ActorMention.at(noun, new Actor(UNIDENTIFIED_ARMED, noun.text(), Optional.empty(), Optional.of(UNIDENTIFIED_ARMED), ActorKind.GROUP)));
  }

  /** The attack noun's pattern of roots 18 to 20, a modifier's reading ("roadside bombing") first. */
  Optional<NounPattern> pattern(int noun) {
    int phrase = phrases.head(noun);
    NounPattern chosen = null;
    for (NounPattern pattern : lexicon.nounPatterns(lemma(noun))) {
      if (!CameoCodebook.isAttack(pattern.code())
          || (pattern.modifier().isPresent() && !phrases.hasModifier(noun, pattern.modifier().get()) && !phrases.hasModifier(phrase, pattern.modifier().get()))
          || (pattern.modifier().isEmpty() && countedBlaze(noun))) {
        continue;
      }
      if (chosen == null || (pattern.modifier().isPresent() && chosen.modifier().isEmpty())) {
        chosen = pattern;
      }
    }
    return Optional.ofNullable(chosen);
  }

  /** Nouns of shooting that, counted, are a blaze: "Israeli fire killed two", but "a fire swept through a lodging house, killing nine". */
  private static final Set<String> BLAZES_WHEN_COUNTED = Set.of("fire");
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");

  private boolean countedBlaze(int noun) {
    return BLAZES_WHEN_COUNTED.contains(lemma(noun).toLowerCase(java.util.Locale.ROOT))
        && index.children(noun, Set.of("det")).stream().anyMatch(d -> INDEFINITE_ARTICLES.contains(lemma(d).toLowerCase(java.util.Locale.ROOT)));
  }

  private String lemma(int token) {
    return index.lemma(token);
  }
}
