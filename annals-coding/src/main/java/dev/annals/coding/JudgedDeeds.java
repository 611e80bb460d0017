package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.cameo.EventLexicon;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "The foreign minister said the incursion was a serious breach of our sovereignty", "Mitsotakis
 * said the arrest was politically motivated", "said the ban broke the trade protocol": a side that says a deed is what one calls a deed to
 * condemn it ("called the incursion a breach") condemns the deed's doer, as the naming does. The
 * words are the lexicon's own for condemning by naming (cameo/verbs.tsv, 111 "call"); the thing
 * judged is the copula's subject, a definite noun that names no one, and the doer is found as for
 * "condemned the incursion" (AntecedentTargets).
 */
final class JudgedDeeds {
  /** The verb whose 111 lines list what one calls a deed to condemn it. */
  private static final String NAMING_VERB = "call";
  private static final String CONDEMN = "111";

  private final Set<String> judgments;
  private final EventType condemnation;

  JudgedDeeds(EventLexicon lexicon, CameoCodebook codebook) {
    this.judgments = lexicon.verbPatterns(NAMING_VERB).stream().filter(p -> p.code().equals(CONDEMN)).flatMap(p -> p.objects().stream())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.condemnation = codebook.require(CONDEMN, "deeds judged in what is said");
  }

  List<CodedMention> read(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    // The judgment is made when it is said: the saying's clause gives its time and place.
    return SaidJudgments.add(index, coded, (speech, said) -> judged(index, actors, said).filter(t -> coded.stream().noneMatch(c -> c.trigger() == t))
        .map(predicate -> new CodedMention(speech.sentence(), predicate, List.of(predicate, speech.trigger()), speech.source(), Optional.empty(), condemnation,
            Modality.ASSERTED, index.hasChildLemma(predicate, "advmod", Set.of("not")), false,
            speech.tense(), "judged deed: " + index.lemma(predicate))));
  }

  /** Verbs that say what a thing is, as a copula does: "amounted to interference", "constitutes a violation". */
  static final Set<String> AMOUNTING_VERBS = Set.of("amount", "constitute", "represent");

  /** Verbs that say a thing breaks a rule or a pact: "the ban broke the trade protocol", "the fence violates the treaty". */
  static final Set<String> BREAKING_VERBS = Set.of("break", "violate", "breach", "contravene", "flout", "infringe");

  /** A judging word, or one with a judging adjective: "a breach", "a serious provocation". */
  private boolean judges(DependencyIndex index, int word) {
    return judgments.contains(index.lemma(word).toLowerCase(Locale.ROOT))
        || index.children(word, Set.of("amod")).stream().anyMatch(d -> judgments.contains(index.lemma(d).toLowerCase(Locale.ROOT)));
  }

  /** The predicate of a copular clause that judges a definite thing naming no one, if it does. */
  private Optional<Integer> judged(DependencyIndex index, ArticleActors actors, int clause) {
    // "told him the remarks amounted to interference": a verb that says what a thing is, with
    // the judging noun as what it amounts to.
    Optional<Integer> amountedTo = AMOUNTING_VERBS.contains(index.lemma(clause).toLowerCase(Locale.ROOT))
        ? index.children(clause, Set.of("obl:to", "obj")).stream().filter(n -> judges(index, n)).findFirst() : Optional.empty();
    // "said the ban broke the trade protocol": a thing said to break a rule or pact is judged so.
    boolean breaking = BREAKING_VERBS.contains(index.lemma(clause).toLowerCase(Locale.ROOT)) && index.token(clause).isVerb()
        && !index.children(clause, Set.of("obj")).isEmpty();
    if (index.children(clause, Set.of("cop")).isEmpty() && amountedTo.isEmpty() && !breaking) {
      return Optional.empty();
    }
    boolean judging = amountedTo.isPresent() || breaking || judges(index, clause);
    if (!judging) {
      return Optional.empty();
    }
    for (int subject : index.children(clause, Set.of("nsubj"))) {
      if (index.token(subject).isNoun() && !index.token(subject).isProperNoun() && index.isDefinite(subject) && actors.at(subject).isEmpty()) {
        return Optional.of(clause);
      }
    }
    return Optional.empty();
  }
}
