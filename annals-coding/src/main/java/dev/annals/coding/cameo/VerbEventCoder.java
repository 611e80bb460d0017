package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.time.Tense;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Events named by verbs of Annals' lexicon: the chosen line gives the code, the subject (or the
 * passive's agent, or the attack that did the harm) the source, the line's slot and the kind of
 * act the target; the clause gives modality, negation and tense.
 */
final class VerbEventCoder {
  private final DependencyIndex index;
  private final EventLexicon lexicon;
  private final CameoCodebook codebook;
  /** Material cooperation, not specified below: two sides using force together. */
  private static final String JOINT_FORCE = "060";
  /** CAMEO's demonstration of military power (exercises, drills, patrols), and military cooperation. */
  private static final String SHOW_OF_FORCE = "150";
  private static final String JOINT_DRILL = "062";
  /** Sectors of people who carry no arms of a state or armed group: criminals, civilians, business, refugees and the like. */
  private static final Set<String> UNARMED_SECTORS = Set.of("CRM", "CVL", "BUS", "REF", "AGR", "LAB", "MED", "EDU", "HLH", "NGO", "REL", "ENV", "MNC");
  private final ClauseMood mood;
  private final NounPhrases phrases;
  private final SubjectActors subjectActors;
  private final AttackNouns attacks;
  private final VerbObjects verbObjects;
  private final VerbPatternChoice patternChoice;
  private final Sending sending;
  private final VerbTargets verbTargets;
  private final PeacekeeperArrivals peacekeepers;
  private final ImpliedAuthorities impliedAuthorities;
  private final RepeatedActs repeatedActs;

  private final ArticleActors actors;
  private final NounActors nounActors;

  VerbEventCoder(DependencyIndex index, ArticleActors actors, EventLexicon lexicon, ActorResolver resolver, CameoCodebook codebook, ClauseMood mood, NounPhrases phrases,
      NounActors nounActors, SubjectActors subjectActors) {
    this.index = index;
    this.actors = actors;
    this.nounActors = nounActors;
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.mood = mood;
    this.phrases = phrases;
    this.subjectActors = subjectActors;
    this.attacks = new AttackNouns(index, lexicon, phrases, nounActors);
    this.verbObjects = new VerbObjects(index);
    this.patternChoice = new VerbPatternChoice(index, actors, lexicon, nounActors, verbObjects, new TargetSlotTokens(index, verbObjects));
    this.sending = new Sending(index);
    this.verbTargets = new VerbTargets(index, lexicon, resolver, nounActors, attacks, sending);
    this.peacekeepers = new PeacekeeperArrivals(index, codebook);
    this.repeatedActs = new RepeatedActs(index, subjectActors);
    this.impliedAuthorities = new ImpliedAuthorities(index, actors, resolver, new StateTellers(index, subjectActors, lexicon), lexicon, nounActors);
  }

  /**
   * "foreigners who respected its laws had nothing to fear", "we have nothing to hide": an
   * infinitive after "nothing" says there is nothing to do, and no one does it.
   */
  private boolean saysThereIsNothingToDo(int verb) {
    return verb >= 2 && index.token(verb).tag().equals("VB") && index.token(verb - 1).text().equalsIgnoreCase("to")
        && index.token(verb - 2).text().equalsIgnoreCase("nothing") && index.token(verb - 2).sentence() == index.token(verb).sentence();
  }

  /** Verbs of putting a question to someone. */
  private static final Set<String> QUESTIONING = Set.of("ask", "question", "press");

  /**
   * "Asked on Thursday whether Lisbon would follow Madrid in backing Morocco's autonomy plan, the
   * visitor declined to comment": what a question put to the speaker names (the participle "asked"
   * with no subject of its own, the reporters' question) is asked about, not done by anyone.
   */
  private boolean isPutAsAQuestion(int verb) {
    int current = verb;
    for (int steps = 0; steps < 4; steps++) {
      Optional<Dependency> parent = index.head(current);
      if (parent.isEmpty() || parent.get().governor() < 0) {
        return false;
      }
      String relation = parent.get().relation();
      int governor = parent.get().governor();
      if (relation.equals("ccomp") && index.hasChildLemma(current, "mark", Set.of("whether", "if"))) {
        return QUESTIONING.contains(index.lemma(governor)) && index.token(governor).tag().equals("VBN")
            && index.children(governor, Set.of("nsubj", "nsubj:pass")).isEmpty();
      }
      if (!relation.startsWith("conj") && !relation.equals("xcomp") && !relation.startsWith("advcl")) {
        return false;
      }
      current = governor;
    }
    return false;
  }

  /** Verbs of thanking and praising someone for what they did. */
  private static final Set<String> THANKING_VERBS = Set.of("thank", "praise", "commend", "congratulate", "hail", "applaud");

  /**
   * "thanked Egypt for standing with the Sudanese people", "thanked Orban for standing by
   * Serbia": the deed thanked for is the reason of the thanks, told to praise it, not an event
   * of its own.
   */
  private boolean isReasonForThanks(int verb) {
    // "thanked China for offering to send police officers": so is what the deed's own infinitive
    // tells, an offer's content (a few steps up; a parse may loop).
    int current = verb;
    for (int step = 0; step < REASON_STEPS; step++) {
      boolean reason = index.token(current).tag().equals("VBG") && index.head(current)
          .filter(h -> h.relation().equals("advcl:for") && h.governor() >= 0 && THANKING_VERBS.contains(index.lemma(h.governor()))).isPresent();
      if (reason) {
        return true;
      }
      Optional<Integer> up = index.head(current).filter(h -> h.relation().equals("xcomp") && h.governor() >= 0).map(h -> h.governor());
      if (up.isEmpty()) {
        return false;
      }
      current = up.get();
    }
    return false;
  }

  /** How many infinitives up the reason for thanks may be. */
  private static final int REASON_STEPS = 3;

  /** Make a visit. */
  private static final String VISIT = "042";

  /** Whether the verb names no place it goes to and a companion of its own sources' country ("travelling with the king"). */
  private boolean travelsWithOwnSide(int verb, List<ActorMention> sources) {
    if (!index.children(verb, Set.of("obl:to")).isEmpty()) {
      return false;
    }
    List<ActorMention> companions = nounActors.of(index.children(verb, Set.of("obl:with")));
    return !companions.isEmpty() && companions.stream().allMatch(c -> c.actor().country().isPresent()
        && sources.stream().anyMatch(s -> s.actor().country().equals(c.actor().country())));
  }

  /** Verbs that name or describe what they are said of: "in what police described as a racially motivated attack". */
  private static final Set<String> NAMING_VERBS = Set.of("describe", "call", "term", "label", "dub", "brand", "characterise", "characterize");

  /** A statement, not specified below. */
  private static final String PLAIN_STATEMENT = "010";

  /**
   * "was stabbed to death in what police described as a racially motivated attack": a verb of
   * naming whose object is the free relative "what", hung by "in" on another verb, says how
   * someone names that verb's deed; the reporter's aside tells who named it so and is no
   * statement of its own. (A name that judges, "in what it called a provocation", is still read
   * as the judgment its line codes.)
   */
  private boolean isNamingAside(int verb) {
    return NAMING_VERBS.contains(index.lemma(verb))
        && index.children(verb, Set.of("obj")).stream().anyMatch(o -> index.token(o).text().equalsIgnoreCase("what"))
        && index.head(verb).filter(h -> h.relation().equals("advcl:in") || h.relation().equals("obl:in")).isPresent();
  }

  /** Verbs whose "from" gerund does not happen (cameo/preventing-verbs.txt). */
  static final Set<String> PREVENTING_VERBS = Set.copyOf(dev.annals.coding.knowledge.TsvFile.readWordList("dev/annals/coding/cameo/preventing-verbs.txt"));

  /** "barred cargo flights from landing in Bosaso": the landing is kept from happening, no visit. */
  private boolean isPrevented(int verb) {
    return index.token(verb).tag().equals("VBG") && index.head(verb)
        .filter(h -> h.relation().equals("advcl:from") && h.governor() >= 0 && PREVENTING_VERBS.contains(index.lemma(h.governor()))).isPresent();
  }

  /**
   * The events the verb names in the sentence, by the lexicon line that reads it. The nouns that
   * are part of its event (its objects, but not an act it announces) are added to {@code
   * consumedObjects}, so that they are not coded again as events of their own.
   */
  List<CodedMention> code(Sentence sentence, int verb, Set<Integer> consumedObjects) {
    Token token = index.token(verb);
    if (isPrevented(verb) || saysThereIsNothingToDo(verb) || isReasonForThanks(verb) || isPutAsAQuestion(verb) || mood.noPlanOf(verb)) {
      return List.of();
    }
    // "the agreement, signed in Jakarta by Prabowo and von der Leyen": a participle describing an
    // event's noun is a passive whose subject is that noun. ("waters claimed by Georgetown" and
    // "debts hidden by the government" describe things, not what was done.)
    Optional<Integer> described = index.head(verb).filter(h -> h.relation().equals("acl") && token.tag().equals("VBN") && h.governor() >= 0
        && !lexicon.nounPatterns(index.lemma(h.governor())).isEmpty()).map(h -> h.governor());
    // "six of its citizens arrested in Kampala": a participle of an act only a state does
    // (arresting, expelling: cameo/implied-authorities.tsv), describing people, is a passive
    // whose subject they are, done by its "by" agent or else by the authorities it implies.
    Optional<Integer> peopleDescribed = described.isPresent() ? Optional.empty()
        : index.head(verb).filter(h -> h.relation().equals("acl") && token.tag().equals("VBN") && h.governor() >= 0)
            .filter(h -> lexicon.verbPatterns(token.lemma()).stream().anyMatch(p -> ImpliedAuthorities.sectorOf(p.code()).isPresent()))
            .filter(h -> !actors.at(h.governor()).isEmpty())
            .map(h -> h.governor());
    boolean passive = described.isPresent() || peopleDescribed.isPresent() || index.isPassive(verb);
    List<Integer> objects = verbObjects.throughPartitives(described.isPresent() ? List.of(described.get()) : peopleDescribed.isPresent() ? List.of(peopleDescribed.get())
        : passive ? index.children(verb, Set.of("nsubj:pass")) : index.children(verb, Set.of("obj")));
    if (objects.isEmpty() && !passive) {
      objects = verbObjects.arrivingCargoCraft(verb);
    }
    // "failed to meet targets": with such an object the verb names no event.
    if (objects.stream().anyMatch(o -> ObjectsOfNoEvent.namesNoEvent(token.lemma(), index.lemma(o)))) {
      return List.of();
    }
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
    if (isNamingAside(verb) && chosen.code().equals(PLAIN_STATEMENT)) {
      return List.of();
    }
    List<Integer> targetTokens = choice.get().targetTokens();
    List<ActorMention> subjects = passive ? subjectActors.agents(verb) : subjectActors.of(verb);
    List<Integer> anchors = new ArrayList<>(List.of(verb));
    // "signed a reciprocal access agreement in 2024": an object the line names is the event
    // itself, so what is said of it (its time, its place) is the event's.
    objects.stream().filter(o -> chosen.objects().contains(index.lemma(o))).forEach(anchors::add);
    // "went on strike on Tuesday": so is a noun the line names after its particle ("go on
    // strike", obl:on), which carries the day as its modifier; not a verb the line names ("invited
    // him to visit Luanda in November" is no invitation of November), nor a noun of another
    // phrase ("launched 383 attacks since last April's offensive").
    for (Dependency d : index.children(verb)) {
      if (chosen.particle().filter(particle -> d.relation().equals("obl:" + particle)).isPresent() && !anchors.contains(d.dependent())
          && index.token(d.dependent()).tag().startsWith("NN") && chosen.objects().contains(index.lemma(d.dependent()))) {
        anchors.add(d.dependent());
      }
    }
    Optional<NounPattern> attackPattern = Optional.empty();
    Optional<Integer> attack = CameoCodebook.isAttack(chosen.code()) ? attacks.acting(verb, passive) : Optional.empty();
    // "A roadside bombing killed a soldier": the attack acts for its attackers.
    List<ActorMention> sources = subjects.isEmpty() && attack.isPresent() ? attacks.attackers(attack.get()) : subjects;
    if (attack.isPresent()) {
      anchors = List.of(verb, attack.get());
      // The attack is this event, not another of its own ("was killed by an Israeli drone strike").
      consumedObjects.add(attack.get());
      // The attack noun names the kind of attack ("suicide bombing") more closely than a bare
      // "killed"; "killed eight leaders" (an assassination) is the verb's own reading.
      boolean genericVerb = chosen.objects().isEmpty();
      attackPattern = attacks.pattern(attack.get()).filter(p -> p.modifier().isPresent() || genericVerb);
    }
    if (sources.isEmpty() && passive && described.isEmpty() && attack.isEmpty()) {
      // "whose citizens were also expelled": the same act again, by whoever did it before. Else
      // "Five officers had been arrested late on Sunday": an act only a state does, told without
      // its doer, was done by that state's authorities.
      sources = repeatedActs.doersOf(verb);
      if (sources.isEmpty()) {
        sources = impliedAuthorities.of(verb, objects, chosen.code());
      }
      if (sources.isEmpty() && CameoCodebook.isAttack(chosen.code())) {
        sources = doersOfSharedOperation(verb);
      }
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
    if (chosen.code().startsWith(VISIT) && travelsWithOwnSide(verb, sources)) {
      // "Tonga's prime minister, who is travelling with the king, thanked Japan": one who goes
      // along with a leader of the same side makes no visit of his own; the leader's is told.
      return List.of();
    }
    List<ActorMention> targets = verbTargets.of(verb, chosen, objects, targetTokens, sources);
    // A line that holds only on an actor holds only on another side's: "pledged to tighten checks
    // at the port of Beirut" is Lebanon's own guard, no restriction of anyone's movement.
    if (chosen.actorTarget() && !sources.isEmpty() && ActorMentions.otherSides(targets, sources).isEmpty()) {
      return List.of();
    }
    if (described.isPresent() && ActorMentions.otherSides(targets, sources).isEmpty() && PARTIES_JUDGED_ROOTS.contains(chosen.code().substring(0, 2))) {
      targets = partiesOf(described.get(), sources);
    }
    EventType type = attackPattern.isPresent() ? codebook.require(attackPattern.get().code(), attackPattern.get().origin()) : codebook.require(chosen.code(), chosen.origin());
    Modality mode = mood.modalityOf(verb);
    Optional<Integer> sender = chosen.code().startsWith("09") ? sending.sender(verb) : Optional.empty();
    if (sender.isPresent() && mode == Modality.ASSERTED && mood.modalityOf(sender.get()) == Modality.INTENDED) {
      // "will send experts to investigate": the purpose of a sending that is still to come is too.
      mode = Modality.INTENDED;
    }
    boolean negated = mood.negated(verb) || (chosen.speech() ? mood.controlledByFailing(verb) : mood.controlledByNotDoing(verb)) || mood.denied(verb);
    Tense tense = mood.tenseOf(verb, mode);
    if (peacekeepers.arrive(chosen, verb, targets, passive)) {
      return peacekeepers.mentions(sentence.index(), verb, sources, targets, mode, negated, tense, chosen.origin());
    }
    // "A and B pledged closer cooperation": a mutual object makes the pledge mutual.
    // "Thailand and Cambodia accused each other": so does an object that is the subjects themselves.
    // Not "Senegal and Mauritania welcomed the agreement": judging a mutual thing is no mutual act.
    // Nor "Egypt and Qatar brokered the deal": mediators are no parties to what they mediate.
    boolean thirdSide = JUDGING_ROOTS.contains(chosen.code().substring(0, 2)) || chosen.code().startsWith("045");
    boolean mutual = objects.stream().anyMatch(o -> (!thirdSide && (lexicon.isMutualNoun(lemma(o)) || phrases.hasModifier(o, "mutual") || phrases.hasModifier(o, "bilateral")
        || phrases.hasModifier(o, "joint"))) || isEachOther(o));
    // "Czech and German police carried out joint raids on 11 sites": force two sides use jointly
    // is used together on others; between them it is cooperation, not force on each other. (Not
    // a joint body one side acts on: "militants ambushed a joint patrol".)
    boolean jointDoers = sources.stream().map(m -> m.actor().country()).flatMap(Optional::stream).distinct().count() >= 2;
    if (mutual && jointDoers && CameoCodebook.isForce(chosen.code()) && objects.stream().anyMatch(o -> phrases.hasModifier(o, "joint"))) {
      type = codebook.require(JOINT_FORCE, "force used jointly");
    }
    // "to stop smugglers sending boats from Cox's Bazar": a show of force is a state's or an
    // armed group's; boats sent by smugglers, traders or civilians show no force.
    boolean unarmedShow = chosen.code().equals(SHOW_OF_FORCE) && !sources.isEmpty()
        && sources.stream().allMatch(m -> m.actor().sector().filter(UNARMED_SECTORS::contains).isPresent());
    if (unarmedShow) {
      return List.of();
    }
    // "Egyptian and Turkish warships began a five-day exercise off Marsa Matrouh": a show of
    // force by doers of two states together is a drill they hold with each other, military
    // cooperation between them (as "held joint drills" is), not a show each makes alone.
    boolean jointShow = jointDoers && chosen.code().equals(SHOW_OF_FORCE);
    if (jointShow) {
      type = codebook.require(JOINT_DRILL, "show of force held jointly");
    }
    // "will send experts to Pakistan next week to investigate": the sending's time is the purpose's too.
    List<Integer> withSender = new ArrayList<>(anchors);
    sender.ifPresent(withSender::add);
    return MentionPairs.of(sentence.index(), verb, withSender, sources, targets, type, mode, negated, chosen.speech(), chosen.reciprocal() || mutual || jointShow, tense, chosen.origin());
  }

  /**
   * "exchanged prisoners in a swap mediated by the UAE", "agreed to a truce brokered by Qatar": an
   * event described as mediated, praised or condemned by someone is aimed at its parties, the
   * subjects of the verb the event's noun belongs to (the noun itself stands for the describer).
   */
  private List<ActorMention> partiesOf(int eventNoun, List<ActorMention> describers) {
    return index.head(eventNoun).filter(h -> h.governor() >= 0 && index.token(h.governor()).isVerb())
        .map(h -> ActorMentions.otherSides(subjectActors.of(h.governor()), describers)).orElse(List.of());
  }

  /** Roots of acts on an event's parties: mediation and consultation, approval, disapproval, rejection. */
  private static final java.util.Set<String> PARTIES_JUDGED_ROOTS = java.util.Set.of("04", "05", "11", "12");

  /** Roots of judging something: statements, approval, disapproval, rejection. */
  private static final java.util.Set<String> JUDGING_ROOTS = java.util.Set.of("01", "05", "11", "12");

  /** A noun the lexicon reads as an act other than a statement ("suspension", "curfew"; not "statement"). */
  private boolean isActNoun(int noun) {
    return index.token(noun).isNoun() && lexicon.nounPatterns(lemma(noun)).stream().anyMatch(p -> !p.code().startsWith("01"));
  }

  /** Prepositions that put an act inside an operation: "in an operation", "during a raid". */
  private static final Set<String> INSIDE = Set.of("obl:in", "obl:during");

  /**
   * "Mozambican troops freed both men in an operation in which four militants were killed": harm
   * told in the passive with no doer, inside an operation in which someone else's act is told,
   * was done by that act's doers.
   */
  private List<ActorMention> doersOfSharedOperation(int verb) {
    for (int operation : index.children(verb, INSIDE)) {
      if (!index.token(operation).isNoun()) {
        continue;
      }
      for (Dependency d : index.parents(operation)) {
        if (d.governor() >= 0 && d.governor() != verb && INSIDE.contains(d.relation()) && index.token(d.governor()).tag().startsWith("VB")) {
          List<ActorMention> doers = subjectActors.of(d.governor());
          if (!doers.isEmpty()) {
            return doers;
          }
        }
      }
    }
    return List.of();
  }

  private String lemma(int token) {
    return index.lemma(token);
  }

  /** "each other", "one another": the object that names the subjects, each of the other. */
  private boolean isEachOther(int object) {
    String word = index.token(object).text().toLowerCase(java.util.Locale.ROOT);
    String partner = word.equals("other") ? "each" : word.equals("another") ? "one" : "";
    return !partner.isEmpty() && index.children(object).stream().anyMatch(d -> lemma(d.dependent()).equals(partner));
  }
}
