package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.petrarch.PetrarchVerb;
import dev.annals.coding.time.Tense;
import dev.annals.model.ActorMention;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import dev.annals.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Codes the verbs of a user's PETRARCH-format verb dictionary by its patterns alone. */
final class PetrarchVerbCoder {
  private final DependencyIndex index;
  private final ArticleActors actors;
  private final CameoCodebook codebook;
  private final ClauseMood mood;
  private final SubjectActors subjectActors;
  private final NounActors nounActors;
  private final PetrarchActors petrarchActors;

  PetrarchVerbCoder(DependencyIndex index, ArticleActors actors, CameoCodebook codebook, ClauseMood mood, SubjectActors subjectActors, NounActors nounActors,
      PetrarchActors petrarchActors) {
    this.index = index;
    this.actors = actors;
    this.codebook = codebook;
    this.mood = mood;
    this.subjectActors = subjectActors;
    this.nounActors = nounActors;
    this.petrarchActors = petrarchActors;
  }

  /**
   * A verb of a user's PETRARCH-format dictionary: its most specific matching pattern gives the
   * code, and the pattern's $ and + the source and target where it has them; otherwise the
   * subject acts on the first actor after the verb in its clause (the passive's subject when
   * the agent acts). The verb's objects are added to {@code consumedObjects}.
   */
  List<CodedMention> code(Sentence sentence, int verb, List<PetrarchVerb> candidates, Set<Integer> consumedObjects) {
    PetrarchMatcher matcher = new PetrarchMatcher(index, actors, sentence, t -> !petrarchActors.orNamed(t).isEmpty());
    boolean passive = index.isPassive(verb);
    List<ActorMention> defaultSources = passive ? subjectActors.agents(verb) : subjectActors.of(verb);
    boolean subjectActsInPassive = false;
    if (defaultSources.isEmpty() && passive) {
      // "The Philippines was criticized over its dispute with Eriador": with no agent, PETRARCH
      // codes the surface subject as the source.
      defaultSources = nounActors.of(index.children(verb, Set.of("nsubj:pass")));
      subjectActsInPassive = !defaultSources.isEmpty();
    }
    if (defaultSources.isEmpty()) {
      // "Ithilen's militia vowed", "The K.U. basketball team": PETRARCH reads any actor named
      // inside the subject's phrase.
      defaultSources = petrarchActors.namedInsideSubject(verb);
    }
    List<PetrarchVerb> longestFirst = new ArrayList<>(candidates);
    longestFirst.sort(Comparator.comparingInt((PetrarchVerb v) -> v.words().size()).reversed());
    PetrarchMatcher.Match match = null;
    for (PetrarchVerb candidate : longestFirst) {
      Optional<int[]> span = matcher.verbSpan(candidate, verb);
      if (span.isPresent()) {
        match = matcher.match(candidate, span.get(), defaultSources.size() >= 2);
        break;
      }
    }
    if (match == null || match.pattern().code().isEmpty()) {
      return List.of();
    }
    List<ActorMention> sources = match.source().map(petrarchActors::orNamed).orElse(defaultSources);
    if (sources.isEmpty()) {
      return List.of();
    }
    List<ActorMention> targets;
    if (match.target().isPresent()) {
      targets = petrarchActors.orNamed(match.target().get());
    } else if (passive && match.source().isEmpty() && !subjectActsInPassive) {
      targets = nounActors.of(index.children(verb, Set.of("nsubj:pass")));
    } else {
      targets = petrarchActors.firstInClause(sentence, verb, sources);
    }
    consumedObjects.addAll(index.children(verb, Set.of("obj")));
    String origin = match.pattern().origin();
    EventType type = codebook.typeOrUserCode(match.pattern().code().get());
    Modality mode = mood.modalityOf(verb);
    boolean negated = mood.negated(verb);
    Tense tense = mood.tenseOf(verb, mode);
    List<CodedMention> found = new ArrayList<>(MentionPairs.of(sentence.index(), verb, List.of(verb), sources, targets, type, mode, negated, false, targets.isEmpty(), tense, origin));
    if (match.pattern().reverseCode().isPresent() && !targets.isEmpty()) {
      // [032:033]: "arrived in Gondor" is a visit by the source and a hosting by the target.
      EventType back = codebook.typeOrUserCode(match.pattern().reverseCode().get());
      found.addAll(MentionPairs.of(sentence.index(), verb, List.of(verb), targets, sources, back, mode, negated, false, false, tense, origin));
    }
    return found;
  }
}
