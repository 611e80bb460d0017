package dev.annals.coding;

import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.coding.knowledge.TsvFile;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Targets named by a definite description of something an earlier sentence told of. "The EU
 * adopted a new package of sanctions. Hungary had threatened to veto the package": the package is
 * the EU's, so the threat is aimed at the EU. "Pashinyan urged Azerbaijan to sign a treaty. Aliyev
 * rejected the proposal": a proposal, offer or demand is whoever made it to the rejecting side.
 *
 * <p>Only events that found no target in their own sentence are given one, and only from the few
 * sentences before: a description this far from its antecedent is rarely about it.
 */
final class AntecedentTargets {
  /**
   * How many sentences back the same noun may be: "Gunmen attacked a convoy … [three sentences]
   * … Guterres condemned the attack" repeats the word, which a description does not.
   */
  private static final int REPEATED_NOUN_REACH = 6;
  /**
   * Roots of judging what another side did: approving, disapproving, rejecting. Only a judge of
   * a deed may be a third side to it; "brokered the truce" or "would not reverse the decision"
   * is no judgment of the last deed told.
   */
  private static final Set<String> JUDGING_ROOTS = CameoCodebook.JUDGMENT_ROOTS;
  /** Words for one agreement, which a story names in turn: "signed an agreement ... the pact ... criticised the deal". */
  private static final Set<String> AGREEMENT_NOUNS = Set.of("agreement", "deal", "pact", "accord", "treaty");
  /** Words for a part of an agreement, which is the agreement's makers' as a whole is: "criticised the readmission clause". */
  private static final Set<String> AGREEMENT_PART_NOUNS = Set.of("clause", "provision");
  /**
   * Words for what two sides agreed on together, which a third side may judge: the agreement, its
   * project ("signed a loan agreement for the port ... India welcomed the project") or a part of
   * it ("signed an agreement under which Morocco will take back ... rights groups criticised the
   * readmission clause").
   */
  private static final Set<String> JOINT_UNDERTAKING_NOUNS = java.util.stream.Stream.of(AGREEMENT_NOUNS, AGREEMENT_PART_NOUNS, Set.of("project")).flatMap(Set::stream)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Nouns for a sitting of talks: "host the next round". */
  private static final Set<String> ROUND_NOUNS = Set.of("round");
  /** Intents (03) and consultations (04), which a round of talks may be offered or held in. */
  private static final Set<String> MEETING_ROOTS = Set.of("03", "04");
  /** Conduct nouns for something said: "rejected the accusation". */
  private static final Set<String> WORDED_CONDUCT = Set.of("accusation", "allegation", "charge", "claim", "criticism");
  /** Where an event's thing stands: "rejected the proposal", "the proposal was rejected", "called for his release". */
  private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "nsubj:pass", "obl:for");

  private final Set<String> proposalNouns = Set.copyOf(TsvFile.readWordList("dev/annals/coding/cameo/proposal-nouns.txt"));
  private final Set<String> conductNouns = Set.copyOf(TsvFile.readWordList("dev/annals/coding/cameo/conduct-nouns.txt"));
  private final Set<String> statementNouns = Set.copyOf(TsvFile.readWordList("dev/annals/coding/cameo/statement-nouns.txt"));
  private final Set<String> inquiryNouns = Set.copyOf(TsvFile.readWordList("dev/annals/coding/cameo/inquiry-nouns.txt"));

  /** The actor of a country's state sector: "CHN", GOV is China's government. */
  private final java.util.function.BiFunction<String, Optional<String>, Actor> states;

  /** Whether a noun names an event of its own ("attack", "incursion", "vote"): the lexicon has patterns for it. */
  private final java.util.function.Predicate<String> isEventNoun;

  /**
   * The code a noun names by itself, without a modifier: "sale" 061, "attack" 190 (not "press
   * release", 010, for "the release").
   */
  private final java.util.function.Function<String, Set<String>> nounCodes;

  /** The actor a modifier word names on a day ("American" sanctions). */
  private final java.util.function.BiFunction<Token, java.time.LocalDate, Optional<Actor>> modifierActor;

  AntecedentTargets(java.util.function.BiFunction<String, Optional<String>, Actor> states, java.util.function.Predicate<String> isEventNoun,
      java.util.function.Function<String, Set<String>> nounCodes, java.util.function.BiFunction<Token, java.time.LocalDate, Optional<Actor>> modifierActor) {
    this.states = states;
    this.isEventNoun = isEventNoun;
    this.nounCodes = nounCodes;
    this.modifierActor = modifierActor;
  }

  List<CodedMention> resolve(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    // Earlier events are read as this pass left them: "The EU condemned the decision. Tbilisi
    // dismissed the criticism" needs the condemnation's target to find the critic.
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      // A warning is said, and a threat: "warned that any attack would be met with force"; it is
      // aimed here when its source's country is known ("the government spokesman" of no country
      // is "the same side" as any state, and would take any state's dealings for its own).
      boolean warning = m.speech() && m.type().rootCode().equals(THREAT) && m.source().actor().country().isPresent();
      boolean answer = answersCritics(index, actors, m);
      // 'called the step "unnecessary"': naming a thing so judges it, quoted or not.
      // So does rejecting or dismissing it "as" something: 'rejected the verdict as a "fabrication"'.
      boolean naming = (NAMING_VERBS.contains(index.lemma(m.trigger())) || !index.children(m.trigger(), Set.of("obl:as")).isEmpty())
          && JUDGING_ROOTS.contains(m.type().rootCode());
      if (ownPeopleThroughADeed(index, m)) {
        // "Bolivia protested against the treatment of its citizens": the protest is aimed at
        // whoever treated them, not at the citizens.
        changed = m.withoutTarget();
      }
      if (broughtBeforeABody(index, m)) {
        // "said it would take the case to the International Court of Justice": a case brought
        // before a court or a body is brought against the side the speaker is at odds with; the
        // court is only the venue (golden/README.md's reading). With no such side, the body stays.
        changed = EarlierEvents.lastAtOddsWith(result, m).or(() -> EarlierEvents.actOnSourceSide(result, m, EarlierEvents.DEED_ROOTS))
            .or(() -> accusedInTheSameReport(index, actors, m))
            .filter(side -> side.country().isPresent()).map(side -> EarlierEvents.governmentFor(side, states))
            .map(side -> m.withTarget(ActorMention.at(index.token(m.trigger()), side))).orElse(changed);
      }
      if (changed.target().isEmpty() && JUDGING_ROOTS.contains(m.type().rootCode())) {
        // 'rejected what it called "misleading claims" by rights groups': a thing judged whose
        // makers the text tells ("by ...") is theirs; makers that name no side (rights groups
        // in general) leave it aimed at no one, not at a side told before.
        Optional<Integer> makers = MakersOfWordsJudged.of(index, m.trigger(), NAMING_VERBS);
        if (makers.isPresent()) {
          // (Rights groups of no country, read as a group, are no one side either.)
          Optional<ActorMention> maker = actors.at(makers.get()).stream().filter(a -> Sides.different(a.actor(), m.source().actor()))
              .filter(a -> a.actor().country().isPresent() || a.actor().kind() != ActorKind.GROUP).findFirst();
          result.add(maker.map(m::withTarget).orElse(changed));
          continue;
        }
      }
      // (Not a claim: "claimed the attack, which Ashgabat condemned" claims it of no one.)
      if (changed.target().isEmpty() && !m.speech() && !m.type().code().startsWith(CLAIM)) {
        changed = countryThingsWereTakenFrom(index, actors, m).or(() -> fromWhomTheThingCame(index, actors, m)).or(() -> countryOfThingsReturned(index, actors, m)).or(() -> stateWhereReturned(index, actors, m))
            .map(giver -> m.withTarget(giver)).orElse(changed);
      }
      if (changed.target().isEmpty()) {
        changed = ownGovernmentAskedByItsOpposition(index, m).or(() -> returnedToAsBefore(result, m)).or(() -> inquiryCooperatedWith(index, result, m)).or(() -> foreignInterference(index, actors, result, m)).or(() -> resumedFor(index, result, m)).or(() -> creditorOfDebtPaid(index, result, m)).or(() -> onesHost(index, result, m)).or(() -> hostOfVisit(index, coded, m)).or(() -> signedWithWhomOneTalked(index, coded, m)).or(() -> partnerActingUnderTheAccord(index, actors, m)).or(() -> diplomaticCutWithNoOneNamed(result, m)).or(() -> whatWasAskedOfOne(index, result, m)).or(() -> readyToTalkWith(index, result, m)).or(() -> regretForOwnDeed(index, actors, result, m)).or(() -> askerOfWhatIsYielded(result, m)).or(() -> supplierOfWhatIsBought(index, result, m)).or(() -> answeredInGoverningClause(index, actors, m)).or(() -> courtAppealedAgainst(index, result, m))
            .map(actor -> m.withTarget(ActorMention.at(index.token(m.trigger()), actor))).orElse(changed);
      }
      if (changed.target().filter(t -> !Sides.ofState(t.actor()) && t.actor().country().isPresent()).isPresent()) {
        // "visited Tashkent and signed an agreement to recruit 10,000 Uzbek care workers": the
        // people a deal is about are no party to it; the state its signer dealt with in the
        // sentence, theirs, is.
        Optional<String> theirs = changed.target().get().actor().country();
        CodedMention aboutPeople = changed;
        changed = signedWithWhomOneTalked(index, coded, m).filter(p -> p.country().equals(theirs))
            .map(actor -> m.withTarget(ActorMention.at(index.token(m.trigger()), actor))).orElse(aboutPeople);
      }
      if (changed.target().isEmpty() && m.type().rootCode().equals(INTENT) && !m.negated()) {
        // "The two governments agreed to take joint water samples, and the European Commission
        // offered to send experts": an offer to no one named, beside what two other sides just
        // agreed together in the same sentence, is made to both.
        Optional<CodedMention> agreed = agreedTogetherJustBefore(result, m);
        if (agreed.isPresent()) {
          ActorMention at = ActorMention.at(index.token(m.trigger()), agreed.get().source().actor());
          result.add(m.withTarget(at));
          changed = m.withTarget(ActorMention.at(index.token(m.trigger()), agreed.get().target().get().actor()));
        }
      }
      if (changed.target().isEmpty() && JUDGING_ROOTS.contains(m.type().rootCode())) {
        changed = ownerOfThingNamed(index, actors, m).map(owner -> m.withTarget(owner)).orElse(changed);
      }
      if (changed.target().isEmpty() && m.type().rootCode().equals(DISAPPROVAL) && !m.negated() && index.hasChildLemma(m.trigger(), "advmod", Set.of("also"))) {
        // "Turkey called the seizure an act of piracy … The Government of National Unity also
        // condemned the move": a disapproval "also" voiced of a deed named again joins the latest
        // one another side voiced, and is aimed where that one was.
        List<Integer> objects = definiteObjects(index, actors, m.trigger());
        Optional<Actor> joined = objects.isEmpty() ? Optional.empty() : EarlierEvents.targetOfLatestOfItsKind(result, m);
        if (joined.isPresent()) {
          changed = m.withTarget(new ActorMention(phraseSpan(index, objects.get(0)), phraseText(index, objects.get(0)), joined.get()));
        }
      }
      if (changed.target().isEmpty() && (!m.speech() || warning || answer || naming)) {
        for (int object : definiteObjects(index, actors, m.trigger())) {
          if (namesItsOwnYear(index, object)) {
            // "which Ankara blames for the 2016 coup attempt": a deed called by its year is one
            // of history, not the last one the article told.
            continue;
          }
          // (A deal that no earlier words named a deal may be what the two sides did together.)
          // ("offered to host the next round" after "Nepal and Bhutan agreed to resume talks": a
          // round of talks named again is the two sides' who last dealt with each other.)
          Optional<CodedMention> together = JOINT_UNDERTAKING_NOUNS.contains(index.lemma(object))
              ? EarlierEvents.agreedTogether(index, result, m, AGREEMENT_NOUNS, REPEATED_NOUN_REACH)
                  .or(() -> EarlierEvents.madeUnderOtherName(index, result, m, AGREEMENT_NOUNS, REPEATED_NOUN_REACH).isPresent() ? Optional.empty()
                      : EarlierEvents.doneTogether(result, m, REPEATED_NOUN_REACH))
              : ROUND_NOUNS.contains(index.lemma(object)) && MEETING_ROOTS.contains(m.type().rootCode()) ? EarlierEvents.doneTogether(result, m, REPEATED_NOUN_REACH)
              : Optional.empty();
          // So do its lawmakers and opposition ("Italian opposition lawmakers criticised the deal"),
          // though the state's side is their own.
          boolean holdsToAccount = m.source().actor().country().isPresent() && m.source().actor().sector().filter(HOLDING_TO_ACCOUNT::contains).isPresent()
              && JUDGING_ROOTS.contains(m.type().rootCode());
          if (together.isPresent() && (Sides.different(together.get().target().get().actor(), m.source().actor()) || holdsToAccount)) {
            // "A Swiss anti-corruption group criticised the deal" Bern made with Kuala Lumpur: a
            // country's own people, not its state, judge the deal of their own government.
            Optional<Actor> ownGovernment = ofItsPeople(m.source().actor()) || holdsToAccount
                ? java.util.stream.Stream.of(together.get().source().actor(), together.get().target().get().actor())
                .filter(party -> party.country().equals(m.source().actor().country())).findFirst() : Optional.empty();
            if (ownGovernment.isPresent()) {
              changed = m.withTarget(new ActorMention(phraseSpan(index, object), phraseText(index, object), ownGovernment.get()));
              break;
            }
            // "welcomed the agreement" two sides made together is aimed at both: one here, the
            // other beside it.
            ActorMention at = new ActorMention(phraseSpan(index, object), phraseText(index, object), together.get().source().actor());
            result.add(m.withTarget(new ActorMention(at.span(), at.surface(), together.get().target().get().actor())));
            changed = m.withTarget(at);
            break;
          }
          // "…, a step Cambodia's government called unnecessary": a thing named before its verb
          // is what its own sentence told just before, ahead of anything told earlier.
          Optional<Actor> antecedent = object < m.trigger() ? actBeforeInSentence(index, result, m, object) : Optional.empty();
          if (antecedent.isEmpty() && (JUDGING_ROOTS.contains(m.type().rootCode()) || m.type().code().startsWith(EarlierEvents.SEIZURE_ROOT_CODE)) && !isEventNoun.test(index.lemma(object))) {
            antecedent = keeperNamedBefore(index, actors, result, m, object);
          }
          // "would examine the asylum requests" after "asked Dominican authorities for asylum":
          // requests named by what they ask for are those who asked for it.
          if (antecedent.isEmpty() && proposalNouns.contains(index.lemma(object))) {
            Set<String> askedFor = index.children(object, Set.of("compound")).stream().filter(c -> index.token(c).isNoun() && !index.token(c).isProperNoun())
                .map(index::lemma).collect(java.util.stream.Collectors.toSet());
            antecedent = askedFor.isEmpty() ? Optional.empty() : EarlierEvents.appealFor(index, result, m, askedFor, REPEATED_NOUN_REACH);
          }
          // "Observers called the vote peaceful": an election judged is held by the state of the
          // country the story is about, not done by whoever acted last.
          // (Only where the story tells of an election: "welcomed the vote" after a senate ratified
          // an agreement judges the senate's vote.)
          if (antecedent.isEmpty() && JUDGING_ROOTS.contains(m.type().rootCode()) && ELECTION_NOUNS.contains(index.lemma(object).toLowerCase(java.util.Locale.ROOT))
              && tellsOfAnElection(index)) {
            antecedent = GroupCountries.homeCountry(actors.all()).map(country -> states.apply(country, Optional.of("GOV")));
          }
          if (antecedent.isEmpty()) {
            antecedent = antecedentOf(index, result, m, judgedDeedNoun(index, object));
          }
          if (antecedent.isEmpty() && JUDGING_ROOTS.contains(m.type().rootCode())) {
            antecedent = partyToBreachedAgreement(index, actors, m);
          }
          if (antecedent.isEmpty() && dev.annals.coding.cameo.ReleaseNouns.contains(index.lemma(object))) {
            antecedent = stateHolding(index, actors, object);
          }
          // "Belgium handed back 84 statues ... Congo would ask for the return of thousands more":
          // a return of nothing described as held is asked of the side that gave back before.
          if (antecedent.isEmpty() && dev.annals.coding.cameo.ReleaseNouns.contains(index.lemma(object))) {
            antecedent = EarlierEvents.latestOfCodes(result, m, RETURN_CODES, EarlierEvents.REACH, true);
          }
          if (antecedent.isPresent()) {
            changed = m.withTarget(new ActorMention(phraseSpan(index, object), phraseText(index, object), antecedent.get()));
            break;
          }
        }
        if (changed.target().isEmpty() && ASKING_ROOTS.contains(m.type().rootCode()) && (asksForTheHeld(index, m.trigger()) || asksForExtradition(index, m.trigger())
            || asksToSeeTheHeld(index, actors, result, m))) {
          // "demanded consular access to the detained Russians": what is asked for people held is
          // asked of whoever detained them, however far back that was told.
          changed = EarlierEvents.detainer(result, m, states, HELD_REACH).or(() -> EarlierEvents.detainerInSentence(coded, m, states))
              .map(actor -> m.withTarget(ActorMention.at(index.token(m.trigger()), actor))).orElse(changed);
        }
        if (changed.target().isEmpty() && m.type().rootCode().equals(REJECTION) && asksForExtradition(index, m.trigger())) {
          // "blocked the extradition of a Kurdish activist wanted in Turkey": a handover turned
          // down is turned down to the state that sought the person.
          changed = seekingState(index, actors, m.trigger()).map(actor -> m.withTarget(ActorMention.at(index.token(m.trigger()), actor))).orElse(changed);
        }
        if (changed.target().isEmpty()) {
          changed = byWhatWasDone(index, actors, result, m).map(actor -> m.withTarget(ActorMention.at(index.token(m.trigger()), actor)))
              .orElse(changed);
        }
      }
      List<Integer> handedOver = m.type().rootCode().equals(REJECTION) ? handedOver(index, m.trigger()) : List.of();
      if (!handedOver.isEmpty() && changed.target().map(t -> handedOver.stream().anyMatch(p -> t.span().contains(index.token(p).span()))).orElse(true)) {
        // "refused to extradite two Kurdish activists wanted by Turkey": the people a refused
        // handover would have sent are no side to the refusal; the state that sought them is.
        CodedMention refusal = changed;
        changed = seekingStateOf(index, actors, handedOver)
            .map(actor -> m.withTarget(ActorMention.at(index.token(m.trigger()), actor))).orElse(refusal);
      }
      if (changed.target().filter(t -> OwnGovernments.UNNAMED_RULERS.contains(t.surface().toLowerCase(java.util.Locale.ROOT))).isPresent()
          && ASKING_ROOTS.contains(m.type().rootCode()) && (asksForTheHeld(index, m.trigger()) || asksToFreeTheHeld(index, m.trigger()))) {
        // "Human Rights Watch called on the government to free the detained protesters": the
        // government asked to free people is the one that holds them, whichever state was named last.
        CodedMention asked = changed;
        changed = EarlierEvents.detainer(result, m, states, HELD_REACH).filter(a -> a.country().isPresent())
            .map(actor -> asked.withTarget(new ActorMention(asked.target().get().span(), asked.target().get().surface(), actor))).orElse(asked);
      }
      if (changed.target().isEmpty() && ASKING_ROOTS.contains(m.type().rootCode())) {
        changed = doerOfWhatIsAskedToStop(index, actors, m).map(actor -> m.withTarget(ActorMention.at(index.token(m.trigger()), actor))).orElse(changed);
      }
      if (changed.target().isEmpty()) {
        changed = demandOfTheSideAtOdds(index, actors, result, m).or(() -> refusalOfTheLastToAskIt(index, result, m))
            .map(actor -> m.withTarget(ActorMention.at(index.token(m.trigger()), actor))).orElse(changed);
      }
      if (changed.target().isEmpty() && EASING_ASKED.contains(m.type().code())) {
        // "called for the embargo to be lifted", said or not: asked of whoever laid the measure.
        changed = EarlierEvents.imposer(result, m, REPEATED_NOUN_REACH).or(() -> ownerOfMeasureNamedBefore(index, actors, m))
            .map(actor -> m.withTarget(ActorMention.at(index.token(m.trigger()), actor))).orElse(changed);
      }
      result.add(changed);
    }
    return result;
  }

  /** Verbs of paying what is owed, and the words for it. */
  private static final Set<String> PAYING = Set.of("pay", "repay", "settle", "clear");
  private static final Set<String> OWED = Set.of("debt", "arrears", "bill", "loan", "dues");

  /**
   * "Lebanon agreed to pay part of its debt in services", after Lebanon's prime minister
   * telephoned his Iraqi counterpart about the unpaid fuel: a debt paid, or agreed to be paid, to
   * no one named is paid to the side the payer last dealt with, or that last spoke to it.
   */
  private Optional<Actor> creditorOfDebtPaid(DependencyIndex index, List<CodedMention> earlier, CodedMention m) {
    List<Integer> verbs = new ArrayList<>(List.of(m.trigger()));
    verbs.addAll(index.children(m.trigger(), Set.of("xcomp")));
    if (verbs.stream().noneMatch(v -> paysWhatIsOwed(index, v))) {
      return Optional.empty();
    }
    return EarlierEvents.partnerOf(earlier, m, PARTNER_REACH).or(() -> EarlierEvents.saidToSourceSide(earlier, m)).map(p -> governmentOfCountry(p).orElse(p));
  }

  /** Whether a verb's object, or its "of" ("part of its debt"), is a word for what is owed. */
  private static boolean paysWhatIsOwed(DependencyIndex index, int verb) {
    return PAYING.contains(index.lemma(verb).toLowerCase(java.util.Locale.ROOT)) && index.children(verb, Set.of("obj")).stream()
        .anyMatch(o -> OWED.contains(index.lemma(o).toLowerCase(java.util.Locale.ROOT))
            || index.children(o, Set.of("nmod:of")).stream().anyMatch(of -> OWED.contains(index.lemma(of).toLowerCase(java.util.Locale.ROOT))));
  }

  /** Verbs of taking up again what was stopped: "would resume shipments next month". */
  private static final Set<String> RESUMING = Set.of("resume", "restart", "restore");

  /**
   * "Iraq halted shipments of fuel oil to Lebanon … would resume shipments next month": what a
   * side takes up again, for no one named, is for whom it was done before: the other side of the
   * side's last act on the same thing.
   */
  private Optional<Actor> resumedFor(DependencyIndex index, List<CodedMention> earlier, CodedMention m) {
    if (!RESUMING.contains(index.lemma(m.trigger()).toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    Set<String> things = index.children(m.trigger(), Set.of("obj")).stream().map(o -> index.lemma(o).toLowerCase(java.util.Locale.ROOT))
        .collect(java.util.stream.Collectors.toSet());
    return EarlierEvents.thisSentenceThenEarlier(earlier, m).stream()
        .filter(c -> c.target().isPresent() && Sides.same(c.source().actor(), m.source().actor()) && Sides.different(c.target().get().actor(), m.source().actor()))
        .filter(c -> index.children(c.trigger(), Set.of("obj")).stream().anyMatch(o -> things.contains(index.lemma(o).toLowerCase(java.util.Locale.ROOT))))
        .map(c -> c.target().get().actor()).findFirst();
  }

  /**
   * "said Kyiv had started the work without consulting Romania … and asked for it to be halted":
   * what is asked to be stopped ("for it to be halted") is asked of whoever does it, the subject
   * of the verb whose object it is, earlier in the sentence: "it" is the latest such object, a
   * noun the same noun.
   */
  private Optional<Actor> doerOfWhatIsAskedToStop(DependencyIndex index, ArticleActors actors, CodedMention m) {
    for (Dependency clause : index.children(m.trigger())) {
      int stop = clause.dependent();
      if (!clause.baseRelation().equals("advcl") || !index.hasChildLemma(stop, "mark", Set.of("for")) || !STOPPING.contains(index.lemma(stop))) {
        continue;
      }
      for (int thing : index.children(stop, Set.of("nsubj:pass"))) {
        boolean pronoun = IT.contains(index.lemma(thing).toLowerCase(java.util.Locale.ROOT));
        int start = index.text().sentences().get(index.token(m.trigger()).sentence()).firstToken();
        for (int t = m.trigger() - 1; t >= start; t--) {
          int object = t;
          boolean same = pronoun ? index.token(object).isNoun() : index.lemma(object).equals(index.lemma(thing));
          Optional<Dependency> done = same ? index.head(object).filter(d -> d.relation().equals("obj") && d.governor() >= 0 && index.token(d.governor()).isVerb()) : Optional.empty();
          if (done.isEmpty()) {
            continue;
          }
          for (int subject : index.children(done.get().governor(), Set.of("nsubj"))) {
            Optional<Actor> doer = actors.at(subject).stream().map(ActorMention::actor).filter(a -> Sides.different(a, m.source().actor())).findFirst();
            if (doer.isPresent()) {
              return doer;
            }
          }
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }


  /** Verbs of stopping what is going on: "asked for it to be halted". */
  private static final Set<String> STOPPING = Set.of("halt", "stop", "suspend", "end", "cease", "freeze", "abandon", "cancel", "scrap");


  /** CAMEO's root of expressing intent to cooperate: offers and promises. */
  private static final String INTENT = "03";

  /**
   * An act of working together or giving that two sides other than the event's source did to each
   * other (told both ways), earlier in the event's own sentence.
   */
  private static Optional<CodedMention> agreedTogetherJustBefore(List<CodedMention> told, CodedMention m) {
    return told.stream().filter(c -> c.sentence() == m.sentence() && c.trigger() < m.trigger() && c.target().isPresent() && !c.negated()
            && EarlierEvents.PARTNER_ROOTS.contains(c.type().rootCode())
            && Sides.different(c.source().actor(), m.source().actor()) && Sides.different(c.target().get().actor(), m.source().actor())
            && EarlierEvents.mutual(told, c)
            // (One of the agreeing sides is no third party: "Egypt, Eritrea and Somalia agreed".)
            && told.stream().filter(o -> o.trigger() == c.trigger() && o.sentence() == c.sentence())
                .noneMatch(o -> Sides.same(o.source().actor(), m.source().actor()) || o.target().filter(t -> Sides.same(t.actor(), m.source().actor())).isPresent()))
        .findFirst();
  }

  private static final String APOLOGY = "055";
  /** How many sentences back the side one deals with is looked for. */
  private static final int PARTNER_REACH = 2;

  /** Apologising (055) and words of sympathy (018). */
  private static final Set<String> REGRET_CODES = Set.of("055", "018");

  /** Clauses that tell what an act answers: "…, after hauliers complained", "because farmers demanded". */
  private static final Set<String> ANSWERED_CLAUSES = Set.of("advcl:after", "advcl:because");

  /**
   * "Saudi Arabia's customs authority said it would cut inspection times for Omani lorries, after
   * Omani hauliers complained last month of waiting up to four days at the crossing": a complaint
   * or a demand that names no one, told as what another country's act answers, was made to it
   * (not "Cambodia sent soldiers to its border after villagers complained that Laotian troops had
   * stopped them": its own people's complaint is about the Laotians).
   */
  private Optional<Actor> answeredInGoverningClause(DependencyIndex index, ArticleActors actors, CodedMention m) {
    boolean complaint = m.type().code().startsWith(EarlierEvents.OFFICIAL_COMPLAINT) || m.type().rootCode().equals(DEMAND);
    if (!complaint || m.source().actor().country().isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> answering = index.head(m.trigger()).filter(d -> ANSWERED_CLAUSES.contains(d.relation()) && d.governor() >= 0).map(Dependency::governor);
    return answering.stream().flatMap(act -> index.children(act, Set.of("nsubj")).stream()).flatMap(subject -> actors.at(subject).stream())
        .map(ActorMention::actor).filter(a -> a.country().isPresent() && !a.country().equals(m.source().actor().country()))
        .map(a -> EarlierEvents.governmentFor(a, states)).findFirst();
  }

  /**
   * "Turkish soldiers shot dead an Iranian border guard … Ankara expressed regret over the death":
   * regret or sympathy that names no one is for whom the speaker's own side last did a deed to,
   * that side's state.
   */
  private Optional<Actor> regretForOwnDeed(DependencyIndex index, ArticleActors actors, List<CodedMention> earlier, CodedMention m) {
    if (!REGRET_CODES.contains(m.type().code()) || m.source().actor().country().isEmpty()) {
      return Optional.empty();
    }
    // Those of a state, not the smugglers the same soldiers fired at.
    Optional<Actor> own = stateStruck(EarlierEvents.thisSentenceThenEarlier(earlier, m), m, c -> Sides.same(c.source().actor(), m.source().actor()));
    if (own.isEmpty() && m.type().code().equals(APOLOGY)) {
      // "Dissanayake met Japan's prime minister in Tokyo … apologised for the cancellation": an
      // apology for no deed told, made to no one named, is made to the side the apologiser is
      // dealing with.
      // "Romania accused Bulgaria of failing to warn it … Bulgaria's minister apologised for the
      // delay": with no one dealt with, it answers whoever last took the apologiser's side to task.
      // People released are not dealt with as a side: "the men had been released and [the police
      // commissioner] apologised", after the Solomon Islands demanded their return, answers it.
      // (Not to its own country: "China's ambassador offered condolences to the Chinese victims'
      // families … The company apologised" apologises to no Chinese side.)
      return EarlierEvents.partnerOf(earlier, m, PARTNER_REACH).filter(Sides::ofState).or(() -> EarlierEvents.saidToSourceSide(earlier, m))
          .map(p -> governmentOfCountry(p).orElse(p)).filter(p -> !p.country().equals(m.source().actor().country()));
    }
    if (own.isPresent() || !m.type().code().equals(SYMPATHY)) {
      return own;
    }
    // "Gunmen from Ethiopia's Dassanech community killed nine Kenyan fishermen … Ethiopia's
    // government expressed condolences": sympathy, unlike an apology, goes to the state whose
    // people the latest violence struck, whoever struck them, as far back as a story's deed is
    // taken up again.
    // "Malawi's health minister asked New Delhi to compensate the families … India's high
    // commission expressed condolences": with no violence told, it goes to the state that last
    // put the deaths to the speaker's side.
    // "A fire swept through a lodging house in Male, killing nine Bangladeshi labourers … The
    // Maldivian government expressed condolences": deaths no one dealt are mourned with the dead's
    // state.
    return stateStruck(EarlierEvents.thisSentenceThenEarlier(earlier, m, REPEATED_NOUN_REACH), m, c -> true)
        .or(() -> stateOfTheDead(index, actors, m))
        .or(() -> EarlierEvents.saidToSourceSide(earlier, m).filter(Sides::ofState).map(side -> governmentOfCountry(side).orElse(side)));
  }

  /** Verbs whose subject dies: "nine sailors drowned". */
  private static final Set<String> DYING_VERBS = Set.of("die", "drown", "perish");
  /** Verbs whose object dies: "killing nine labourers", "were killed". */
  private static final Set<String> KILLING_VERBS = Set.of("kill");

  /** The government of another country whose people the story last tells died, up to the sympathy's sentence. */
  private Optional<Actor> stateOfTheDead(DependencyIndex index, ArticleActors actors, CodedMention m) {
    Optional<Actor> dead = Optional.empty();
    for (Token token : index.text().tokens()) {
      if (token.sentence() > m.sentence()) {
        break;
      }
      String lemma = index.lemma(token.index()).toLowerCase(java.util.Locale.ROOT);
      Set<String> relations = DYING_VERBS.contains(lemma) ? Set.of("nsubj") : KILLING_VERBS.contains(lemma) ? Set.of("obj", "nsubj:pass") : Set.of();
      for (int victim : index.children(token.index(), relations)) {
        Optional<Actor> state = actors.at(victim).stream().map(ActorMention::actor)
            .filter(a -> a.country().isPresent() && !a.country().equals(m.source().actor().country())).findFirst();
        if (state.isPresent()) {
          dead = state;
        }
      }
    }
    return dead.flatMap(this::governmentOfCountry);
  }

  /** The government of the country of another state whose side the latest violence of these doers struck. */
  private Optional<Actor> stateStruck(List<CodedMention> latestFirst, CodedMention m, java.util.function.Predicate<CodedMention> doneBy) {
    return latestFirst.stream()
        .filter(c -> c.target().isPresent() && EarlierEvents.CONFLICT_ROOTS.contains(c.type().rootCode()) && !c.negated() && doneBy.test(c))
        .map(c -> c.target().get().actor())
        .filter(a -> a.country().isPresent() && !a.country().equals(m.source().actor().country()))
        .findFirst().flatMap(this::governmentOfCountry);
  }

  /** Express sympathy, condolences (018). */
  private static final String SYMPATHY = "018";

  /** Verbs of talking that name no one when bare: "was ready to talk", "willing to negotiate". */
  private static final Set<String> BARE_TALKING = Set.of("talk", "negotiate");

  /**
   * "Ireland summoned Britain's ambassador to protest … Starmer's spokesman said the law would be
   * enforced but that Britain was ready to talk": a bare intent to talk or negotiate, with nothing
   * and no one after the verb, is with the side at odds with the speaker's: whoever last acted or
   * spoke against it, else whom it last acted against (that side's state).
   */
  private Optional<Actor> readyToTalkWith(DependencyIndex index, List<CodedMention> earlier, CodedMention m) {
    boolean bare = index.token(m.trigger()).isVerb() && BARE_TALKING.contains(index.lemma(m.trigger()))
        && m.modality() == dev.annals.model.Modality.INTENDED
        && index.children(m.trigger()).stream().noneMatch(d -> d.relation().startsWith("obj") || d.relation().startsWith("obl") || d.relation().startsWith("xcomp")
            || d.relation().startsWith("ccomp") || d.relation().startsWith("advcl"));
    if (!bare) {
      return Optional.empty();
    }
    return EarlierEvents.saidToSourceSide(earlier, m)
        .or(() -> EarlierEvents.lastAtOddsWith(earlier, m).map(side -> governmentOfCountry(side).orElse(side)));
  }

  /** The government of the actor's country, when it has one: the state a side's people stand for. */
  /** Whether the event's thing of that word is named in the plural: "condemned the measures". */
  private static boolean namedInThePlural(DependencyIndex index, CodedMention m, String noun) {
    return index.children(m.trigger(), OBJECT_RELATIONS).stream().anyMatch(o -> index.lemma(o).equalsIgnoreCase(noun) && index.token(o).tag().equals("NNS"));
  }

  /**
   * "Nicaragua revoked the status of nine German aid groups … Police escorted five German aid
   * workers to the airport … Germany condemned the measures": deeds judged together, done to the
   * judge's side or its country's people lately by more than one branch of the doer's state, are
   * that state's government's, not those of the branch that acted last.
   */
  private Actor stateOfManyBranches(List<CodedMention> earlier, CodedMention m, Actor doer) {
    List<Actor> doers = earlier.stream().filter(e -> e.sentence() <= m.sentence() && e.sentence() >= m.sentence() - EarlierEvents.REACH && !e.negated())
        .filter(e -> e.target().filter(t -> Sides.same(t.actor(), m.source().actor())
            || (t.actor().country().isPresent() && t.actor().country().equals(m.source().actor().country()))).isPresent())
        .map(e -> e.source().actor()).distinct().toList();
    // (The story's branches may not be placed yet: "Police" is the police of no country until the
    // article's home country places them.)
    Set<String> countries = doers.stream().filter(a -> a.kind() == ActorKind.STATE).flatMap(a -> a.country().stream()).collect(java.util.stream.Collectors.toSet());
    boolean branchesOfOneState = doers.size() >= 2 && countries.size() == 1 && doers.stream().allMatch(a -> (a.kind() == ActorKind.STATE && a.country().isPresent())
        || (a.country().isEmpty() && a.sector().filter(ActorResolver.STATE_SECTORS::contains).isPresent()));
    return branchesOfOneState && doers.contains(doer) ? states.apply(countries.iterator().next(), Optional.of("GOV")) : doer;
  }

  private Optional<Actor> governmentOfCountry(Actor actor) {
    return actor.country().map(country -> states.apply(country, Optional.of("GOV")));
  }

  /**
   * "Lourenco began a state visit to Zambia … Lourenco invited his host to visit Luanda": one's
   * host is the side one last visited, or that last hosted one.
   */
  private Optional<Actor> onesHost(DependencyIndex index, List<CodedMention> earlier, CodedMention m) {
    boolean host = index.children(m.trigger(), Set.of("obj")).stream()
        .anyMatch(o -> index.lemma(o).equalsIgnoreCase("host") && !index.children(o, Set.of("nmod:poss")).isEmpty());
    return host ? EarlierEvents.hostOf(earlier, m).map(h -> EarlierEvents.governmentFor(h, states)) : Optional.empty();
  }

  /**
   * "India's defence minister, on a three-day visit, also handed over two patrol boats [to
   * Vietnam's navy]": a visit that names no host is to the country the visitor's side deals with
   * as a partner (consults, cooperates with, aids, yields to; not "did not apologise to Malawi")
   * in the visit's sentence, else in the nearest sentence before; that country's government hosts
   * it.
   */
  private Optional<Actor> hostOfVisit(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    // A visit made in the story: its verb, or its noun as what the visitor is on or came for ("on
    // a three-day visit"); not a visit spoken of ("the first visit since 1964", "Tayan's visit
    // will be rescheduled"), whose host the story need not be dealing with.
    boolean made = index.token(m.trigger()).isVerb() || index.head(m.trigger()).filter(d -> VISIT_MADE.contains(d.relation())).isPresent();
    if (!m.type().code().equals(VISIT) || m.source().actor().country().isEmpty() || !made || goesToNoPlace(index, m.trigger())) {
      return Optional.empty();
    }
    String own = m.source().actor().country().get();
    // The nearest sentence first, back to the story's start: "About 120 Hungarian soldiers landed
    // in N'Djamena to begin a training mission with Chad's army … [three sentences] … Hungary's
    // defence minister is expected to visit the mission". (Beyond the sentence before, only a
    // visit made or planned, not one that may be: "would fly her on to Santiago once she was fit to
    // travel" names no host the story deals with.)
    int reach = m.modality() == dev.annals.model.Modality.HYPOTHETICAL ? 1 : m.sentence();
    for (int back = 0; back <= reach; back++) {
      int sentence = m.sentence() - back;
      Optional<Actor> partner = coded.stream().filter(c -> c != m && c.sentence() == sentence && EarlierEvents.PARTNER_ROOTS.contains(c.type().rootCode()) && !c.negated())
          .filter(c -> Sides.same(c.source().actor(), m.source().actor()) && c.target().isPresent())
          .map(c -> c.target().get().actor()).filter(t -> t.country().isPresent() && !t.country().get().equals(own)).findFirst();
      if (partner.isPresent()) {
        return partner.map(p -> states.apply(p.country().get(), Optional.of("GOV")));
      }
    }
    return Optional.empty();
  }

  /**
   * "Brazil's foreign ministry summoned Venezuela's charge d'affaires … Lula said Brazil would not
   * recall its ambassador over the case": diplomatic ties cut (or not cut) with no one named are
   * cut with the side the cutter last acted against, else the side that last acted against it.
   */
  private Optional<Actor> diplomaticCutWithNoOneNamed(List<CodedMention> earlier, CodedMention m) {
    if (!m.type().code().startsWith(DIPLOMATIC_CUT)) {
      return Optional.empty();
    }
    return EarlierEvents.lastAtOddsWith(earlier, m).or(() -> EarlierEvents.saidToSourceSide(earlier, m)).map(side -> governmentOfCountry(side).orElse(side));
  }

  /** Reduce or break diplomatic relations: an ambassador recalled, an embassy closed. */
  private static final String DIPLOMATIC_CUT = "161";

  /**
   * "The Arab League condemned what it called foreign interference in Jordan's affairs": meddling
   * from outside a state, by no one named, is condemned in whoever that state was last at odds
   * with (Iran, whose envoy Jordan summoned), not in the state itself.
   */
  private Optional<Actor> foreignInterference(DependencyIndex index, ArticleActors actors, List<CodedMention> earlier, CodedMention m) {
    if (!JUDGING_ROOTS.contains(m.type().rootCode())) {
      return Optional.empty();
    }
    // ("condemned what it called foreign interference in Jordan's affairs": the noun may sit in the
    // free relative, with "in" hung on "called".)
    for (int noun : index.subtree(m.trigger(), Set.of("parataxis", "conj"))) {
      if (!MEDDLING_NOUNS.contains(index.lemma(noun)) || !index.hasChildLemma(noun, "amod", Set.of("foreign", "outside", "external"))) {
        continue;
      }
      List<Integer> owners = new ArrayList<>(index.children(noun, Set.of("nmod:in")));
      index.head(noun).filter(d -> d.relation().equals("obj") && d.governor() >= 0).ifPresent(d -> owners.addAll(index.children(d.governor(), Set.of("obl:in"))));
      List.copyOf(owners).forEach(o -> owners.addAll(index.children(o, Set.of("nmod:poss"))));
      for (int owner : owners) {
        Optional<Actor> meddledIn = actors.at(owner).stream().map(ActorMention::actor).filter(a -> a.country().isPresent()).findFirst();
        if (meddledIn.isPresent()) {
          return EarlierEvents.thisSentenceThenEarlier(earlier, m, MEDDLING_REACH).stream()
              .filter(c -> c.target().isPresent() && EarlierEvents.CONFLICT_ROOTS.contains(c.type().rootCode()) && !c.negated()
                  && Sides.same(c.source().actor(), meddledIn.get()) && Sides.different(c.target().get().actor(), meddledIn.get()))
              .map(c -> c.target().get().actor()).findFirst();
        }
      }
    }
    return Optional.empty();
  }

  private static final Set<String> MEDDLING_NOUNS = Set.of("interference", "meddling", "intervention", "intrusion");
  /** How many sentences back the meddled-in state's dispute is looked for. */
  private static final int MEDDLING_REACH = 4;

  /**
   * "Spain's interior minister held talks with President Faye in Dakar on Tuesday and signed an
   * agreement to set up joint sea patrols": an agreement signed with no other side named, after its
   * signer talked or met with a state in the same sentence, was signed with that state.
   */
  private Optional<Actor> signedWithWhomOneTalked(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    if (!m.type().code().equals(EarlierEvents.SIGN_CODE) || !index.token(m.trigger()).isVerb() || m.source().actor().country().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> own = m.source().actor().country();
    return EarlierEvents.partnerOf(coded, m, 0).filter(t -> t.country().isPresent() && !t.country().equals(own));
  }


  /**
   * "President Taneti Maamau signed an agreement in Beijing under which Chinese state companies will
   * upgrade the airstrip": an accord signed with no other side named was signed with the side that
   * does its part under it, the subject of the clause the accord frames (that side's state). So is
   * an accord turned down: "Kenya's High Court suspended a contract under which a Czech consortium
   * was to build a commuter rail line" rejects the consortium's part (127).
   */
  private Optional<Actor> partnerActingUnderTheAccord(DependencyIndex index, ArticleActors actors, CodedMention m) {
    if (!ACCORD_DEALINGS.contains(m.type().code()) || !index.token(m.trigger()).isVerb() || m.source().actor().country().isEmpty()) {
      return Optional.empty();
    }
    for (int accord : index.children(m.trigger(), Set.of("obj"))) {
      for (int clause : index.children(accord, Set.of("acl:relcl"))) {
        boolean framed = index.children(clause).stream().anyMatch(d -> d.dependent() == accord && FRAMED_BY.contains(d.relation()));
        if (!framed) {
          continue;
        }
        Optional<Actor> partner = subjectsActors(index, actors, clause)
            .filter(a -> a.country().isPresent() && !a.country().equals(m.source().actor().country())).findFirst();
        if (partner.isPresent()) {
          // (Chinese state companies do their part for China, whose state signed.)
          return partner.map(p -> p.sector().filter(dev.annals.coding.actors.ActorResolver.STATE_SECTORS::contains).isPresent() ? EarlierEvents.governmentFor(p, states)
              : states.apply(p.country().get(), Optional.empty()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The actors named anywhere in a verb's subjects but their clauses and appositions: "Switzerland's
   * Ticino canton", "Chinese state companies".
   */
  private static java.util.stream.Stream<Actor> subjectsActors(DependencyIndex index, ArticleActors actors, int verb) {
    return index.children(verb, Set.of("nsubj")).stream()
        .flatMap(subject -> index.subtree(subject, Set.of("acl", "acl:relcl", "appos")).stream()).flatMap(w -> actors.at(w).stream())
        .map(ActorMention::actor);
  }

  /** Signing an accord (057) and turning one down (127, reject a plan or agreement). */
  private static final Set<String> ACCORD_DEALINGS = Set.of(EarlierEvents.SIGN_CODE, "127");

  /** How an accord frames what is done under it: "an agreement under which ...". */
  private static final Set<String> FRAMED_BY = Set.of("obl:under", "obl:by", "obl:through");

  /** Making a visit. */
  private static final String VISIT = "042";
  /** How a visit noun hangs on the verb of one making it: "was on a three-day visit", "arrived for a visit". */
  private static final Set<String> VISIT_MADE = Set.of("obl:on", "obl:for");

  /**
   * Whether a verb of going says it went somewhere that is no place: "came to power", "arrived at
   * a decision", "went to great lengths". Such a verb visits no one, so no host is looked for.
   */
  private static boolean goesToNoPlace(DependencyIndex index, int verb) {
    return index.token(verb).isVerb() && index.children(verb).stream()
        .filter(d -> DESTINATION_RELATIONS.contains(d.relation()))
        .anyMatch(d -> index.token(d.dependent()).isNoun() && !index.token(d.dependent()).isProperNoun()
            && !PLACE_WORDS.contains(index.lemma(d.dependent())));
  }

  private static final Set<String> DESTINATION_RELATIONS = Set.of("obl:to", "obl:into", "obl:in", "obl:at");
  /** Common nouns that name a place one can go to: "travelled to the capital", "arrived in the region". */
  private static final Set<String> PLACE_WORDS = Set.of("capital", "city", "town", "village", "region", "province", "state", "country", "nation",
      "border", "area", "island", "port", "territory", "enclave", "zone", "front", "kingdom", "republic", "headquarters", "base", "airport");
  /** CAMEO's root of rejection. */
  private static final String REJECTION = "12";

  /**
   * "Chapo asked Kagame to keep Rwandan troops … Kagame agreed": agreeing (with no one named, its
   * target being empty) agrees to what the other side last asked of it, or offered it.
   */
  /**
   * "Finland's foreign ministry asked Stockholm for consular access to the captain, which was
   * granted the same day": what a side grants to no one named (access given, demands met) it
   * grants to whoever last asked something of it.
   */
  private static Optional<Actor> askerOfWhatIsYielded(List<CodedMention> earlier, CodedMention m) {
    boolean granted = GRANTING.stream().anyMatch(m.type().code()::startsWith) && !m.negated() && EarlierEvents.isDone(m);
    return granted ? EarlierEvents.actOnSourceSide(earlier, m, ASKING_ROOTS) : Optional.empty();
  }

  /** Yielding that grants what was asked: acceding to demands (083), allowing others in (086). */
  private static final Set<String> GRANTING = Set.of("083", "086");

  private static Optional<Actor> whatWasAskedOfOne(DependencyIndex index, List<CodedMention> earlier, CodedMention m) {
    // So does agreeing to an act that names no one ("asked Beijing to restore the pillars … China's
    // embassy … agreed to send experts to the site"): it is done for whoever asked.
    boolean agreedToNoOneNamed = AGREEING.contains(index.lemma(m.trigger())) && !m.negated();
    if (!agreedToNoOneNamed) {
      return Optional.empty();
    }
    // "After Presidents Hichilema and Samia Suluhu Hassan spoke by telephone late on Friday,
    // Tanzania agreed to keep the post open": else what is agreed in the sentence of a talk is
    // agreed with whom the agreeing side talked.
    Optional<Actor> talkedWith = earlier.stream().filter(c -> c.sentence() == m.sentence() && c.type().rootCode().equals(EarlierEvents.CONSULT_ROOT) && c.target().isPresent()
        && Sides.same(c.source().actor(), m.source().actor()) && Sides.different(c.target().get().actor(), m.source().actor())).map(c -> c.target().get().actor()).findFirst();
    return EarlierEvents.proposalTo(earlier, m).filter(p -> p.target().isPresent()).map(p -> p.source().actor()).or(() -> talkedWith);
  }


  /** Sectors of a country's own politics outside its government: its opposition and its legislators. */
  private static final Set<String> DOMESTIC_POLITICS = Set.of("OPP", "LEG");

  /**
   * "Pakistani opposition lawmakers said the gas deal had been signed without a debate in
   * parliament and demanded that its terms be published": what a country's opposition or
   * legislators demand be done, by no one they name, they demand of their own government.
   */
  private Optional<Actor> ownGovernmentAskedByItsOpposition(DependencyIndex index, CodedMention m) {
    Actor source = m.source().actor();
    if (!m.type().rootCode().equals(DEMAND_ROOT) || source.country().isEmpty() || source.sector().filter(DOMESTIC_POLITICS::contains).isEmpty()) {
      return Optional.empty();
    }
    boolean doneByNoOneNamed = index.children(m.trigger(), Set.of("ccomp")).stream()
        .anyMatch(c -> !index.children(c, Set.of("aux:pass")).isEmpty() && index.children(c, Set.of("obl:agent")).isEmpty());
    return doneByNoOneNamed ? Optional.of(states.apply(source.country().get(), Optional.of("GOV"))) : Optional.empty();
  }

  /** Verbs of agreeing to what was put to one. */
  private static final Set<String> AGREEING = Set.of("agree", "accept", "consent", "comply");

  /** Releasing people or returning property: what is given back. */
  private static final Set<String> RETURN_CODES = Set.of("084", "0841", "0842");
  /** Sending people back or giving back what was held: a return's acts, deportation with them. */
  private static final Set<String> SENDING_BACK_CODES = Set.of("174", "084", "0841", "0842");
  /** CAMEO's root of demanding. */
  private static final String DEMAND_ROOT = "10";
  /** Claiming responsibility or credit. */
  private static final String CLAIM = "015";

  /** Roots of complaining of what was done: disapproval, rejection, protest. */
  private static final Set<String> COMPLAINING_ROOTS = Set.of("11", "12", "14");
  /** Nouns for how people were dealt with, which name no event of their own. */
  private static final Set<String> HANDLING_NOUNS = Set.of("treatment", "mistreatment", "handling", "harassment", "abuse");

  /**
   * Whether a complaint's target is the people of its own source's country, named as those a
   * deed was done to: "protested against the treatment of its citizens", "condemned the detention
   * of Bolivian porters".
   */
  private boolean ownPeopleThroughADeed(DependencyIndex index, CodedMention m) {
    if (m.target().isEmpty() || !COMPLAINING_ROOTS.contains(m.type().rootCode()) || !Sides.ofState(m.source().actor())) {
      return false;
    }
    Actor people = m.target().get().actor();
    if (people.country().isEmpty() || !people.country().equals(m.source().actor().country()) || Sides.ofState(people)) {
      return false;
    }
    Optional<Integer> named = index.lastTokenIn(m.target().get().span());
    if (named.isEmpty()) {
      return false;
    }
    return index.parents(named.get()).stream().anyMatch(d -> d.relation().equals("nmod:of") && d.governor() >= 0
        && (HANDLING_NOUNS.contains(index.lemma(d.governor())) || isEventNoun.test(index.lemma(d.governor())))
        && index.parents(d.governor()).stream().anyMatch(p -> p.governor() == m.trigger()));
  }

  /**
   * "Beijing had offered rescue teams and relief supplies, which Tonga's government accepted": a
   * thing that is also the object of another verb of the sentence (a relative clause's, which the
   * enhanced graph gives both) came from, or was done by, that verb's subject, at whom taking,
   * refusing, offering or judging it is aimed, when that subject is another side ("condemned the
   * attack, which Kyiv has not claimed").
   */
  private static Optional<ActorMention> fromWhomTheThingCame(DependencyIndex index, ArticleActors actors, CodedMention m) {
    for (int object : index.children(m.trigger(), Set.of("obj"))) {
      // Only a thing a relative clause with its pronoun tells of, one verb in it and one outside:
      // "which Tonga's government accepted", "condemned the attack, which Kyiv has not claimed";
      // not "to press a claim London has long resisted", whose clause has no pronoun.
      if (index.children(object, Set.of("ref")).isEmpty() || index.children(object, Set.of("acl:relcl")).isEmpty()) {
        continue;
      }
      for (Dependency shared : index.parents(object)) {
        if (!shared.relation().equals("obj") || shared.governor() < 0 || shared.governor() == m.trigger()) {
          continue;
        }
        for (int subject : index.children(shared.governor(), Set.of("nsubj"))) {
          Optional<ActorMention> giver = actors.at(subject).stream()
              .filter(a -> a.actor().country().isPresent() && !a.actor().country().equals(m.source().actor().country())).findFirst();
          if (giver.isPresent()) {
            return giver;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Germany handed back the remains of 22 people taken from present-day Tanzania": things given
   * back that a participle says were taken from another country go back to it.
   */
  private static Optional<ActorMention> countryThingsWereTakenFrom(DependencyIndex index, ArticleActors actors, CodedMention m) {
    if (!RETURN_CODES.contains(m.type().code()) || m.source().actor().country().isEmpty()) {
      return Optional.empty();
    }
    List<Integer> things = new ArrayList<>(index.children(m.trigger(), Set.of("obj")));
    List.copyOf(things).forEach(o -> things.addAll(index.children(o, Set.of("nmod:of"))));
    return things.stream().flatMap(t -> index.children(t, Set.of("acl")).stream()).filter(participle -> index.token(participle).tag().equals("VBN"))
        .flatMap(participle -> index.children(participle, Set.of("obl:from")).stream()).flatMap(from -> actors.at(from).stream())
        .filter(a -> a.actor().country().isPresent() && !a.actor().country().equals(m.source().actor().country())).findFirst();
  }

  /**
   * "Italy handed back 34 ancient Egyptian artefacts": things given back that are called another
   * country's go back to that country.
   */
  private Optional<ActorMention> countryOfThingsReturned(DependencyIndex index, ArticleActors actors, CodedMention m) {
    if (!RETURN_CODES.contains(m.type().code()) || m.source().actor().country().isEmpty()) {
      return Optional.empty();
    }
    for (int object : index.children(m.trigger(), Set.of("obj"))) {
      if (!actors.at(object).isEmpty()) {
        continue;
      }
      for (int adjective : index.children(object, Set.of("amod"))) {
        Optional<Actor> country = modifierActor.apply(index.token(adjective), actors.when())
            .filter(a -> a.kind() == ActorKind.STATE && a.country().isPresent() && !a.country().equals(m.source().actor().country()));
        if (country.isPresent()) {
          return Optional.of(ActorMention.at(index.token(adjective), country.get()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Serbian prosecutors asked China to make two engineers available for questioning … Beijing
   * would cooperate with the inquiry": cooperation with an inquiry (cameo/inquiry-nouns.txt) is
   * with whoever last investigated, or else with whoever last asked something of the side that
   * cooperates.
   */
  private Optional<Actor> inquiryCooperatedWith(DependencyIndex index, List<CodedMention> earlier, CodedMention m) {
    // (Only a side of known country: "a working group would travel to Bangui to help with the
    // investigation", a group placed only later, is not yet known to be the side asked.)
    boolean withInquiry = m.type().rootCode().equals(COOPERATION_ROOT) && m.source().actor().country().isPresent()
        && index.children(m.trigger(), Set.of("obl:with")).stream().anyMatch(w -> inquiryNouns.contains(index.lemma(w)));
    if (!withInquiry) {
      return Optional.empty();
    }
    List<CodedMention> latestFirst = new ArrayList<>(earlier);
    java.util.Collections.reverse(latestFirst);
    return latestFirst.stream().filter(e -> e.type().rootCode().equals(INVESTIGATION_ROOT) && Sides.different(e.source().actor(), m.source().actor()))
        .map(e -> e.source().actor()).findFirst()
        .or(() -> latestFirst.stream().filter(e -> e.type().rootCode().equals(APPEAL_ROOT) && e.target().isPresent()
            && Sides.same(e.target().get().actor(), m.source().actor()) && Sides.different(e.source().actor(), m.source().actor())).map(e -> e.source().actor()).findFirst());
  }

  private static final String COOPERATION_ROOT = "06";
  private static final String INVESTIGATION_ROOT = "09";
  private static final String APPEAL_ROOT = "02";

  /** Nouns of an occasion at a place: "at a ceremony in Abuja". */
  private static final Set<String> OCCASION_NOUNS = dev.annals.coding.repair.ObjectWithReducedPassiveReadAsSmallClause.OCCASIONS;

  /**
   * "The Netherlands handed over 42 bronzes … at a ceremony in Abuja": things given back in
   * another state's capital, or at an occasion there, are given back to its government.
   */
  private Optional<ActorMention> stateWhereReturned(DependencyIndex index, ArticleActors actors, CodedMention m) {
    if (!RETURN_CODES.contains(m.type().code()) || m.source().actor().country().isEmpty()) {
      return Optional.empty();
    }
    List<Integer> places = new ArrayList<>();
    for (int where : index.children(m.trigger(), Set.of("obl:in", "obl:at"))) {
      places.add(where);
      if (OCCASION_NOUNS.contains(index.lemma(where))) {
        places.addAll(index.children(where, Set.of("nmod:in")));
      }
    }
    for (int place : places) {
      Optional<ActorMention> host = actors.at(place).stream().filter(a -> a.actor().country().isPresent() && Sides.stateOrItsGovernment(a.actor())
          && !a.actor().country().equals(m.source().actor().country())).findFirst();
      if (host.isPresent()) {
        return host.map(a -> ActorMention.at(index.token(place), EarlierEvents.governmentFor(a.actor(), states)));
      }
    }
    return Optional.empty();
  }

  /**
   * "The Netherlands handed over 42 bronzes … said the Netherlands would return any other
   * objects": a side's return with no one named goes where its last return went.
   */
  private static Optional<Actor> returnedToAsBefore(List<CodedMention> earlier, CodedMention m) {
    if (!RETURN_CODES.contains(m.type().code())) {
      return Optional.empty();
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      CodedMention before = earlier.get(i);
      // (A return done: not one only asked for, "asked Colombo to release them".)
      if (EarlierEvents.isDone(before) && RETURN_CODES.contains(before.type().code()) && before.target().isPresent() && Sides.same(before.source().actor(), m.source().actor())
          && before.sentence() >= m.sentence() - EarlierEvents.REACH) {
        return Optional.of(before.target().get().actor());
      }
    }
    return Optional.empty();
  }

  /**
   * "A French administrative court in Rennes suspended work on the Brittany landing, ruling that …
   * France's grid operator said it would appeal": an appeal with no one named is brought against
   * the ruling of the court that last acted.
   */
  private static Optional<Actor> courtAppealedAgainst(DependencyIndex index, List<CodedMention> earlier, CodedMention m) {
    // (Not an appeal "for" something or "to" someone: "would appeal for clemency" asks, not sues.)
    boolean bare = index.children(m.trigger(), Set.of("obl:for", "obl:to")).isEmpty();
    return m.type().code().equals(EarlierEvents.LAWSUIT) && index.lemma(m.trigger()).equals("appeal") && bare ? EarlierEvents.court(earlier, m) : Optional.empty();
  }

  /** Words for breaking a pact: "a breach of its agreement with Beijing". */
  private static final Set<String> BREACH_NOUNS = Set.of("breach", "violation");

  /**
   * "the Holy See said …, calling the ceremony a breach of its 2018 agreement with Beijing": a deed
   * no event tells the doer of, called a breach of one's agreement with another side, is laid on
   * that other side.
   */
  private static Optional<Actor> partyToBreachedAgreement(DependencyIndex index, ArticleActors actors, CodedMention m) {
    for (int word : index.subtree(m.trigger(), Set.of("ccomp", "parataxis", "conj"))) {
      if (!BREACH_NOUNS.contains(index.lemma(word))) {
        continue;
      }
      for (int pact : index.children(word, Set.of("nmod:of"))) {
        if (!AGREEMENT_NOUNS.contains(index.lemma(pact))) {
          continue;
        }
        Optional<Actor> other = index.children(pact, Set.of("nmod:with")).stream().flatMap(w -> actors.at(w).stream()).map(ActorMention::actor)
            .filter(a -> Sides.different(a, m.source().actor())).findFirst();
        if (other.isPresent()) {
          return other;
        }
      }
    }
    return Optional.empty();
  }

  /** The government of the state whose side last sent people back or away (a state's service's doing is its government's). */
  private Optional<Actor> sendingGovernment(List<CodedMention> earlier, CodedMention m) {
    return EarlierEvents.latestOfCodes(earlier, m, SENDING_BACK_CODES, REPEATED_NOUN_REACH, true).filter(side -> side.country().isPresent())
        .map(side -> EarlierEvents.governmentFor(side, states));
  }

  /** Nouns that, judged, name sending people away, without being event nouns of their own. */
  private static final Set<String> SENDING_AWAY_NOUNS = Set.of("removal");

  /**
   * An expulsion's own nouns, which a judge aims at the sending state's government whichever of its
   * services put the people on the plane ("police … put the reporter on a flight to Paris … France
   * called the expulsion unacceptable"); diplomats expelled (161) are told by the noun as any deed.
   */
  private static final Set<String> EXPULSION_NOUNS = Set.of("expulsion", "deportation");

  /** Nouns of holding people, done by whoever detained them. */
  private static final Set<String> HELD_NOUNS = Set.of("arrest", "detention", "jailing", "imprisonment");

  /** Words for an election, which a state holds. */
  private static final Set<String> ELECTION_NOUNS = Set.of("vote", "election", "poll", "ballot", "referendum", "count");

  /** Words that name an election itself, not any vote. */
  private static final Set<String> ELECTION_WORDS = Set.of("election", "referendum", "runoff", "run-off", "plebiscite");

  private static boolean tellsOfAnElection(DependencyIndex index) {
    return index.text().tokens().stream().anyMatch(t -> ELECTION_WORDS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Words for arms, whose use is violence. */
  private static final Set<String> ARMS = Set.of("weapon", "arm", "firearm", "gun", "force", "ammunition", "bullet", "gas", "teargas");

  /** What {@link #judgedDeedNoun} calls "the use of weapons", "the use of force". */
  private static final String USE_OF_ARMS = "use of arms";

  /**
   * The target of the latest attack by the claimer's own side, told in the sentences before, when
   * it is of a known country (civilians of no country yet are placed only later).
   */
  private static Optional<Actor> ownAttacksTarget(List<CodedMention> earlier, CodedMention m) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      CodedMention e = earlier.get(i);
      if (e.sentence() < m.sentence() && m.sentence() - e.sentence() <= REPEATED_NOUN_REACH && CameoCodebook.isAttack(e.type().code())
          && e.target().filter(t -> t.actor().country().isPresent()).isPresent()
          && Sides.same(e.source().actor(), m.source().actor()) && !Sides.same(e.target().get().actor(), m.source().actor())) {
        return Optional.of(e.target().get().actor());
      }
    }
    return Optional.empty();
  }

  /** The noun that names the deed an object stands for: its own lemma, or the use of arms. */
  private static String judgedDeedNoun(DependencyIndex index, int object) {
    String noun = index.lemma(object);
    boolean useOfArms = noun.equals("use") && index.children(object, Set.of("nmod:of")).stream()
        .anyMatch(c -> ARMS.contains(index.lemma(c).toLowerCase(java.util.Locale.ROOT)));
    return useOfArms ? USE_OF_ARMS : noun;
  }

  /** Whose deed, offer or words the noun stands for, by the earlier events. */
  private Optional<Actor> antecedentOf(DependencyIndex index, List<CodedMention> told, CodedMention m, String noun) {
    // What has gone on "for years" is no one act "the attack" points back to.
    List<CodedMention> earlier = told.stream().filter(e -> !StandingRelations.hasLastedForASpan(index, e.trigger())).toList();
    // A release is asked of whoever holds them, even when another side asked it before.
    // The held stay held: "A court in Grodno sentenced a Polish journalist … [three sentences] …
    // The EU's foreign policy chief called for the journalist's immediate release".
    // A return judged is the act of sending back or giving back itself: "Australia flew 31 Sri
    // Lankan asylum seekers back to Colombo … The UN refugee agency criticised the return" is
    // aimed at Australia's government, not at the Sri Lankan police who then arrested some of
    // them (a state's release, by its coast guard or its courts, is its government's doing).
    boolean judged = JUDGING_ROOTS.contains(m.type().rootCode());
    // "Houthi forces fired two missiles at a Greek-owned tanker … A Greek frigate shot down a drone
    // … A Houthi spokesperson claimed the attack": a side claims its own attack, aimed at whom that
    // attack was, not at the last other side that used force.
    if (m.type().code().startsWith(CLAIM) && isEventNoun.test(noun)) {
      Optional<Actor> attacked = ownAttacksTarget(earlier, m);
      if (attacked.isPresent()) {
        return attacked;
      }
    }
    if (noun.equals(USE_OF_ARMS)) {
      // "fired warning shots at a trawler … called the use of weapons disproportionate", "police
      // fired tear gas … condemned the use of force": the latest violence, else the latest force
      // of any kind (the detention that followed the shots is no use of weapons).
      return EarlierEvents.latestOf(earlier, m, CameoCodebook::isAttack, REPEATED_NOUN_REACH, true)
          .or(() -> EarlierEvents.latestOf(earlier, m, CameoCodebook::isForce, REPEATED_NOUN_REACH, true));
    }
    // "condemned the arrest of the journalist": an arrest judged is the detainer's.
    // "criticised the removals" after "41 Jamaican nationals deported from Britain": a removal
    // judged is a sending away (alone, "removal" is of anything, from office as well as a country).
    Optional<Actor> antecedent = HELD_NOUNS.contains(noun) ? EarlierEvents.detainer(earlier, m, states, HELD_REACH)
        : judged && EXPULSION_NOUNS.contains(noun) ? sendingGovernment(earlier, m)
        : !dev.annals.coding.cameo.ReleaseNouns.contains(noun) && !(judged && SENDING_AWAY_NOUNS.contains(noun)) ? Optional.empty()
        : judged ? sendingGovernment(earlier, m).or(() -> EarlierEvents.detainer(earlier, m, states, HELD_REACH))
        : EarlierEvents.detainer(earlier, m, states, HELD_REACH);
    // An event's own noun may be repeated from far back ("condemned the attack"); another noun
    // ("repair the road") only from the sentences near it.
    int reach = isEventNoun.test(noun) ? REPEATED_NOUN_REACH : EarlierEvents.REACH;
    // A ruling is the court's, though an appeal against it named it since ("would appeal the ruling
    // … The Law Society of Kenya welcomed the ruling"); a ruling is an event's own noun, named again
    // from as far back as any.
    if (RULING_NOUNS.contains(noun)) {
      antecedent = antecedent.or(() -> EarlierEvents.court(earlier, m, REPEATED_NOUN_REACH));
    }
    antecedent = antecedent.or(() -> EarlierEvents.repeatedNoun(index, earlier, m, noun, reach))
        .or(() -> judged ? EarlierEvents.accusedOfDeedNamed(index, earlier, m, noun, reach) : Optional.empty())
        .or(() -> judged ? EarlierEvents.ownStatesDeedNamed(index, earlier, m, noun, reach, states) : Optional.empty())
        .or(() -> JUDGING_ROOTS.contains(m.type().rootCode()) ? EarlierEvents.chargedWithCrime(index, earlier, m, noun, REPEATED_NOUN_REACH) : Optional.empty());
    // "criticised the deal" after "signed a free trade agreement": one agreement, other words;
    // "criticised the readmission clause" after it, a part of that agreement.
    // (All the words at once, nearest first: a set's order is no order.)
    if (AGREEMENT_NOUNS.contains(noun) || AGREEMENT_PART_NOUNS.contains(noun)) {
      antecedent = antecedent.or(() -> EarlierEvents.madeUnderOtherName(index, earlier, m, AGREEMENT_NOUNS, REPEATED_NOUN_REACH));
    }
    // "called the sale illegal" after "Niger said it had sold uranium to Rosatom": the noun names
    // the earlier act of its own kind in other words.
    // "condemned the attack" after "JNIM killed 11 traders … Traore promised to hunt down the
    // killers": an act done, before one only promised or planned (which comes last, below).
    Set<String> codes = nounCodes.apply(noun);
    // "the remarks" are the last words of another side, whatever kind of words they were: an
    // appeal ("urged Dhaka to hold an inclusive vote") as well as a statement.
    if (antecedent.isEmpty() && statementNouns.contains(noun)) {
      antecedent = EarlierEvents.latestStatement(earlier, m);
    }
    if (antecedent.isEmpty() && !codes.isEmpty()) {
      antecedent = EarlierEvents.latestOfCodes(earlier, m, codes, REPEATED_NOUN_REACH, true);
    }
    // "a video showing him beating a Kenyan waiter … condemned the assault": a noun of violence
    // names the latest violence of any kind ("assault" alone is an armed one, 190; the beating
    // was 182), before any other deed done to the judge's side.
    if (antecedent.isEmpty() && !codes.isEmpty() && codes.stream().allMatch(CameoCodebook::isAttack)) {
      antecedent = EarlierEvents.latestOf(earlier, m, CameoCodebook::isAttack, REPEATED_NOUN_REACH, true);
    }
    if (antecedent.isEmpty() && proposalNouns.contains(noun)) {
      antecedent = EarlierEvents.proposalTo(earlier, m).map(proposal -> proposal.source().actor());
    }
    // "called the incursion a violation": to a judge, any event noun is a deed to be judged.
    boolean judging = JUDGING_ROOTS.contains(m.type().rootCode());
    if (antecedent.isEmpty() && (conductNouns.contains(noun) || (judging && isEventNoun.test(noun)))) {
      // The doer of a deed done to this side, before any words aimed at it ("called the closure
      // a provocation" after "Lithuania shut the crossings … and accused Minsk"); else, when a
      // third side judges it ("the EU condemned the decision"), the last deed of another side.
      // Words said to another side are still whoever said them: "China's embassy criticised the
      // deal … Manele rejected the criticism".
      // Criticism aimed at no one named ("China's foreign ministry said defence ties should not
      // harm third parties and warned against stirring up trouble … Vietnam rejected the
      // criticism") is still words: what a rejection answers is the last said by another side,
      // before any deed.
      antecedent = WORDED_CONDUCT.contains(noun)
          ? EarlierEvents.saidToSourceSide(earlier, m).or(() -> EarlierEvents.latestDisapproval(earlier, m))
              .or(() -> m.type().rootCode().equals(REJECTION) ? EarlierEvents.latestStatement(earlier, m) : Optional.empty())
          // ("China welcomed the decision" after Saint Lucia switched recognition to it, though
          // Taiwan has since accused Beijing: recognition granted is a decision too.)
          : EarlierEvents.actOnSourceSide(earlier, m, EarlierEvents.DEED_ROOTS)
              .or(() -> DECIDED_NOUNS.contains(noun) ? EarlierEvents.actOnSourceSide(earlier, m, EarlierEvents.DIPLOMATIC_DEEDS) : Optional.empty())
              .or(() -> EarlierEvents.actOnSourceSide(earlier, m, Set.of()))
              .or(() -> judging ? EarlierEvents.actOnSourcesCountry(earlier, m) : Optional.empty());
      if (antecedent.isEmpty() && judging) {
        List<CodedMention> deeds = withoutActsHeldBack(index, earlier);
        if (DECISION_NOUNS.contains(noun)) {
          // "Fiji ended its police cooperation with China and ordered six Chinese officers to
          // leave … Rabuka said the officers had taken part in raids … Wong welcomed the decision":
          // a decision is a state's or its government's, not the raids its police took part in.
          List<CodedMention> decided = deeds.stream().filter(d -> Sides.stateOrItsGovernment(d.source().actor())).toList();
          deeds = decided.isEmpty() ? deeds : decided;
        }
        if (conductNouns.contains(noun)) {
          // "Argentina opened its embassy in Jerusalem at a ceremony attended by Israel's prime
          // minister … condemned the move": a deed told in a participle describing a noun is
          // background to the act that noun belongs to.
          // So is one told in a relative clause: "the enclave where the secret police tortured
          // opponents in the 1970s". Not a participle describing what a verb takes ("signed a
          // decree expropriating 117 hectares"), which tells what the act did.
          List<CodedMention> foreground = deeds.stream().filter(d -> index.parents(d.trigger()).stream().noneMatch(p -> p.relation().equals("acl:relcl")
              || (p.relation().equals("acl") && index.head(p.governor()).filter(h -> h.relation().equals("obj")).isEmpty()))).toList();
          deeds = foreground.isEmpty() ? deeds : foreground;
        }
        antecedent = EarlierEvents.latestDeed(deeds, m, conductNouns.contains(noun));
        // "The European Commission granted Prosek protection, rejecting Italy's objection …
        // Croatia welcomed the ruling": a decision or ruling may be a rejection, which is no deed;
        // a state's ("India turned down the request") is its government's.
        if (antecedent.isEmpty() && DECIDED_NOUNS.contains(noun)) {
          antecedent = EarlierEvents.latestRejectionOfSomeone(earlier, m)
              .map(decider -> decider.kind() == ActorKind.STATE && decider.sector().isEmpty() ? governmentOfCountry(decider).orElse(decider) : decider);
        }
        // "welcomed the move" four sentences on: a word for conduct of no kind of its own stands
        // for the story's main act ("welcomed the agreement" names a kind, which the lead may not be).
        if (antecedent.isEmpty() && conductNouns.contains(noun)) {
          antecedent = EarlierEvents.leadDeed(deeds, m);
        }
        // "Italy summoned France's ambassador after French police were filmed leaving migrants on
        // Italian soil. The foreign ministry called the incident unacceptable": a deed no event
        // holds is the doing of the side the judge is already at odds with over it.
        if (antecedent.isEmpty() && conductNouns.contains(noun) && index.children(m.trigger(), OBJECT_RELATIONS).stream()
            .noneMatch(o -> !index.children(o, Set.of("nmod:poss")).isEmpty())) {
          antecedent = EarlierEvents.lastAtOddsWith(earlier, m);
        }
      }
    }
    if (antecedent.isPresent() && judging && conductNouns.contains(noun) && namedInThePlural(index, m, noun)) {
      antecedent = Optional.of(stateOfManyBranches(earlier, m, antecedent.get()));
    }
    if (antecedent.isEmpty() && judging) {
      antecedent = EarlierEvents.takenUpBefore(index, earlier, m, noun, EarlierEvents.REACH);
    }
    if (antecedent.isEmpty() && statementNouns.contains(noun)) {
      antecedent = EarlierEvents.latestStatement(earlier, m);
    }
    if (antecedent.isEmpty() && !codes.isEmpty()) {
      antecedent = EarlierEvents.latestOfCodes(earlier, m, codes, REPEATED_NOUN_REACH, false);
    }
    // "The UAE will resume issuing work visas to Pakistanis ... Emirati officials had halted the
    // visas in October": a thing no event names, which the same side dealt out to someone just
    // before, is that someone's.
    if (antecedent.isEmpty() && !isEventNoun.test(noun)) {
      antecedent = EarlierEvents.ownSideDealtTo(index, earlier, m, noun, EarlierEvents.REACH);
    }
    return antecedent;
  }

  /**
   * "Greece summoned Egypt's ambassador ... Athens demanded guarantees that the monks would keep
   * the use of its lands": a state's demand naming no one is made of the state it was last at
   * odds with.
   */
  private static Optional<Actor> demandOfTheSideAtOdds(DependencyIndex index, ArticleActors actors, List<CodedMention> told, CodedMention m) {
    // Only a state's own demand, told by its verb: not a crowd's ("blocked the road, demanding
    // that the first shipments go to transport firms"), nor one that names whom it asks
    // ("demanded that Islamabad hunt down those responsible"), nor a refusal to bow to one.
    boolean statesOwn = Sides.stateOrItsGovernment(m.source().actor()) && !m.negated() && !index.token(m.trigger()).tag().equals("VBG");
    boolean namesWhomItAsks = index.children(m.trigger(), Set.of("ccomp", "xcomp")).stream()
        .flatMap(clause -> index.children(clause, Set.of("nsubj", "nsubj:pass")).stream()).anyMatch(subject -> !actors.at(subject).isEmpty());
    // A state makes its demands of states: "condemned the attack and demanded that Islamabad
    // hunt down those responsible" asks nothing of the attackers.
    return m.type().rootCode().equals(DEMAND) && statesOwn && !namesWhomItAsks
        ? EarlierEvents.lastAtOddsWith(told, m).filter(Sides::stateOrItsGovernment) : Optional.empty();
  }

  /** What a refusal answers: appeals (02), offers and intents (03), demands (10). */
  private static final Set<String> ASKING_OR_OFFERING = Set.of("02", "03", "10");

  /**
   * "The US embassy in Kampala … announced 15 million dollars for Uganda's border police. Uganda's
   * state minister for foreign affairs said Kampala would refuse to take anyone with a criminal
   * record": a state's refusal naming no one answers the state that last asked, offered or
   * demanded something of it. Not one only reported ("said Croatia was ignoring the ruling"), nor
   * one of a thing someone's own words name ("rejected Nepal's claim").
   */
  private static Optional<Actor> refusalOfTheLastToAskIt(DependencyIndex index, List<CodedMention> told, CodedMention m) {
    boolean statesOwn = Sides.stateOrItsGovernment(m.source().actor()) && !m.negated() && m.modality() != dev.annals.model.Modality.REPORTED;
    boolean ownedThing = index.children(m.trigger(), OBJECT_RELATIONS).stream().anyMatch(o -> !index.children(o, Set.of("nmod:poss")).isEmpty());
    return m.type().rootCode().equals(REJECTION) && statesOwn && !ownedThing
        ? EarlierEvents.actOnSourceSide(told, m, ASKING_OR_OFFERING).filter(Sides::stateOrItsGovernment) : Optional.empty();
  }

  /** Words for what a state decided: "welcomed the decision". */
  private static final Set<String> DECISION_NOUNS = Set.of("decision");
  /** Words for what a body decided, a state or not: "welcomed the ruling". */
  private static final Set<String> DECIDED_NOUNS = Set.of("decision", "ruling");

  /** How a measure's owner hangs on it: "American sanctions", "a US embargo", "Washington's embargo". */
  private static final Set<String> MEASURE_OWNER_RELATIONS = Set.of("amod", "compound", "nmod:poss");

  /**
   * "blaming its own mismanagement on American sanctions … called for the embargo to be lifted":
   * the side whose measure the story named last, in this sentence or the ones before, by an
   * adjective or possessor ("American sanctions", "Washington's embargo"), other than the asker.
   */
  private Optional<Actor> ownerOfMeasureNamedBefore(DependencyIndex index, ArticleActors actors, CodedMention m) {
    int first = index.text().sentences().get(Math.max(0, m.sentence() - REPEATED_NOUN_REACH)).firstToken();
    for (int t = m.trigger() - 1; t >= first; t--) {
      if (!SanctionsKeptInPlace.MEASURES.contains(index.lemma(t).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (Dependency d : index.children(t)) {
        if (!MEASURE_OWNER_RELATIONS.contains(d.relation())) {
          continue;
        }
        Optional<Actor> owner = actors.at(d.dependent()).stream().map(ActorMention::actor).findFirst()
            .or(() -> modifierActor.apply(index.token(d.dependent()), actors.when())).filter(a -> Sides.different(a, m.source().actor()));
        if (owner.isPresent()) {
          return owner;
        }
      }
    }
    return Optional.empty();
  }

  /** Appeals and demands to ease sanctions, administrative or economic. */
  private static final Set<String> EASING_ASKED = Set.of("0251", "0254", "1051", "1054");

  /** Appeals and demands. */
  static final Set<String> ASKING_ROOTS = Set.of("02", "10");
  /** How many sentences back "the detained men" may point to their detention. */
  private static final int HELD_REACH = 10;

  /** "called on the government to free the detained protesters": the act asked for frees people held. */
  private static boolean asksToFreeTheHeld(DependencyIndex index, int trigger) {
    return index.children(trigger, Set.of("xcomp")).stream().filter(act -> FREEING.contains(index.lemma(act)))
        .flatMap(act -> index.children(act, Set.of("obj")).stream())
        .anyMatch(people -> index.token(people).tag().startsWith("NNS") && describedAsHeld(index, people));
  }

  /** Whether a modifier of the noun tells that its people are held: "the detained protesters", "citizens arrested in Kampala". */
  private static boolean describedAsHeld(DependencyIndex index, int people) {
    return index.children(people, Set.of("amod", "acl")).stream()
        .anyMatch(d -> STATE_HELD.contains(index.lemma(d)) || STATE_HELD.contains(index.token(d).text().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Verbs of setting people free. */
  private static final Set<String> FREEING = Set.of("free", "release");

  /** Whether what is asked is for people held: "access to the detained Russians", "visits to the jailed activists". */
  private static boolean asksForTheHeld(DependencyIndex index, int trigger) {
    for (int asked : index.children(trigger, OBJECT_RELATIONS)) {
      List<Integer> named = new ArrayList<>();
      for (int people : index.children(asked, Set.of("nmod:to", "nmod:for", "nmod:of", "nmod:with"))) {
        named.add(people);
        // "access to six of its citizens arrested in Kampala": a number of them is them.
        if (index.token(people).tag().equals("CD")) {
          named.addAll(index.children(people, Set.of("nmod:of")));
        }
      }
      for (int people : named) {
        if (describedAsHeld(index, people) && (index.token(people).tag().equals("NNS") || index.token(people).tag().equals("NNPS"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs of taking a case before a body: "take the dispute to the WTO", "refer the matter to the ICJ". */
  private static final Set<String> BRINGING_BEFORE = Set.of("take", "bring", "refer");

  /** Where a case is taken: "to" on the verb, or on what it takes ("take the dispute to Mercosur's court", as the parser may hang it). */
  private static List<Integer> bodiesBroughtTo(DependencyIndex index, int verb) {
    List<Integer> bodies = new ArrayList<>(index.children(verb, Set.of("obl:to")));
    index.children(verb, Set.of("obj")).forEach(taken -> bodies.addAll(index.children(taken, Set.of("nmod:to"))));
    return bodies;
  }

  /** A complaint or lawsuit taken to a court or body of no country, named after "to". */
  private static boolean broughtBeforeABody(DependencyIndex index, CodedMention m) {
    return EarlierEvents.CASE_CODES.contains(m.type().code()) && BRINGING_BEFORE.contains(index.lemma(m.trigger()))
        && m.target().filter(t -> t.actor().country().isEmpty()).isPresent()
        && bodiesBroughtTo(index, m.trigger()).stream().anyMatch(to -> m.target().get().span().contains(index.token(to).span())
            // "take the dispute to Mercosur's court": the body named by the court's owner.
            || index.children(to, Set.of("nmod:poss")).stream().anyMatch(owner -> m.target().get().span().contains(index.token(owner).span())));
  }

  /**
   * "Mexico said Lima was violating the convention and that it would take the case to the
   * International Court of Justice": the other side that a clause reported by the same verb of
   * saying tells of, as its subject.
   */
  private static Optional<Actor> accusedInTheSameReport(DependencyIndex index, ArticleActors actors, CodedMention m) {
    return index.parents(m.trigger()).stream().filter(d -> d.relation().equals("ccomp") && d.governor() >= 0)
        .flatMap(d -> index.children(d.governor(), Set.of("ccomp")).stream()).filter(clause -> clause != m.trigger())
        .flatMap(clause -> index.children(clause, Set.of("nsubj")).stream()).flatMap(subject -> actors.at(subject).stream())
        .map(ActorMention::actor).filter(a -> a.country().isPresent() && Sides.different(a, m.source().actor())).findFirst();
  }

  /** The root of material cooperation that buying is coded in. */
  private static final String MATERIAL_COOPERATION = "06";

  /**
   * "Turkey delivered two more Bayraktar TB2 drones ... to the Maldives ... the Maldives would buy
   * a third drone next year": goods bought from no one named are bought from the side that just
   * gave or sold the same goods to the buyer.
   */
  private static Optional<Actor> supplierOfWhatIsBought(DependencyIndex index, List<CodedMention> earlier, CodedMention m) {
    if (!m.type().rootCode().equals(MATERIAL_COOPERATION) || !dev.annals.coding.cameo.BuyingVerbs.LEMMAS.contains(index.lemma(m.trigger()))) {
      return Optional.empty();
    }
    return index.children(m.trigger(), Set.of("obj")).stream()
        .map(goods -> EarlierEvents.gaveToSourceSide(index, earlier, m, index.lemma(goods), EarlierEvents.REACH)).flatMap(Optional::stream).findFirst();
  }

  /** Verbs of going to see people: "asked to see the three Brazilians". */
  private static final Set<String> SEEING = Set.of("see", "visit", "meet");

  /**
   * "Brazil's consulate had asked to see the three Brazilians", after they were arrested: asking
   * to see people another side holds.
   */
  private static boolean asksToSeeTheHeld(DependencyIndex index, ArticleActors actors, List<CodedMention> earlier, CodedMention m) {
    return index.children(m.trigger(), Set.of("xcomp")).stream().filter(x -> SEEING.contains(index.lemma(x)))
        .flatMap(x -> index.children(x, Set.of("obj")).stream()).flatMap(o -> actors.at(o).stream())
        .anyMatch(people -> EarlierEvents.heldBy(earlier, m, people.actor(), HELD_REACH).isPresent());
  }

  /**
   * "Italy's justice ministry formally requested his extradition", "would file an extradition
   * request next week": an extradition is asked of the state that holds the person, whoever it
   * is, however far back the arrest was told.
   */
  private static boolean asksForExtradition(DependencyIndex index, int trigger) {
    return index.children(trigger, OBJECT_RELATIONS).stream().anyMatch(o -> EXTRADITION_NOUNS.contains(index.lemma(o)))
        || (index.token(trigger).isNoun() && index.children(trigger, Set.of("compound", "nmod:for")).stream().anyMatch(o -> EXTRADITION_NOUNS.contains(index.lemma(o))));
  }

  private static final Set<String> EXTRADITION_NOUNS = Set.of("extradition", "handover", "hand-over", "surrender");

  /** Verbs of handing people over to another state. */
  private static final Set<String> HANDING_OVER_VERBS = Set.of("extradite", "surrender", "deport");

  /** The people the verb's complement would hand over: "refused to extradite [two activists]". */
  private static List<Integer> handedOver(DependencyIndex index, int trigger) {
    return index.children(trigger, Set.of("xcomp")).stream().filter(c -> HANDING_OVER_VERBS.contains(index.lemma(c).toLowerCase(java.util.Locale.ROOT)))
        .flatMap(c -> index.children(c, Set.of("obj")).stream()).toList();
  }

  /** The state in which the people whose handover the verb's object names are wanted ("wanted in Turkey"). */
  private Optional<Actor> seekingState(DependencyIndex index, ArticleActors actors, int trigger) {
    List<Integer> sought = new ArrayList<>();
    for (int handover : index.children(trigger, OBJECT_RELATIONS)) {
      // (The parser may hang "wanted" on the handover itself.)
      sought.add(handover);
      sought.addAll(index.children(handover, Set.of("nmod:of")));
    }
    return seekingStateOf(index, actors, sought);
  }

  /** The state in which the people are wanted: "two activists wanted by Turkey", "wanted in Turkey". */
  private Optional<Actor> seekingStateOf(DependencyIndex index, ArticleActors actors, List<Integer> sought) {
    for (int person : sought) {
      for (int participle : SoughtPeople.participlesOf(index, person)) {
        for (int place : index.children(participle, Set.of("obl:in", "obl:by", "obl:agent"))) {
          Optional<Actor> state = actors.at(place).stream().map(ActorMention::actor).filter(a -> a.country().isPresent()).findFirst();
          if (state.isPresent()) {
            return Optional.of(states.apply(state.get().country().get(), Optional.empty()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Words that tell that people are held by a state: "detained opposition figures", "their jailed leader". */
  private static final Set<String> STATE_HELD = Set.of("detain", "detained", "jail", "jailed", "imprison", "imprisoned", "arrest", "arrested", "incarcerate",
      "incarcerated", "prisoner", "detainee", "inmate");

  /**
   * "Demanded the release of detained opposition figures", with no arrest told: people jailed or
   * detained are held by the state of their country, so the release is asked of its government
   * (of no country yet when theirs is not told; the article's country places it later).
   */
  private Optional<Actor> stateHolding(DependencyIndex index, ArticleActors actors, int release) {
    for (int freed : index.children(release, Set.of("nmod:of", "nmod:poss"))) {
      boolean held = STATE_HELD.contains(index.lemma(freed))
          || index.children(freed, Set.of("amod", "acl", "compound")).stream().anyMatch(d -> STATE_HELD.contains(index.lemma(d)));
      if (!held) {
        continue;
      }
      for (ActorMention who : actors.at(freed)) {
        Optional<Actor> holder = governmentOfCountry(who.actor());
        if (holder.isPresent()) {
          return holder;
        }
      }
      return Optional.of(dev.annals.coding.actors.ActorDictionary.unplacedGroup("GOV"));
    }
    return Optional.empty();
  }

  /**
   * "The government hailed it as a heavy blow", after "a US drone strike killed a commander": a
   * judgment of "it" judges the last deed told. "Al-Shabaab vowed to avenge him": a threat that
   * names no one is aimed at whoever last did something to the threatener's side.
   */
  private Optional<Actor> byWhatWasDone(DependencyIndex index, ArticleActors actors, List<CodedMention> earlier, CodedMention m) {
    boolean judgesIt = JUDGING_ROOTS.contains(m.type().rootCode()) && index.children(m.trigger(), OBJECT_RELATIONS).stream()
        .anyMatch(o -> IT.contains(index.lemma(o)) && actors.at(o).isEmpty());
    if (judgesIt) {
      return EarlierEvents.actOnSourceSide(earlier, m, EarlierEvents.DEED_ROOTS).or(() -> EarlierEvents.latestDeed(earlier, m));
    }
    boolean toCome = m.modality() == dev.annals.model.Modality.INTENDED || m.modality() == dev.annals.model.Modality.HYPOTHETICAL;
    // "said it was ready to discuss easing repayments if Male asked": what is offered or
    // threatened on a condition concerns whoever the condition asks something of.
    if (m.type().rootCode().equals(THREAT) || toCome) {
      Optional<Actor> conditionSubject = conditionSubject(index, actors, m);
      if (conditionSubject.isPresent()) {
        return conditionSubject;
      }
      // "warned that Chad would pull its troops out unless its partners sent more aircraft": a
      // threat whose condition asks something of someone the story does not name is aimed at
      // them, not at the last foe.
      if (m.type().rootCode().equals(THREAT) && conditionsOfWarning(index, m).stream()
          .anyMatch(c -> index.children(c, Set.of("nsubj")).stream().anyMatch(subject -> actors.at(subject).isEmpty() && index.token(subject).isNoun()))) {
        return Optional.empty();
      }
    }
    if (m.type().rootCode().equals(THREAT)) {
      Optional<Actor> bearer = bearerOfConsequences(index, actors, m);
      if (bearer.isPresent()) {
        return bearer;
      }
    }
    // "warned that Chad would respond to any new violation": force still to come, as a threat.
    boolean forceToCome = CameoCodebook.isAttack(m.type().code()) && toCome;
    if (m.type().rootCode().equals(THREAT) || forceToCome) {
      // A state that threatens over what was done to its nationals threatens the doer's state.
      // A warning that names no one is aimed at the side the threatener was last at odds with:
      // "Pakistan summoned India's charge d'affaires ... its army chief warned that any attempt to
      // stop Pakistan's water would be met with force".
      // With no side it is at odds with, a state's warning whose clause names no one but its own
      // side is aimed at the state whose deed was told last: "Greece's prime minister visited
      // Nicosia, and the two governments agreed to resume seabed surveys … Turkey's defence
      // ministry warned that no work could take place on Turkey's continental shelf without
      // Ankara's permission".
      boolean statesWarning = m.type().rootCode().equals(THREAT) && !m.negated() && Sides.ofState(m.source().actor());
      return EarlierEvents.actOnSourceSide(earlier, m, EarlierEvents.DEED_ROOTS)
          .or(() -> EarlierEvents.actOnSourceNationals(earlier, m, EarlierEvents.DEED_ROOTS).map(doer -> EarlierEvents.governmentFor(doer, states)))
          .or(() -> m.type().rootCode().equals(THREAT) && !m.negated() ? EarlierEvents.lastAtOddsWith(earlier, m) : Optional.empty())
          .or(() -> statesWarning && namesOnlyItsOwnSide(index, actors, m) ? EarlierEvents.latestDeed(earlier, m).filter(Sides::ofState) : Optional.empty())
          .or(() -> m.type().rootCode().equals(THREAT) ? sideOfJoinedSaying(index, actors, m) : Optional.empty());
    }
    // "Sikorski accused Moscow of sabotage … The Russian embassy denied any involvement": a
    // denial answers its accuser; a defence or a reply answers a formal protest ("Botswana
    // summoned Britain's high commissioner … Britain defended the ban"), not every critic of a
    // measure ("Lammy called the veto a disgrace … Nebenzia defended the veto" is said to all).
    // "South Korean prosecutors charged two Indonesian engineers … Jakarta denied any attempt to
    // steal technology": a state's denial with no accuser of its own answers whoever last charged
    // or accused its nationals; with neither, a government's denial answers whoever last spoke or
    // appealed to its side ("Vietnam ... asked Kuala Lumpur to treat the crew humanely. Malaysia's
    // home minister denied that anyone had been hurt"), not a lawyer's or a court's.
    if (answersCritics(index, actors, m)) {
      return m.type().code().equals(DENIAL)
          ? EarlierEvents.accuserOf(earlier, m).or(() -> EarlierEvents.actOnSourceNationals(earlier, m, CHARGING_ROOTS))
              .or(() -> Sides.stateOrItsGovernment(m.source().actor()) ? EarlierEvents.saidToSourceSide(earlier, m) : Optional.empty())
          : EarlierEvents.complainantOf(earlier, m);
    }
    // "Japan lodged a protest through diplomatic channels", after Russian border guards seized a
    // Japanese boat: an official complaint goes to the government of whoever did the deed.
    // "Mali and Guinea, whose citizens were also expelled, demanded an explanation": a state's
    // demand that names no one is made of the government of whoever did the deed, as a complaint is.
    // (Made, not refused or planned: "would not bow to pressure" is no demand.)
    boolean stateDemand = m.type().rootCode().equals(DEMAND) && Sides.ofState(m.source().actor()) && !m.negated()
        && m.modality() == dev.annals.model.Modality.ASSERTED && !ordersItsOwn(index, actors, m);
    if (m.type().code().startsWith(EarlierEvents.OFFICIAL_COMPLAINT) || stateDemand) {
      Optional<Actor> doer = EarlierEvents.actOnSourceSide(earlier, m, EarlierEvents.DEED_ROOTS)
          .or(() -> EarlierEvents.actOnSourceNationals(earlier, m, EarlierEvents.DEED_ROOTS)).map(d -> EarlierEvents.governmentFor(d, states));
      // "Bosnia accused Croatia of breaking international law … said Sarajevo would file a
      // complaint": a complaint made, or to be made, goes to the side the complainant was last at
      // odds with, when no deed to its side is told.
      boolean complaint = m.type().code().startsWith(EarlierEvents.OFFICIAL_COMPLAINT) && !m.negated();
      return doer.or(() -> complaint ? EarlierEvents.lastAtOddsWith(earlier, m).map(d -> EarlierEvents.governmentFor(d, states)) : Optional.empty());
    }
    return Optional.empty();
  }

  /**
   * "Kazakhstan's president … ordered a government commission to examine pay practices": an order
   * given to someone told to act, who is no other side (a body of one's own, or one that names no
   * country), is one's own business, no demand made of whoever did the deed.
   */
  private static boolean ordersItsOwn(DependencyIndex index, ArticleActors actors, CodedMention m) {
    if (index.children(m.trigger(), Set.of("xcomp")).isEmpty()) {
      return false;
    }
    List<Integer> addressees = index.children(m.trigger(), Set.of("obj"));
    return !addressees.isEmpty() && addressees.stream().flatMap(o -> actors.at(o).stream())
        .allMatch(a -> a.actor().country().isEmpty() || a.actor().country().equals(m.source().actor().country()));
  }

  /** Whether the warning has a clause of what it warns of, every actor of which is of the warner's country. */
  private static boolean namesOnlyItsOwnSide(DependencyIndex index, ArticleActors actors, CodedMention m) {
    List<Integer> clauses = index.children(m.trigger(), Set.of("ccomp"));
    return !clauses.isEmpty() && clauses.stream().flatMap(c -> index.subtree(c, Set.of()).stream()).flatMap(t -> actors.at(t).stream())
        .allMatch(a -> a.actor().country().isPresent() && a.actor().country().equals(m.source().actor().country()));
  }

  /** Verbs of bearing what one brought on oneself: "would pay a heavy price", "would face consequences", "would regret it". */
  private static final Set<String> CONSEQUENCE_VERBS = Set.of("pay", "face", "regret", "suffer", "bear");

  /**
   * "warned that Prague would pay a heavy price if it let Taiwan open an office": a warning is
   * aimed at whoever it says will bear the consequences, when that is another side.
   */
  private static Optional<Actor> bearerOfConsequences(DependencyIndex index, ArticleActors actors, CodedMention m) {
    for (int clause : index.children(m.trigger(), Set.of("ccomp"))) {
      if (!CONSEQUENCE_VERBS.contains(index.lemma(clause))) {
        continue;
      }
      for (int subject : index.children(clause, Set.of("nsubj"))) {
        for (ActorMention who : actors.at(subject)) {
          if (Sides.different(who.actor(), m.source().actor())) {
            return Optional.of(who.actor());
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Russia's embassy in Riga said that the factory would make Latvia a party to the war and warned
   * of 'consequences'": a warning that names no one, joined to a saying whose clause names one other
   * side (a state's or an organisation; "a party to the war" is none), is aimed at that side, when
   * the side it was last at odds with does not answer.
   */
  private static Optional<Actor> sideOfJoinedSaying(DependencyIndex index, ArticleActors actors, CodedMention m) {
    // (Not a warning with words of its own: "warned that Chad would strike them", "warned against
    // outside interference".)
    if (!index.children(m.trigger(), Set.of("ccomp", "obl:against")).isEmpty()) {
      return Optional.empty();
    }
    List<Integer> sayings = index.parents(m.trigger()).stream().filter(d -> d.relation().startsWith("conj") && d.governor() >= 0 && d.governor() < m.trigger())
        .map(Dependency::governor).toList();
    List<Actor> others = sayings.stream().flatMap(v -> index.children(v, Set.of("ccomp")).stream())
        .flatMap(clause -> index.subtree(clause, Set.of()).stream()).flatMap(t -> actors.at(t).stream()).map(ActorMention::actor)
        .filter(a -> Sides.different(a, m.source().actor()) && (a.country().isPresent() || a.kind() == ActorKind.ORGANISATION)).distinct().toList();
    return others.size() == 1 ? Optional.of(others.get(0)) : Optional.empty();
  }

  /** Clauses that set a condition: "if Mexico City did not accept help", "unless Kyiv withdraws". */
  private static final Set<String> CONDITION_CLAUSES = Set.of("advcl:if", "advcl:unless");

  /**
   * "U.S. forces could act alone if Mexico City did not accept help", "ready to fund irrigation if
   * the Taliban shared data": an act on a condition is aimed at whoever the condition asks
   * something of, when that is another side.
   */
  private static Optional<Actor> conditionSubject(DependencyIndex index, ArticleActors actors, CodedMention m) {
    for (int condition : conditionsOfWarning(index, m)) {
      for (int subject : index.children(condition, Set.of("nsubj"))) {
        for (ActorMention who : actors.at(subject)) {
          if (Sides.different(who.actor(), m.source().actor())) {
            return Optional.of(who.actor());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The condition clauses of the act, or of what its verb of warning says: "warned that Chad would pull out unless ...". */
  private static List<Integer> conditionsOfWarning(DependencyIndex index, CodedMention m) {
    List<Integer> conditions = new ArrayList<>(index.children(m.trigger(), CONDITION_CLAUSES));
    if (m.speech()) {
      index.children(m.trigger(), Set.of("ccomp")).forEach(said -> conditions.addAll(index.children(said, CONDITION_CLAUSES)));
    }
    return conditions;
  }

  /** Pronouns that stand for a thing done. */
  private static final Set<String> IT = Set.of("it", "this", "that");
  /** The root of demands. */
  private static final String DEMAND = "10";
  /** Deny responsibility. */
  private static final String DENIAL = "016";
  /** Make a statement, not specified below. */
  private static final String PLAIN_STATEMENT = "010";
  /**
   * Statements that answer someone: "defended the ban", "replied that it was an international
   * strait". (Not "respond": "would respond firmly" is a threat, "responded in self-defence" force.)
   */
  private static final Set<String> ANSWERING = Set.of("defend", "justify", "reply", "retort");

  /** Defend verbally. */
  private static final String VERBAL_DEFENCE = "052";

  /**
   * Whether the mention is a denial, or a statement or defence made in answer: "denied any role",
   * "defended the operation", "replied that …", "defended the rangers" (one's own people, no
   * target of their own defence).
   */
  private static boolean answersCritics(DependencyIndex index, ArticleActors actors, CodedMention m) {
    boolean ownPeopleDefended = m.type().code().equals(VERBAL_DEFENCE) && index.children(m.trigger(), Set.of("obj")).stream()
        .anyMatch(o -> actors.at(o).stream().anyMatch(a -> Sides.same(a.actor(), m.source().actor())));
    return m.type().code().equals(DENIAL) || (m.type().code().equals(PLAIN_STATEMENT) || ownPeopleDefended) && ANSWERING.contains(index.lemma(m.trigger()));
  }
  /** Roots of charging someone: accusing (11), arresting or charging before a court (17). */
  private static final Set<String> CHARGING_ROOTS = Set.of("11", "17");
  /** The root of threats. */
  private static final String THREAT = "13";
  /** Disapprove: criticise, condemn, accuse (11). */
  private static final String DISAPPROVAL = "11";


  /** Whether the actor is a country's own people of a sector that is not its state's: a group, a party, business, unions. */
  /** Those of a state who hold its government to account: its legislature, opposition and parties. */
  private static final Set<String> HOLDING_TO_ACCOUNT = Set.of("LEG", "OPP", "PTY");

  private static boolean ofItsPeople(Actor actor) {
    return actor.country().isPresent() && !Sides.ofState(actor);
  }

  /** A year written on the noun: "the 2016 coup attempt", "the coup attempt of 2016". */
  private static boolean namesItsOwnYear(DependencyIndex index, int noun) {
    return index.children(noun).stream().anyMatch(d -> (d.relation().equals("nummod") || d.relation().equals("compound") || d.relation().equals("nmod:of")
        || d.relation().equals("nmod:in")) && YEAR.matcher(index.token(d.dependent()).text()).matches());
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

  /**
   * Objects of the trigger, or of a verb it controls ("threatened to veto the package"), that are
   * definite, owned by no one and name no actor.
   */
  private static List<Integer> definiteObjects(DependencyIndex index, ArticleActors actors, int trigger) {
    List<Integer> verbs = new ArrayList<>(List.of(trigger));
    verbs.addAll(index.children(trigger, Set.of("xcomp")));
    List<Integer> found = new ArrayList<>();
    for (int verb : verbs) {
      List<Integer> objects = new ArrayList<>();
      List<Integer> direct = new ArrayList<>(index.children(verb, OBJECT_RELATIONS));
      if (direct.isEmpty()) {
        // "a charge the State Department rejected": a relative clause with no object and no
        // pronoun has the noun it describes for its object.
        index.parents(verb).stream().filter(d -> d.relation().equals("acl:relcl") && d.governor() >= 0 && d.governor() < verb && index.token(d.governor()).isNoun()
            && index.children(verb, Set.of("nsubj")).stream().noneMatch(subject -> index.token(subject).tag().startsWith("W"))).map(Dependency::governor).forEach(direct::add);
      }
      // "said the incursion was a breach of its sovereignty": what a judging predicate is said of.
      // "told him the remarks amounted to interference": so is what a verb of amounting is said of.
      // "said the ban broke the trade protocol": what is said to break a rule is judged, not the
      // rule (not when a side breaks it: "Libya violated the embargo").
      if (JudgedDeeds.BREAKING_VERBS.contains(index.lemma(verb).toLowerCase(java.util.Locale.ROOT))
          && index.children(verb, Set.of("nsubj")).stream().allMatch(subject -> actors.at(subject).isEmpty())) {
        direct.clear();
        direct.addAll(index.children(verb, Set.of("nsubj")));
      } else if (!index.children(verb, Set.of("cop")).isEmpty() || JudgedDeeds.AMOUNTING_VERBS.contains(index.lemma(verb).toLowerCase(java.util.Locale.ROOT))) {
        direct.addAll(index.children(verb, Set.of("nsubj")));
      }
      // "called the closure a provocation", "called the move regrettable": the subject of a
      // small clause is what is called so.
      for (int small : index.children(verb, Set.of("xcomp"))) {
        if (index.token(small).isNoun() || index.token(small).tag().startsWith("JJ")) {
          direct.addAll(index.children(small, Set.of("nsubj")));
          // 'called the ban "unnecessary"': a quote mark may leave the thing hung loose on it.
          index.children(small, Set.of("dep")).stream().filter(d -> d < small && index.token(d).isNoun()).forEach(direct::add);
        }
      }
      // "called the decision 'blackmail'", parsed with the name as the object and what it names
      // hung on it: the thing called so.
      for (int object : List.copyOf(direct)) {
        index.children(object, Set.of("dep")).stream().filter(d -> d < object && index.token(d).isNoun()).forEach(direct::add);
      }
      // "criticised what it called unilateral sanctions": the thing a free relative names is
      // meant as definitely as "the sanctions".
      List<Integer> named = namedByFreeRelative(index, verb);
      direct.addAll(named);
      for (int object : direct) {
        List<Integer> whole = PARTITIVE_NOUNS.contains(index.lemma(object)) ? index.children(object, Set.of("nmod:of")) : List.of();
        objects.addAll(whole.isEmpty() ? List.of(object) : whole);
      }
      for (int object : objects) {
        Token token = index.token(object);
        // "an offer Dili accepted": a noun that a relative clause of this verb describes is as
        // definite as "the offer". So is an object standing before its verb, which only a
        // relative clause puts there, however the parser hung the clause ("banned its citizens
        // from travelling to three provinces, a step Cambodia's government called unnecessary").
        boolean definite = index.isDefinite(object) || index.children(object, Set.of("acl:relcl")).contains(verb) || named.contains(object) || object < verb;
        boolean owned = index.children(object).stream().anyMatch(d -> d.relation().equals("nmod:poss"));
        // (Not in what it is called: 'called the sanctions a "provocation" by a "puppet"
        // government', the name hung loose on the thing, says nothing of whose the sanctions are.)
        boolean namesActor = index.subtree(object, Set.of("acl", "acl:relcl", "dep")).stream().anyMatch(t -> !actors.at(t).isEmpty());
        // "demanded their release", "the release of the journalist": who is to be freed is told,
        // whom it is asked of is not.
        boolean freedom = dev.annals.coding.cameo.ReleaseNouns.contains(index.lemma(object));
        // ("called the advisory exaggerated", "advisory" tagged an adjective: one with its article is a noun.)
        boolean nominal = token.isNoun() || (token.tag().startsWith("JJ") && !index.children(object, Set.of("det")).isEmpty());
        if (nominal && !token.isProperNoun() && (definite || owned) && (freedom || (!owned && !namesActor))) {
          found.add(object);
        }
      }
    }
    return found;
  }

  /** How an act another event holds back hangs on it: "banned its citizens from travelling". */
  private static final String HELD_BACK = "advcl:from";

  /**
   * The earlier events less the acts another of them holds back, which no one did: the travelling
   * in "banned its citizens from travelling to three provinces" is the ban's matter, not a deed
   * of the citizens. Such an act has no target of its own and hangs by "from" on the trigger of
   * another event ("banned from", "barred from", "stopped from"); one hung by "after" or "when" is
   * a deed all the same.
   */
  private static List<CodedMention> withoutActsHeldBack(DependencyIndex index, List<CodedMention> earlier) {
    return earlier.stream().filter(e -> e.target().isPresent() || index.parents(e.trigger()).stream()
        .noneMatch(d -> d.relation().equals(HELD_BACK) && earlier.stream().anyMatch(o -> o != e && o.trigger() == d.governor()))).toList();
  }

  /** Roots of words against someone: disapproval, accusation, rejection. */
  private static final Set<String> DISAPPROVAL_ROOTS = Set.of("11", "12");
  /**
   * Words for terms one side sets another: "would free them only when the army withdrew, a demand
   * the defence minister rejected" is the ELN's, told by its statement, not the withdrawal.
   */
  private static final Set<String> TERMS_SET = Set.of("demand", "condition", "ultimatum");
  /** Statements, appeals, demands and threats: what sets terms. */
  private static final Set<String> TERMS_SETTING_ROOTS = Set.of("01", "02", "10", "13");

  /**
   * "Seoul banned its citizens from travelling to three provinces, a step Cambodia's government
   * called unnecessary", "accused Western governments of smearing its policies, a charge the State
   * Department rejected": a thing named in a relative clause after an act of its own sentence is
   * that act (a deed; words against someone, for a charge or a claim), by its doer when that is
   * another side.
   */
  private static Optional<Actor> actBeforeInSentence(DependencyIndex index, List<CodedMention> earlier, CodedMention m, int thing) {
    Set<String> roots = WORDED_CONDUCT.contains(index.lemma(thing)) ? DISAPPROVAL_ROOTS
        : TERMS_SET.contains(index.lemma(thing)) ? TERMS_SETTING_ROOTS : EarlierEvents.DEED_ROOTS;
    List<CodedMention> deeds = withoutActsHeldBack(index, earlier).stream()
        .filter(e -> e.sentence() == m.sentence() && e.trigger() < thing && roots.contains(e.type().rootCode())
            && Sides.different(e.source().actor(), m.source().actor()))
        .toList();
    return deeds.isEmpty() ? Optional.empty() : Optional.of(deeds.get(deeds.size() - 1).source().actor());
  }

  /**
   * "China's embassy rejected what it called Western talk of a 'debt trap'": a thing a free
   * relative names with its owner ("Western", "Washington's") is that owner's, not the last deed
   * told of its kind.
   */
  private Optional<ActorMention> ownerOfThingNamed(DependencyIndex index, ArticleActors actors, CodedMention m) {
    for (int thing : namedByFreeRelative(index, m.trigger())) {
      for (Dependency d : index.children(thing)) {
        if (!MEASURE_OWNER_RELATIONS.contains(d.relation())) {
          continue;
        }
        Optional<Actor> owner = actors.at(d.dependent()).stream().map(ActorMention::actor).findFirst()
            .or(() -> modifierActor.apply(index.token(d.dependent()), actors.when())).filter(a -> Sides.different(a, m.source().actor()));
        if (owner.isPresent()) {
          return Optional.of(ActorMention.at(index.token(d.dependent()), owner.get()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "rallied against a daily fee that Switzerland's Ticino canton plans to charge ... Tajani called
   * the fee 'discriminatory'": a thing, no act of its own, that the sentences just before named as
   * what a side does or has is that side's, when no event told it; so is what is seized ("halt the
   * sale of 83 pre-Columbian objects ... French police seized 12 of the objects").
   */
  private Optional<Actor> keeperNamedBefore(DependencyIndex index, ArticleActors actors, List<CodedMention> told, CodedMention m, int thing) {
    int first = index.text().sentences().get(Math.max(0, m.sentence() - EarlierEvents.REACH)).firstToken();
    for (int t = index.text().sentences().get(m.sentence()).firstToken() - 1; t >= first; t--) {
      if (!index.lemma(t).equals(index.lemma(thing))) {
        continue;
      }
      for (Dependency named : index.parents(t)) {
        // "halt the sale of 83 pre-Columbian objects": the thing of what a side does is that side's too.
        Optional<Dependency> d = named.relation().equals("nmod:of") && named.governor() >= 0 ? index.head(named.governor()) : Optional.of(named);
        if (d.isEmpty() || !d.get().relation().equals("obj") || d.get().governor() < 0 || !index.token(d.get().governor()).isVerb()) {
          continue;
        }
        // "Associations of victims welcomed the warrants … a lawyer called the warrants political
        // theatre": a side that judged the thing before does not keep it.
        int verb = d.get().governor();
        // (Nor one that only called it something: 'called the ruling "a shelter for corruption"'.)
        if (told.stream().anyMatch(e -> e.trigger() == verb && JUDGING_ROOTS.contains(e.type().rootCode())) || NAMING_VERBS.contains(index.lemma(verb).toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        // "China said it would take measures … The EU welcomed the measures": what a side only
        // says it would take is not yet its own to be judged.
        if (index.children(d.get().governor(), Set.of("aux")).stream().anyMatch(a -> PROMISING_MODALS.contains(index.lemma(a).toLowerCase(java.util.Locale.ROOT)))) {
          continue;
        }
        Optional<Actor> keeper = subjectsActors(index, actors, d.get().governor()).filter(a -> Sides.different(a, m.source().actor())).findFirst();
        if (keeper.isPresent()) {
          return keeper;
        }
      }
    }
    return Optional.empty();
  }

  /** Modals of what is only to come: "would take measures". */
  private static final Set<String> PROMISING_MODALS = Set.of("will", "would", "shall", "could", "might", "may");

  /** Verbs that name a thing in a free relative: "what it called", "what it described as". */
  static final Set<String> NAMING_VERBS = Set.of("call", "describe", "term", "dub", "label", "brand");

  /** "what it called unilateral sanctions": the nouns the naming verb of a free relative object gives. */
  private static List<Integer> namedByFreeRelative(DependencyIndex index, int verb) {
    List<Integer> named = new ArrayList<>();
    for (int naming : index.children(verb, Set.of("ccomp", "obj"))) {
      boolean freeRelative = NAMING_VERBS.contains(index.lemma(naming).toLowerCase(java.util.Locale.ROOT))
          && index.children(naming, Set.of("obj")).stream().anyMatch(w -> index.token(w).text().equalsIgnoreCase("what"));
      if (freeRelative) {
        index.children(naming, Set.of("obj", "xcomp", "obl:as")).stream()
            .filter(n -> index.token(n).isNoun() && !index.token(n).text().equalsIgnoreCase("what")).forEach(named::add);
      }
    }
    return named;
  }

  /**
   * What a court gives or holds: "hailed the judgment", "rejected the part of the ruling",
   * "rejected the proceedings" (a lemma the tagger may keep plural).
   */
  private static final Set<String> RULING_NOUNS = Set.of("judgment", "judgement", "ruling", "verdict", "proceeding", "proceedings", "warrant");
  /** Words for a share of a thing: "the part of the ruling" is the ruling's. */
  private static final Set<String> PARTITIVE_NOUNS = Set.of("part", "portion", "section", "half");

  private static dev.annals.model.Span phraseSpan(DependencyIndex index, int head) {
    List<Integer> words = index.subtree(head, Set.of("acl", "acl:relcl", "punct"));
    return index.spanOf(words.get(0), words.get(words.size() - 1));
  }

  private static String phraseText(DependencyIndex index, int head) {
    return phraseSpan(index, head).of(index.text().text());
  }

}
