package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.time.Tense;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * Stateless; one coder serves every thread.
 */
public final class EventCoder {
  private static final Set<String> LOCATIVE_STOP = Set.of("ccomp", "parataxis", "acl:relcl", "csubj");

  private final EventLexicon lexicon;
  private final ModalityLexicon modality;
  private final ActorResolver resolver;

  public EventCoder(EventLexicon lexicon, ModalityLexicon modality, ActorResolver resolver) {
    this.lexicon = lexicon;
    this.modality = modality;
    this.resolver = resolver;
  }

  public List<CodedMention> code(DependencyIndex index, ArticleActors actors, CameoCodebook codebook) {
    List<CodedMention> mentions = new ArrayList<>();
    for (Sentence sentence : index.text().sentences()) {
      Context context = new Context(index, actors, codebook, sentence);
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        Token token = index.token(t);
        List<dev.annals.coding.petrarch.PetrarchVerb> userVerbs = lexicon.petrarchVerbs(token);
        if (!userVerbs.isEmpty() && isVerbLike(index, token)) {
          // With a user's verb dictionary, its verbs alone are coded, by its patterns alone.
          mentions.addAll(context.petrarch.code(sentence, t, userVerbs, context.consumedObjects));
        } else if (!lexicon.hasPetrarchVerbs() && isVerbTrigger(index, token)) {
          mentions.addAll(context.codeVerb(t));
        }
      }
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        Token token = index.token(t);
        // "lifted sanctions": the verb pattern that named "sanctions" as its object has coded it.
        // A user's PETRARCH verb dictionary codes verbs only, as PETRARCH does.
        if (!lexicon.hasPetrarchVerbs() && token.isNoun() && actors.at(t).isEmpty() && !context.consumedObjects.contains(t) && !isVerbTrigger(index, token)) {
          mentions.addAll(context.nouns.code(sentence, t));
        }
      }
    }
    return mentions;
  }

  private boolean isVerbTrigger(DependencyIndex index, Token token) {
    if (lexicon.verbPatterns(token.lemma()).isEmpty()) {
      return false;
    }
    return isVerbLike(index, token);
  }

  private static boolean isVerbLike(DependencyIndex index, Token token) {
    boolean adjectival = index.parents(token.index()).stream().anyMatch(d -> d.relation().equals("amod"));
    if (adjectival) {
      return false;
    }
    if (token.isVerb()) {
      return true;
    }
    // The tagger sometimes calls a verb a noun ("would converse"); the parse still knows.
    return index.isVerbTaggedNoun(token.index());
  }

  private final class Context {
    private final DependencyIndex index;
    private final ArticleActors actors;
    private final CameoCodebook codebook;
    private final Sentence sentence;
    private final ClauseMood mood;
    private final NounPhrases phrases;
    private final NounActors nounActors;
    private final SubjectActors subjectActors;
    private final AttackNouns attacks;
    private final VerbObjects verbObjects;
    private final VerbPatternChoice patternChoice;
    private final Sending sending;
    private final VerbTargets verbTargets;
    private final PeacekeeperArrivals peacekeepers;
    final NounEventCoder nouns;
    final PetrarchVerbCoder petrarch;
    /** Nouns a verb pattern required as its object; they are part of that verb's event. */
    final java.util.Set<Integer> consumedObjects = new java.util.HashSet<>();

    Context(DependencyIndex index, ArticleActors actors, CameoCodebook codebook, Sentence sentence) {
      this.index = index;
      this.actors = actors;
      this.codebook = codebook;
      this.sentence = sentence;
      this.mood = new ClauseMood(index, lexicon, modality);
      this.phrases = new NounPhrases(index, lexicon);
      this.nounActors = new NounActors(index, actors, lexicon, resolver);
      this.subjectActors = new SubjectActors(index, actors, lexicon, nounActors);
      this.attacks = new AttackNouns(index, lexicon, phrases, nounActors);
      this.verbObjects = new VerbObjects(index);
      this.patternChoice = new VerbPatternChoice(index, actors, lexicon, nounActors, verbObjects, new TargetSlotTokens(index, verbObjects));
      this.sending = new Sending(index);
      this.verbTargets = new VerbTargets(index, lexicon, resolver, nounActors, attacks, sending);
      this.peacekeepers = new PeacekeeperArrivals(index, codebook);
      this.nouns = new NounEventCoder(index, lexicon, codebook, mood, phrases, nounActors, subjectActors);
      this.petrarch = new PetrarchVerbCoder(index, actors, codebook, mood, subjectActors, nounActors, new PetrarchActors(index, actors, resolver, nounActors));
    }

    // ---- verbs ----

    List<CodedMention> codeVerb(int verb) {
      Token token = index.token(verb);
      boolean passive = index.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass"));
      List<Integer> objects = verbObjects.throughPartitives(passive ? index.children(verb, Set.of("nsubj:pass")) : index.children(verb, Set.of("obj")));
      // "continued their hunger strike": a light verb whose object is an event noun read
      // precisely by its modifier leaves the event to the noun ("hunger strike" is no attack).
      if (lexicon.isSupportVerb(token.lemma()) && objects.stream().anyMatch(phrases::hasModifierReading)) {
        return List.of();
      }
      Optional<VerbPatternChoice.Choice> choice = patternChoice.choose(verb, objects, passive);
      if (choice.isEmpty()) {
        return List.of();
      }
      VerbPattern chosen = choice.get().pattern();
      List<Integer> targetTokens = choice.get().targetTokens();
      List<ActorMention> subjects = passive ? subjectActors.agents(verb) : subjectActors.of(verb);
      List<Integer> anchors = List.of(verb);
      Optional<NounPattern> attackPattern = Optional.empty();
      Optional<Integer> attack = CameoCodebook.isAttack(chosen.code()) ? attacks.acting(verb, passive) : Optional.empty();
      // "A roadside bombing killed a soldier": the attack acts for its attackers.
      List<ActorMention> sources = subjects.isEmpty() && attack.isPresent() ? attacks.attackers(attack.get()) : subjects;
      if (attack.isPresent()) {
        anchors = List.of(verb, attack.get());
        // The attack noun names the kind of attack ("suicide bombing") more closely than a bare
        // "killed"; "killed eight leaders" (an assassination) is the verb's own reading.
        boolean genericVerb = chosen.objects().isEmpty();
        attackPattern = attacks.pattern(attack.get()).filter(p -> p.modifier().isPresent() || genericVerb);
      }
      if (sources.isEmpty()) {
        return List.of();
      }
      // "condemned the attacks": the attacks are what is condemned, not a new event of their own.
      // "announced a suspension of flights": an act a light verb of saying makes public is an
      // event of its own (whose source is the announcer), not the content of a statement.
      boolean announcing = chosen.speech() && chosen.objects().isEmpty() && lexicon.isSupportVerb(token.lemma());
      objects.stream().filter(o -> !announcing || !isActNoun(o)).forEach(consumedObjects::add);
      if (!chosen.objects().isEmpty()) {
        for (Dependency d : index.children(verb)) {
          if (chosen.objects().contains(lemma(d.dependent()))) {
            consumedObjects.add(d.dependent());
          }
        }
      }
      List<ActorMention> targets = verbTargets.of(verb, chosen, objects, targetTokens, sources);
      EventType type = attackPattern.isPresent() ? codebook.require(attackPattern.get().code(), attackPattern.get().origin()) : codebook.require(chosen.code(), chosen.origin());
      Modality mode = mood.modalityOf(verb);
      Optional<Integer> sender = chosen.code().startsWith("09") ? sending.sender(verb) : Optional.empty();
      if (sender.isPresent() && mode == Modality.ASSERTED && mood.modalityOf(sender.get()) == Modality.INTENDED) {
        // "will send experts to investigate": the purpose of a sending that is still to come is too.
        mode = Modality.INTENDED;
      }
      boolean negated = mood.negated(verb) || (!chosen.speech() && mood.controlledByNotDoing(verb));
      Tense tense = mood.tenseOf(verb, mode);
      if (peacekeepers.arrive(chosen, verb, targets, passive)) {
        return peacekeepers.mentions(sentence.index(), verb, sources, targets, mode, negated, tense, chosen.origin());
      }
      // "A and B pledged closer cooperation": a mutual object makes the pledge mutual.
      boolean mutual = objects.stream().anyMatch(o -> lexicon.isMutualNoun(lemma(o)) || phrases.hasModifier(o, "mutual") || phrases.hasModifier(o, "bilateral") || phrases.hasModifier(o, "joint"));
      // "will send experts to Pakistan next week to investigate": the sending's time is the purpose's too.
      List<Integer> withSender = new ArrayList<>(anchors);
      sender.ifPresent(withSender::add);
      return MentionPairs.of(sentence.index(), verb, withSender, sources, targets, type, mode, negated, chosen.speech(), chosen.reciprocal() || mutual, tense, chosen.origin());
    }

    /** A noun the lexicon reads as an act other than a statement ("suspension", "curfew"; not "statement"). */
    private boolean isActNoun(int noun) {
      return index.token(noun).isNoun() && lexicon.nounPatterns(lemma(noun)).stream().anyMatch(p -> !p.code().startsWith("01"));
    }

    private String lemma(int token) {
      return index.lemma(token);
    }
  }
}
