package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.petrarch.PetrarchVerb;
import dev.annals.model.PlaceMention;
import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CAMEO coding over the enhanced++ dependency graph. A verb or noun from the lexicon is a
 * trigger; its source and target come from grammatical roles:
 *
 * <ul>
 *   <li>active and passive voice ("X attacked Y", "Y was attacked by X");
 *   <li>coordinated actors ("Russia and China"), each its own event;
 *   <li>controlled and chained verbs ("X joined Y in condemning Z": both X and Y condemn;
 *       "X urged Y to offer": Y offers);
 *   <li>nominal events ("talks with", "sanctions on", "Putin's visit to", "held talks");
 *   <li>clausal complements of verbs of saying, whose events are reported;
 *   <li>negation and modality.
 * </ul>
 *
 * This class walks the sentences; {@link VerbEventCoder} codes Annals' verbs, {@link
 * NounEventCoder} the event nouns no verb's event has taken, and {@link PetrarchVerbCoder} the
 * verbs of a user's PETRARCH dictionary, which then replace Annals' verbs and nouns.
 *
 * Stateless; one coder serves every thread.
 */
public final class EventCoder {
  private final EventLexicon lexicon;
  private final ModalityLexicon modality;
  private final ActorResolver resolver;

  public EventCoder(EventLexicon lexicon, ModalityLexicon modality, ActorResolver resolver) {
    this.lexicon = lexicon;
    this.modality = modality;
    this.resolver = resolver;
  }

  /** The events of every sentence of the article: its verbs' first, then its nouns'. */
  public List<CodedMention> code(DependencyIndex index, ArticleActors actors, CameoCodebook codebook) {
    return code(index, actors, codebook, List.of());
  }

  /** As {@link #code(DependencyIndex, ArticleActors, CameoCodebook)}, a town standing for the country of the article's reading of it. */
  public List<CodedMention> code(DependencyIndex index, ArticleActors actors, CameoCodebook codebook, List<PlaceMention> places) {
    ClauseMood mood = new ClauseMood(index, lexicon, modality);
    NounPhrases phrases = new NounPhrases(index, lexicon);
    NounActors nounActors = new NounActors(index, actors, lexicon, resolver, places);
    SubjectActors subjectActors = new SubjectActors(index, actors, lexicon, nounActors);
    VerbEventCoder verbs = new VerbEventCoder(index, actors, lexicon, resolver, codebook, mood, phrases, nounActors, subjectActors);
    NounEventCoder nouns = new NounEventCoder(index, lexicon, codebook, mood, phrases, nounActors, subjectActors);
    PetrarchVerbCoder petrarch = new PetrarchVerbCoder(index, actors, codebook, mood, subjectActors, nounActors, new PetrarchActors(index, actors, resolver, nounActors));
    List<CodedMention> mentions = new ArrayList<>();
    for (Sentence sentence : index.text().sentences()) {
      // Nouns a verb pattern required as its object; they are part of that verb's event.
      Set<Integer> consumedObjects = new HashSet<>();
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        Token token = index.token(t);
        List<PetrarchVerb> userVerbs = lexicon.petrarchVerbs(token);
        if (!userVerbs.isEmpty() && isVerbLike(index, token)) {
          // With a user's verb dictionary, its verbs alone are coded, by its patterns alone.
          mentions.addAll(petrarch.code(sentence, t, userVerbs, consumedObjects));
        } else if (!lexicon.hasPetrarchVerbs() && isVerbTrigger(index, token)) {
          mentions.addAll(verbs.code(sentence, t, consumedObjects));
        }
      }
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        Token token = index.token(t);
        // "lifted sanctions": the verb pattern that named "sanctions" as its object has coded it.
        // A user's PETRARCH verb dictionary codes verbs only, as PETRARCH does.
        // "rejected Iraq's request for talks": a request or offer its owner made is an event of
        // its own, though the verb that answers it read it as its object.
        boolean ownEvent = !consumedObjects.contains(t) || nouns.isOwnedProposal(t);
        if (!lexicon.hasPetrarchVerbs() && token.isNoun() && actors.at(t).isEmpty() && ownEvent && !isVerbTrigger(index, token)) {
          mentions.addAll(nouns.code(sentence, t));
        }
      }
    }
    return mentions;
  }

  private boolean isVerbTrigger(DependencyIndex index, Token token) {
    List<VerbPattern> patterns = lexicon.verbPatterns(token.lemma());
    if (patterns.isEmpty()) {
      return false;
    }
    if (token.tag().startsWith("JJ")) {
      return isPredicate(index, token) && patterns.stream().anyMatch(VerbPattern::predicate);
    }
    return isVerbLike(index, token);
  }

  /** An adjective said of a subject after a copula: "it was [deeply] concerned". */
  private static boolean isPredicate(DependencyIndex index, Token token) {
    return !index.children(token.index(), Set.of("cop")).isEmpty() && !index.children(token.index(), Set.of("nsubj")).isEmpty();
  }

  /** Prefixes, written with a hyphen, that make a verb another: "under-reported", "over-fished", "mis-sold". */
  private static final Set<String> MEANING_CHANGING_PREFIXES = Set.of("under", "over", "mis", "counter", "double");

  /**
   * "said its crew had under-reported a catch of capelin": the tokenizer splits "under - reported",
   * and the verb after the hyphen is no report (a statement) but another verb, which the lexicon
   * does not hold.
   */
  private static boolean hasMeaningChangingPrefix(DependencyIndex index, Token token) {
    int t = token.index();
    if (t < 2 || !index.token(t - 1).text().equals("-") || index.token(t - 1).span().end() != token.span().start()
        || index.token(t - 2).span().end() != index.token(t - 1).span().start()) {
      return false;
    }
    return MEANING_CHANGING_PREFIXES.contains(index.token(t - 2).text().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isVerbLike(DependencyIndex index, Token token) {
    boolean adjectival = index.parents(token.index()).stream().anyMatch(d -> d.relation().equals("amod"));
    if (adjectival) {
      return false;
    }
    // "to fly the most seriously injured to Bucharest", "the wounded": a participle with an
    // article of its own names people, and does nothing.
    boolean nominalParticiple = token.tag().equals("VBN") && index.hasChildLemma(token.index(), "det", Set.of("the"))
        && index.children(token.index(), Set.of("nsubj", "nsubj:pass", "aux", "aux:pass")).isEmpty();
    if (nominalParticiple) {
      return false;
    }
    if (hasMeaningChangingPrefix(index, token)) {
      return false;
    }
    if (token.isVerb()) {
      return true;
    }
    // The tagger sometimes calls a verb a noun ("would converse"); the parse still knows.
    return index.isVerbTaggedNoun(token.index());
  }
}
