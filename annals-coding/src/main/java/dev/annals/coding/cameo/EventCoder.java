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
  /** Common nouns that name a place by its name in "of": "the town of Gorazde". */
  private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "district", "region", "province", "capital", "enclave", "territory", "port");
  private static final Set<String> TARGETING_VERBS = Set.of("target", "aim", "direct");
  /** "condemned X for the attack", "praised X for its mediation": the noun is X's doing. */
  private static final Set<String> JUDGING_VERBS = Set.of("condemn", "criticize", "criticise", "denounce", "blame", "accuse", "praise", "commend", "thank", "fault", "punish", "reward", "fine", "sanction", "rebuke", "slam", "censure", "applaud", "hail");
  /** "came for talks", "pledged aid during talks", "spoke at a summit": the occasion is the verb subject's. */
  private static final Set<String> OCCASION_RELATIONS = Set.of("obl:for", "obl:during", "obl:at", "obl:after", "obl:on_sidelines_of", "obl:ahead_of");
  /** Prepositions that name whom the content of a threat or promise concerns. */
  private static final Set<String> CONTENT_TARGET_RELATIONS = Set.of("on", "against", "with", "to", "from");
  private static final String VISIT = "042";
  private static final String PROVIDE_PEACEKEEPING = "074";
  private static final String RECEIVE_PEACEKEEPERS = "0861";
  private static final Set<String> PEACEKEEPING = Set.of("peacekeeper", "peacekeeping", "peace-keeper", "peace-keeping");
  /** Verbs that send people somewhere for a purpose: "sent experts to Pakistan to investigate". */
  private static final Set<String> SENDING_VERBS = Set.of("send", "dispatch", "deploy", "despatch");
  /** Nouns for a promise made to someone: going back on one is aimed at them. */
  private static final Set<String> PLEDGE_NOUNS = Set.of("commitment", "promise", "pledge", "undertaking", "assurance", "guarantee", "obligation", "vow");
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
          mentions.addAll(context.codePetrarchVerb(t, userVerbs));
        } else if (!lexicon.hasPetrarchVerbs() && isVerbTrigger(index, token)) {
          mentions.addAll(context.codeVerb(t));
        }
      }
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        Token token = index.token(t);
        // "lifted sanctions": the verb pattern that named "sanctions" as its object has coded it.
        // A user's PETRARCH verb dictionary codes verbs only, as PETRARCH does.
        if (!lexicon.hasPetrarchVerbs() && token.isNoun() && actors.at(t).isEmpty() && !context.consumedObjects.contains(t) && !isVerbTrigger(index, token)) {
          mentions.addAll(context.codeNoun(t));
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
      List<ActorMention> targets = nounActors.of(targetTokens);
      if (targets.isEmpty() && chosen.target().kind() == TargetSlot.Kind.NONE && !chosen.objects().isEmpty() && !chosen.speech()) {
        // "expelled a Russian diplomat": an object that names an actor is the target.
        Set<String> required = chosen.objects();
        // "expelled inspectors of the IAEA": the owner of the object is the target too.
        // "blocked a Philippine supply boat": the object word may be the head's compound; in
        // "unfroze $6 billion in Iranian funds" it is a noun inside the object.
        List<Integer> named = new ArrayList<>();
        for (int o : objects) {
          if (required.contains(lemma(o)) || index.hasChildLemma(o, "compound", required)) {
            named.add(o);
          }
          index.children(o).stream().filter(d -> d.baseRelation().equals("nmod") && required.contains(lemma(d.dependent()))).forEach(d -> named.add(d.dependent()));
        }
        targets = nounActors.of(named);
        if (targets.isEmpty()) {
          // "staged a strike against Milei's measures", "held protests against the government".
          // Also "carried out killings of civilians", "a campaign of sabotage against Poland",
          // "used tear gas to disperse the crowd".
          List<Integer> opposed = new ArrayList<>();
          List<Integer> objectNouns = new ArrayList<>(objects);
          for (int object : objects) {
            index.children(object).stream().filter(d -> d.relation().equals("nmod:of")).forEach(d -> objectNouns.add(d.dependent()));
          }
          for (int object : objectNouns) {
            for (Dependency d : index.children(object)) {
              boolean eventNoun = !lexicon.nounPatterns(lemma(object)).isEmpty();
              if (d.relation().equals("nmod:against") || (eventNoun && (d.relation().equals("nmod:of") || d.relation().equals("nmod:on")))) {
                opposed.add(d.dependent());
              }
              // "boycott all contact with the United States": the other side of a mutual noun.
              if (d.relation().equals("nmod:with") && lexicon.isMutualNoun(lemma(object))) {
                opposed.add(d.dependent());
              }
            }
          }
          for (Dependency d : index.children(verb)) {
            if (d.relation().equals("obl:against")) {
              opposed.add(d.dependent());
            }
          }
          opposed.addAll(contentTargets(verb));
          targets = nounActors.of(opposed);
        }
      }
      if (targets.isEmpty() && chosen.code().startsWith("08")) {
        // "shortened the curfew imposed in Sudan", "lifted restrictions in Kashmir": easing is
        // for the people of the place where it applies, its country's civilians (so that a
        // government easing at home is no act on itself: "Sudan's government lifted a state of
        // emergency in Darfur" is SDNGOV on SDNCVL).
        List<Integer> places = new ArrayList<>(index.children(verb, Set.of("obl:in")));
        for (int object : objects) {
          places.addAll(index.children(object, Set.of("nmod:in")));
          for (int clause : index.children(object, Set.of("acl"))) {
            places.addAll(index.children(clause, Set.of("obl:in")));
          }
        }
        targets = nounActors.of(places.stream().filter(p -> index.token(p).isProperNoun()).toList()).stream()
            .map(place -> place.actor().kind() == ActorKind.STATE && place.actor().sector().isEmpty() && place.actor().country().isPresent()
                ? new ActorMention(place.span(), place.surface(), resolver.stateActor(place.actor().country().get(), Optional.of("CVL")))
                : place)
            .toList();
      }
      if (targets.isEmpty() && chosen.code().startsWith("03")) {
        // "pledged to reopen transport links with Armenia": an intent is aimed at whom the
        // intended act concerns, even when that act is no event of its own; a promise to the
        // source's own people ("vowed to bring the students home") is no relation between actors.
        targets = ActorMentions.otherSides(nounActors.of(contentTargets(verb)), sources);
        if (targets.isEmpty() && chosen.undertaking()) {
          targets = ActorMentions.otherSides(nounActors.of(undertakenNounActors(verb)), sources);
        }
      }
      if (targets.isEmpty() && chosen.code().startsWith("09")) {
        // "will send experts to Pakistan to investigate a polio outbreak": an investigation whose
        // matter names no actor, done by those sent somewhere, is aimed at where they are sent.
        targets = nounActors.of(sentTo(verb));
      }
      boolean onlyItself = targets.stream().allMatch(t -> sources.stream().anyMatch(src -> ActorMentions.sameActor(src, t)));
      if (onlyItself && chosen.code().startsWith("12")) {
        // "reneged on his commitment to the Zambian people": going back on a pledge (its owner is
        // the source itself) is aimed at whom it was made to, one's own people too.
        targets = nounActors.of(pledgeAddressees(verb, objects)).stream()
            .filter(t -> sources.stream().noneMatch(src -> src.actor().code().equals(t.actor().code()))).toList();
      }
      if (targets.isEmpty() && chosen.code().startsWith("13")) {
        // "threatened to launch an offensive unless Baghdad accepted": an ultimatum is addressed
        // to whoever must meet its condition.
        targets = nounActors.of(conditionSubjects(verb));
      }
      if (targets.isEmpty() && (chosen.code().startsWith("02") || chosen.code().startsWith("10"))) {
        // "demanded that Algeria release Sansal": whoever is asked is the complement's subject.
        for (Dependency d : index.children(verb)) {
          if (d.relation().equals("ccomp")) {
            targets = nounActors.of(index.children(d.dependent(), Set.of("nsubj")));
          }
        }
      }
      if (chosen.code().startsWith("15")) {
        // "Israel mobilised reserve troops": a show of force moves the source's own forces (troops
        // of no named country are the source's); they are not whom it is aimed at.
        targets = ActorMentions.otherSides(targets, sources);
        if (targets.isEmpty()) {
          targets = ActorMentions.otherSides(nounActors.of(opponentsInPurpose(verb)), sources);
        }
      }
      EventType type = attackPattern.isPresent() ? codebook.require(attackPattern.get().code(), attackPattern.get().origin()) : codebook.require(chosen.code(), chosen.origin());
      Modality mode = mood.modalityOf(verb);
      Optional<Integer> sender = chosen.code().startsWith("09") ? sender(verb) : Optional.empty();
      if (sender.isPresent() && mode == Modality.ASSERTED && mood.modalityOf(sender.get()) == Modality.INTENDED) {
        // "will send experts to investigate": the purpose of a sending that is still to come is too.
        mode = Modality.INTENDED;
      }
      boolean negated = mood.negated(verb) || (!chosen.speech() && mood.controlledByNotDoing(verb));
      Tense tense = mood.tenseOf(verb, mode);
      if (chosen.code().equals(VISIT) && !targets.isEmpty() && !passive && peacekeepersAsSubject(verb)) {
        // "Bangladeshi peacekeeping troops arrived in Sierra Leone": peacekeepers who arrive pay
        // no visit; their side provides peacekeeping (074) and the host receives it (0861), as
        // PETRARCH's dual codes read a happening told from both sides.
        List<CodedMention> deployment = new ArrayList<>(MentionPairs.of(sentence.index(), verb, List.of(verb), sources, targets, codebook.require(PROVIDE_PEACEKEEPING, "peacekeepers arriving"),
            mode, negated, false, false, tense, chosen.origin()));
        deployment.addAll(MentionPairs.of(sentence.index(), verb, List.of(verb), targets, sources, codebook.require(RECEIVE_PEACEKEEPERS, "peacekeepers arriving"), mode, negated, false, false, tense, chosen.origin()));
        return deployment;
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

    /**
     * "mobilized reservists for a possible war against Iraq": a show of force is aimed at whom
     * the fighting it is for is aimed at.
     */
    private List<Integer> opponentsInPurpose(int verb) {
      List<Integer> found = new ArrayList<>();
      for (int purpose : index.children(verb, Set.of("obl:for"))) {
        if (attacks.pattern(purpose).isPresent()) {
          found.addAll(index.children(purpose, Set.of("nmod:against", "nmod:on", "nmod:with")));
        }
      }
      return found;
    }

    /**
     * A verb of a user's PETRARCH-format dictionary: its most specific matching pattern gives the
     * code, and the pattern's $ and + the source and target where it has them; otherwise the
     * subject acts on the first actor after the verb in its clause (the passive's subject when
     * the agent acts).
     */
    List<CodedMention> codePetrarchVerb(int verb, List<dev.annals.coding.petrarch.PetrarchVerb> candidates) {
      PetrarchMatcher matcher = new PetrarchMatcher(index, actors, sentence, t -> !actorsOrNamed(t).isEmpty());
      boolean passive = index.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass"));
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
        defaultSources = namedInsideSubject(verb);
      }
      List<dev.annals.coding.petrarch.PetrarchVerb> longestFirst = new ArrayList<>(candidates);
      longestFirst.sort(java.util.Comparator.comparingInt((dev.annals.coding.petrarch.PetrarchVerb v) -> v.words().size()).reversed());
      PetrarchMatcher.Match match = null;
      for (dev.annals.coding.petrarch.PetrarchVerb candidate : longestFirst) {
        Optional<int[]> span = matcher.verbSpan(candidate, verb);
        if (span.isPresent()) {
          match = matcher.match(candidate, span.get(), defaultSources.size() >= 2);
          break;
        }
      }
      if (match == null || match.pattern().code().isEmpty()) {
        return List.of();
      }
      List<ActorMention> sources = match.source().map(this::actorsOrNamed).orElse(defaultSources);
      if (sources.isEmpty()) {
        return List.of();
      }
      List<ActorMention> targets;
      if (match.target().isPresent()) {
        targets = actorsOrNamed(match.target().get());
      } else if (passive && match.source().isEmpty() && !subjectActsInPassive) {
        targets = nounActors.of(index.children(verb, Set.of("nsubj:pass")));
      } else {
        targets = firstActorInClause(verb, sources);
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

    /**
     * The first actor after the verb in its own clause, with the actors coordinated with it. A
     * phrase counts by its head ("Gondor's government", not "Gondor"), and a pronoun for the
     * sources ("welcomed their resumption of ties with Osgiliath") is passed over.
     */
    private List<ActorMention> firstActorInClause(int verb, List<ActorMention> sources) {
      Set<String> stops = Set.of("nsubj", "nsubj:pass", "csubj", "advcl", "ccomp", "parataxis", "conj", "acl:relcl", "punct", "nsubj:xsubj");
      List<ActorMention> inClause = firstActorAmong(index.subtree(verb, stops), verb, sources);
      if (!inClause.isEmpty()) {
        return inClause;
      }
      // "allowed that Mordor isn't a pleasant place": the complement's actor, its subject too;
      // and a purpose clause ("signed an accord to supply Gondor"), not a clause of time or cause.
      Set<String> fewerStops = Set.of("advcl:after", "advcl:before", "advcl:when", "advcl:while", "advcl:until", "advcl:if", "advcl:because", "advcl:as",
          "advcl:since", "advcl:though", "advcl:although", "parataxis", "conj", "acl:relcl", "punct");
      Set<Integer> ownSubject = new java.util.HashSet<>();
      for (Dependency d : index.children(verb)) {
        if (d.relation().startsWith("nsubj") || d.relation().equals("csubj")) {
          ownSubject.addAll(index.subtree(d.dependent(), Set.of()));
        }
      }
      List<ActorMention> inComplement = firstActorAmong(index.subtree(verb, fewerStops).stream().filter(t -> !ownSubject.contains(t)).toList(), verb, sources);
      if (!inComplement.isEmpty()) {
        return inComplement;
      }
      // A parse that hangs "with Gondor" on a later verb: the next named actor in the text, as
      // PETRARCH's phrase-structure reading of the verb phrase would find it; not one in an
      // adverbial clause of the verb's own ("after a hafling was reported at Cirith Ungol").
      Set<Integer> elsewhere = new java.util.HashSet<>(ownSubject);
      for (Dependency d : index.children(verb)) {
        if (d.baseRelation().equals("advcl")) {
          elsewhere.addAll(index.subtree(d.dependent(), Set.of()));
        }
      }
      // Nor the subject of another verb ("..., a senior Bree official said").
      for (int t = verb + 1; t < sentence.endToken(); t++) {
        for (Dependency d : index.parents(t)) {
          if (d.relation().startsWith("nsubj") && d.governor() != verb) {
            elsewhere.addAll(index.subtree(t, Set.of()));
          }
        }
      }
      List<Integer> rest = new ArrayList<>();
      for (int t = verb + 1; t < sentence.endToken(); t++) {
        if (!elsewhere.contains(t)) {
          rest.add(t);
        }
      }
      return firstActorAmong(rest, verb, sources).stream().filter(m -> m.actor().country().isPresent()).toList();
    }

    private List<ActorMention> firstActorAmong(List<Integer> tokens, int verb, List<ActorMention> sources) {
      Set<String> insidePhrase = Set.of("nmod:poss", "compound", "amod", "flat", "nummod", "det");
      for (int t : tokens) {
        if (t <= verb || actorsOrNamed(t).isEmpty()) {
          continue;
        }
        int head = t;
        for (Optional<Dependency> up = index.head(head); up.isPresent() && insidePhrase.contains(up.get().relation()) && up.get().governor() >= 0
            && !actors.at(up.get().governor()).isEmpty(); up = index.head(head)) {
          head = up.get().governor();
        }
        List<ActorMention> here = actorsOrNamed(head);
        boolean allSources = here.stream().allMatch(a -> sources.stream().anyMatch(s -> s.actor().code().equals(a.actor().code())));
        if (allSources) {
          continue;
        }
        List<ActorMention> group = new ArrayList<>(here);
        index.children(head).stream().filter(d -> d.baseRelation().equals("conj")).forEach(d -> group.addAll(actorsOrNamed(d.dependent())));
        return ActorMentions.distinct(group);
      }
      return List.of();
    }

    /** Actors named inside the phrase of the verb's subject (or its controller's), by PETRARCH's reading. */
    private List<ActorMention> namedInsideSubject(int verb) {
      int current = verb;
      for (int depth = 0; depth < 4; depth++) {
        List<Integer> subjects = index.children(current, Set.of("nsubj", "nsubj:pass"));
        if (!subjects.isEmpty()) {
          List<ActorMention> found = new ArrayList<>();
          for (int subject : subjects) {
            List<Integer> heads = new ArrayList<>(List.of(subject));
            index.children(subject).stream().filter(d -> d.baseRelation().equals("conj")).forEach(d -> heads.add(d.dependent()));
            for (int head : heads) {
              for (Dependency d : index.children(head)) {
                if (Set.of("compound", "amod", "nmod:poss", "nmod:of", "flat").contains(d.relation())) {
                  found.addAll(actorsOrNamed(d.dependent()));
                }
              }
            }
          }
          return ActorMentions.distinct(found);
        }
        Optional<Dependency> up = index.head(current).filter(d -> d.relation().equals("xcomp") || d.baseRelation().equals("conj"));
        if (up.isEmpty() || up.get().governor() < 0) {
          return List.of();
        }
        current = up.get().governor();
      }
      return List.of();
    }

    /**
     * The actors a token heads, else the actor its word names even inside another noun's phrase
     * ("an anti- Gondor parade"), as PETRARCH reads any actor name in a phrase.
     */
    private List<ActorMention> actorsOrNamed(int token) {
      List<ActorMention> direct = nounActors.of(List.of(token));
      if (!direct.isEmpty()) {
        return direct;
      }
      Token word = index.token(token);
      if (!word.isProperNoun() && !word.tag().startsWith("JJ")) {
        return List.of();
      }
      return resolver.modifierActor(word, actors.when()).map(a -> List.of(new ActorMention(word.span(), word.text(), a))).orElse(List.of());
    }

    /**
     * "threatened to impose tariffs on Canadian steel", "to break relations with Russia", "to
     * withdraw its force from Chad": whom the act a verb controls concerns.
     */
    private List<Integer> contentTargets(int verb) {
      List<Integer> found = new ArrayList<>();
      for (Dependency d : index.children(verb)) {
        if (d.relation().equals("xcomp") || d.relation().equals("advcl:to")) {
          for (int inner : index.children(d.dependent(), Set.of("obj"))) {
            found.add(inner);
            index.children(inner).stream().filter(c -> CONTENT_TARGET_RELATIONS.contains(c.suffix()) && c.baseRelation().equals("nmod")).forEach(c -> found.add(c.dependent()));
          }
          index.children(d.dependent()).stream().filter(c -> CONTENT_TARGET_RELATIONS.contains(c.suffix()) && c.baseRelation().equals("obl")).forEach(c -> found.add(c.dependent()));
        }
      }
      return found;
    }

    /** The verb's subject phrase names peacekeepers: "UN peacekeepers", "a deployment of peacekeeping troops". */
    private boolean peacekeepersAsSubject(int verb) {
      for (int subject : index.children(verb, Set.of("nsubj"))) {
        if (index.subtree(subject, Set.of("acl:relcl", "acl")).stream().anyMatch(t -> PEACEKEEPING.contains(lemma(t)))) {
          return true;
        }
      }
      return false;
    }

    /** The verb of sending whose purpose clause this verb is: "sent experts to Pakistan [to investigate]". */
    private Optional<Integer> sender(int verb) {
      return index.parents(verb).stream()
          .filter(up -> up.governor() >= 0 && (up.relation().equals("advcl:to") || up.relation().equals("xcomp")) && SENDING_VERBS.contains(lemma(up.governor())))
          .map(Dependency::governor).findFirst();
    }

    /** Where the verb governing this purpose clause sends someone: "sent experts [to Pakistan] to investigate". */
    private List<Integer> sentTo(int verb) {
      return sender(verb).map(s -> index.children(s, Set.of("obl:to"))).orElse(List.of());
    }

    /** The "to" actors of pledge nouns the verb acts on: "reneged on [its promise] to Kyiv". */
    private List<Integer> pledgeAddressees(int verb, List<Integer> objects) {
      List<Integer> pledges = new ArrayList<>(objects);
      index.children(verb).stream().filter(d -> d.baseRelation().equals("obl")).forEach(d -> pledges.add(d.dependent()));
      List<Integer> found = new ArrayList<>();
      for (int pledge : pledges) {
        if (PLEDGE_NOUNS.contains(lemma(pledge))) {
          found.addAll(index.children(pledge, Set.of("nmod:to")));
        }
      }
      return found;
    }

    /**
     * "agreed to an extension of the mandate for the force in Lebanon": the actors named inside the
     * undertaken thing's phrase (its chain of "of", "for", "in" ... nouns), the nearest first, are
     * whom it concerns.
     */
    private List<Integer> undertakenNounActors(int verb) {
      List<Integer> frontier = new ArrayList<>(index.children(verb, Set.of("obl:to")));
      for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
        List<Integer> next = new ArrayList<>();
        for (int noun : frontier) {
          index.children(noun).stream().filter(d -> d.baseRelation().equals("nmod")).forEach(d -> next.add(d.dependent()));
        }
        if (!nounActors.of(next).isEmpty()) {
          return next;
        }
        frontier = next;
      }
      return List.of();
    }

    /**
     * Subjects of "unless" and "if" clauses on a verb or on the verbs it controls or announces
     * ("warned that Pyongyang would use nuclear weapons if South Korea attacked").
     */
    private List<Integer> conditionSubjects(int verb) {
      List<Integer> found = new ArrayList<>();
      List<Integer> clauses = new ArrayList<>(List.of(verb));
      for (int complement : index.children(verb, Set.of("xcomp", "ccomp"))) {
        clauses.add(complement);
        clauses.addAll(index.children(complement, Set.of("xcomp")));
      }
      for (int clause : clauses) {
        for (Dependency d : index.children(clause)) {
          if (d.relation().equals("advcl:unless") || d.relation().equals("advcl:if")) {
            found.addAll(index.children(d.dependent(), Set.of("nsubj")));
          }
        }
      }
      return found;
    }

    // ---- nouns ----

    List<CodedMention> codeNoun(int noun) {
      List<NounPattern> patterns = lexicon.nounPatterns(lemma(noun));
      if (patterns.isEmpty()) {
        return List.of();
      }
      int phrase = phrases.head(noun);
      boolean modifiesAnotherNoun = index.head(noun).map(d -> d.relation().equals("compound")).orElse(false);
      if (modifiesAnotherNoun && !NounPhrases.FRAME_NOUNS.contains(lemma(index.head(noun).get().governor()))) {
        return List.of();
      }
      NounPattern chosen = null;
      for (NounPattern pattern : patterns) {
        if (pattern.modifier().isPresent() && !phrases.hasModifier(noun, pattern.modifier().get()) && !phrases.hasModifier(phrase, pattern.modifier().get())) {
          continue;
        }
        if (pattern.placeOnly() && !outOfPlace(noun, pattern)) {
          continue;
        }
        if (chosen == null || (pattern.modifier().isPresent() && chosen.modifier().isEmpty())) {
          chosen = pattern;
        }
      }
      if (chosen == null) {
        return List.of();
      }
      List<Integer> anchors = new ArrayList<>(List.of(noun));
      List<ActorMention> sources = new ArrayList<>(nounActors.sources(noun));
      if (phrase != noun) {
        sources.addAll(nounActors.sources(phrase));
      }
      Optional<Integer> supportVerb = supportVerb(phrase);
      supportVerb.ifPresent(anchors::add);
      // "hosted talks ... on Saturday": a noun without a time of its own takes its verb's.
      index.head(phrase).filter(d -> d.baseRelation().equals("obj") || d.baseRelation().equals("obl") || d.relation().equals("nsubj:pass"))
          .map(Dependency::governor).filter(g -> index.token(g).isVerb() && !anchors.contains(g)).ifPresent(anchors::add);
      if (sources.isEmpty() && supportVerb.isPresent()) {
        sources.addAll(subjectActors.of(supportVerb.get()));
      }
      sources = ActorMentions.distinct(sources);
      if (sources.isEmpty()) {
        return List.of();
      }
      List<Integer> targetTokens = new ArrayList<>();
      for (int head : new java.util.LinkedHashSet<>(List.of(noun, phrase))) {
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
      Optional<Integer> governingVerb = index.head(phrase).filter(d -> d.relation().equals("obj")).map(Dependency::governor);
      Optional<Integer> prepositionHost = supportVerb.or(() -> governingVerb);
      if (prepositionHost.isPresent()) {
        for (Dependency d : index.children(prepositionHost.get())) {
          if (d.baseRelation().equals("obl") && chosen.targetPrepositions().contains(d.suffix().replace('_', ' '))) {
            targetTokens.add(d.dependent());
          }
        }
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
      EventType type = codebook.require(chosen.code(), chosen.origin());
      int clause = supportVerb.orElse(noun);
      Modality mode = supportVerb.isPresent() ? mood.modalityOf(clause) : mood.nounModality(noun);
      boolean negated = supportVerb.map(v -> mood.negated(v) || mood.controlledByNotDoing(v)).orElse(false) || phrases.hasModifier(noun, "no");
      Tense tense = supportVerb.map(v -> mood.tenseOf(v, mode)).orElse(Tense.UNKNOWN);
      boolean between = index.children(noun).stream().anyMatch(d -> d.relation().equals("nmod:between"));
      boolean reciprocal = chosen.reciprocal() || between || phrases.hasModifier(noun, "joint") || phrases.hasModifier(phrase, "joint");
      return MentionPairs.of(sentence.index(), noun, anchors, sources, targets, type, mode, negated, false, reciprocal, tense, chosen.origin());
    }

    /**
     * For a line flagged "place": the noun's target preposition names a place ("their withdrawal
     * from Gorazde", "from the town of Gorazde"), and what is moved out, if the noun says, is
     * what the noun's modifier lines name ("the withdrawal of troops from X", not "of its
     * ambassador"). A withdrawal from a town is a retreat; one from a treaty or talks is not.
     */
    private boolean outOfPlace(int noun, NounPattern pattern) {
      Set<String> moved = new HashSet<>();
      lexicon.nounPatterns(lemma(noun)).stream().filter(p -> p.code().equals(pattern.code())).forEach(p -> p.modifier().ifPresent(moved::add));
      boolean place = false;
      for (Dependency d : index.children(noun)) {
        if (d.relation().equals("nmod:of") && !moved.contains(lemma(d.dependent()))) {
          return false;
        }
        if (d.baseRelation().equals("nmod") && pattern.targetPrepositions().contains(d.suffix().replace('_', ' '))) {
          place |= isPlace(d.dependent()) || (PLACE_NOUNS.contains(lemma(d.dependent()))
              && index.children(d.dependent(), Set.of("nmod:of")).stream().anyMatch(this::isPlace));
        }
      }
      return place;
    }

    private boolean isPlace(int token) {
      return index.token(token).isProperNoun() && index.token(token).entity().equals("LOCATION");
    }

    private Optional<Integer> supportVerb(int phrase) {
      int current = phrase;
      for (int steps = 0; steps < 3; steps++) {
        Optional<Dependency> parent = index.head(current);
        if (parent.isEmpty()) {
          return Optional.empty();
        }
        Dependency d = parent.get();
        String base = d.baseRelation();
        boolean argument = base.equals("obj") || base.equals("obl") || d.relation().equals("nsubj:pass");
        if (argument && lexicon.isSupportVerb(lemma(d.governor()))) {
          return Optional.of(d.governor());
        }
        // "travelled to Tokyo for talks with Ishiba": the purpose's actor is the traveller.
        // Not "condemned Syria for the attack": after a verb of judging, the occasion is the object's.
        if (OCCASION_RELATIONS.contains(d.relation()) && index.token(d.governor()).isVerb() && !JUDGING_VERBS.contains(lemma(d.governor()))) {
          return Optional.of(d.governor());
        }
        // "drills - including exercises": the inner noun shares the outer one's verb.
        if (d.relation().startsWith("nmod:including") || d.relation().startsWith("conj") || d.relation().equals("appos")) {
          current = d.governor();
          continue;
        }
        return Optional.empty();
      }
      return Optional.empty();
    }

    private String lemma(int token) {
      return index.lemma(token);
    }
  }
}
