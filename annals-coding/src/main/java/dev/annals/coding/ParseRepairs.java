package dev.annals.coding;

import dev.annals.coding.repair.ActiveVerbGivenPassiveSubject;
import dev.annals.coding.repair.ActiveVerbJoinedToPassiveSaidClause;
import dev.annals.coding.repair.AdjectiveReadAsRootBeforeJoinedModifier;
import dev.annals.coding.repair.AmountHungOnLaterVerb;
import dev.annals.coding.repair.AspectualGerundReadAsAdjective;
import dev.annals.coding.repair.AttributionHungOnRelativeClause;
import dev.annals.coding.repair.BarredGerundReadAsAdjective;
import dev.annals.coding.repair.ClosingAttributionReadAsRelativeClause;
import dev.annals.coding.repair.BetweenHungOnVerbOfOutbreak;
import dev.annals.coding.repair.CompassPointHungOnObject;
import dev.annals.coding.repair.JoinedNounsReadAsSubjectsOfParticiple;
import dev.annals.coding.repair.ObjectsRelativeHungOnVerbAfterItsTime;
import dev.annals.coding.repair.RelativeCopulaReadAsAuxiliary;
import dev.annals.coding.repair.SayingReadAsPunctuationInVerbSeries;
import dev.annals.coding.repair.PassiveAuxiliariesLeftOutOfJoinedVerb;
import dev.annals.coding.repair.ClosingSayingReadAsPassive;
import dev.annals.coding.repair.ClosingSpeakerReadAsApposition;
import dev.annals.coding.repair.AppositiveHungOnFirstConjunct;
import dev.annals.coding.repair.JointPortfolioReadAsJoinedNouns;
import dev.annals.coding.repair.ThingsRelativeHungOnPerson;
import dev.annals.coding.repair.ReportedClauseReadAsAdverbialOfClosingSaying;
import dev.annals.coding.repair.ReportedClauseReadAsRoot;
import dev.annals.coding.repair.RelativeVerbReadAsAdjectiveBeforeMainVerb;
import dev.annals.coding.repair.RelativeVerbReadAsAdjectiveOfObject;
import dev.annals.coding.repair.RelativeClauseReadAsComplementOfNoun;
import dev.annals.coding.repair.PlaceNameEndingInPossessive;
import dev.annals.coding.repair.PossessiveOfNameWithOf;
import dev.annals.coding.repair.SaidClauseReadAsObjectWithRelative;
import dev.annals.coding.repair.ClosingSpeakerReadAsAppositionOfLastNoun;
import dev.annals.coding.repair.ClosingSpeakerReadAsAppositionOfSubject;
import dev.annals.coding.repair.ClosingSpeakerReadAsAppositionOfObject;
import dev.annals.coding.repair.ObjectOfOrderReadAsPassiveSubject;
import dev.annals.coding.repair.ObliqueHungOnWhoseClause;
import dev.annals.coding.repair.PassiveVerbHungOnParticipleOfItsSubject;
import dev.annals.coding.repair.SubjectOfOrderedParticiple;
import dev.annals.coding.repair.BorderWithHungOnVerb;
import dev.annals.coding.repair.CallOnReadAsMarker;
import dev.annals.coding.repair.ClauseOfAnotherSubjectReadAsReported;
import dev.annals.coding.repair.ClauseJoinedToGerundOfReason;
import dev.annals.coding.repair.ClauseJoinedToObject;
import dev.annals.coding.repair.WithPhraseReadAsSubjectOfInfinitive;
import dev.annals.coding.repair.ClosingContactRelative;
import dev.annals.coding.repair.ContactRelativeClause;
import dev.annals.coding.repair.ContactRelativeSubjectReadAsApposition;
import dev.annals.coding.repair.ObjectReadAsTimeOfContactRelative;
import dev.annals.coding.repair.DayReadAsSubjectOfInfinitive;
import dev.annals.coding.repair.DayReadAsSubjectOfJoinedVerb;
import dev.annals.coding.repair.GerundBeforePossessorReadAsAdjective;
import dev.annals.coding.repair.NamedGroupsNounReadAsSubjectOfJoinedVerb;
import dev.annals.coding.repair.EmbassyPostHungOnVerb;
import dev.annals.coding.repair.ParticipleOfPeopleHungOnVerb;
import dev.annals.coding.repair.ObjectHungOnResultAdjective;
import dev.annals.coding.repair.ParticipleOfSayingReadAsAdjective;
import dev.annals.coding.repair.SayingReadAsAdjectiveOfReportedSubject;
import dev.annals.coding.repair.WantedManReadAsMainVerbsClause;
import dev.annals.coding.repair.MainVerbReadAsRelativeOfSubject;
import dev.annals.coding.repair.PersonsRelativeHungOnThing;
import dev.annals.coding.repair.RelativeOfPeopleHungOnPlace;
import dev.annals.coding.repair.MainVerbReadAsAdjective;
import dev.annals.coding.repair.MainVerbReadAsAdjectiveAfterParticiple;
import dev.annals.coding.repair.MainVerbReadAsParticipleAfterRelativeClause;
import dev.annals.coding.repair.MainVerbReadAsParticipleOfSubject;
import dev.annals.coding.repair.MainVerbReadAsRelativeClause;
import dev.annals.coding.repair.MeansGerundHungOnBy;
import dev.annals.coding.repair.MeansGerundReadAsAdjective;
import dev.annals.coding.repair.NameReadAsCompoundOfTime;
import dev.annals.coding.repair.NeighbouringReadAsVerb;
import dev.annals.coding.repair.NextVerbGivenTheObjectOfCalling;
import dev.annals.coding.repair.PastVerbJoinedToObjectNoun;
import dev.annals.coding.repair.ObjectAndDayReadAsSubjectOfJoinedVerb;
import dev.annals.coding.repair.NounModifierReadAsVerb;
import dev.annals.coding.repair.NounTakenForClosingSpeaker;
import dev.annals.coding.repair.InfinitiveHungOnSameDay;
import dev.annals.coding.repair.ObjectHungOnDayWord;
import dev.annals.coding.repair.OfPhraseHungOnDay;
import dev.annals.coding.repair.SubjectClosedByRelativeClauseBeforeJoinedSubject;
import dev.annals.coding.repair.AsPhraseHungOnObjectsParticiple;
import dev.annals.coding.repair.ObjectReadAsCompoundOfQuotedJudgment;
import dev.annals.coding.repair.OfPhraseOfJudgmentHungOnItsSubject;
import dev.annals.coding.repair.JoinedVerbAlsoReadAsParticiple;
import dev.annals.coding.repair.JoinedVerbAlsoReadAsAdverbialClause;
import dev.annals.coding.repair.SubjectOfJoinedClauseReadAsConjunct;
import dev.annals.coding.repair.JoinedVerbAlsoReadAsReported;
import dev.annals.coding.repair.ObjectWithReducedPassiveReadAsSmallClause;
import dev.annals.coding.repair.ParticipleLikeItsBaseReadAsSmallClause;
import dev.annals.coding.repair.PhraseAfterQuotationHungInside;
import dev.annals.coding.repair.PastVerbJoinedToSayingReadAsComplement;
import dev.annals.coding.repair.JoinedVerbReadAsAdjectiveBeforeNumber;
import dev.annals.coding.repair.MainVerbJoinedInsideSayingClause;
import dev.annals.coding.repair.MainVerbJoinedToReportedJudgment;
import dev.annals.coding.repair.PastVerbJoinedToModalClause;
import dev.annals.coding.repair.InfinitiveOfOfferHungOnVerb;
import dev.annals.coding.repair.DayHungOnLastingRelativeClause;
import dev.annals.coding.repair.DayHungOnPresentRelativeClause;
import dev.annals.coding.repair.DayOfMakingHungOnPlannedAct;
import dev.annals.coding.repair.DayHungOnMakersParticiple;
import dev.annals.coding.repair.MiddleVerbOfSeriesHungAsDep;
import dev.annals.coding.repair.MiddleVerbOfSeriesReadAsAdjective;
import dev.annals.coding.repair.MiddleVerbOfSeriesReadAsAdjectiveOfSecondObject;
import dev.annals.coding.repair.PartnerReadAsSubjectOfInfinitive;
import dev.annals.coding.repair.BareVerbAfterHelpHungAsDep;
import dev.annals.coding.repair.ObjectOfJoinedVerbHungOnPassive;
import dev.annals.coding.repair.CountedSubjectReadAsCountOfObject;
import dev.annals.coding.repair.InfinitiveOfNounReadAsClause;
import dev.annals.coding.repair.PrepositionReadAsHeadOfGerund;
import dev.annals.coding.repair.DayHungOnPlaceOfHabitualClause;
import dev.annals.coding.repair.DayHungOnJudgmentOfObject;
import dev.annals.coding.repair.PastVerbJoinedToSubjunctive;
import dev.annals.coding.repair.ObjectSharedByJoinedVerbs;
import dev.annals.coding.repair.DayReadAsCompoundOfSubject;
import dev.annals.coding.repair.JoinedVerbHungInsideQuotation;
import dev.annals.coding.repair.MainVerbHungOnRelativeClause;
import dev.annals.coding.repair.MainVerbHungOnNounOfReducedPassive;
import dev.annals.coding.repair.NounWithParticipleReadAsClauseAfterPreposition;
import dev.annals.coding.repair.ModalClauseSubjectReadAsObject;
import dev.annals.coding.repair.SubjectOfAfterClauseHungOnPeriod;
import dev.annals.coding.repair.WhoseClauseTakenForMainClause;
import dev.annals.coding.repair.MainVerbJoinedToObjectRelative;
import dev.annals.coding.repair.JoinedVerbReadAsPassiveOfReportedClause;
import dev.annals.coding.repair.MainVerbJoinedToRelativeClause;
import dev.annals.coding.repair.MainVerbJoinedToRelativeClauseOfRootNoun;
import dev.annals.coding.repair.ParticipleOfSpeechHungOnReportedClause;
import dev.annals.coding.repair.ParticipleOfSpeechHungOnRelativeClause;
import dev.annals.coding.repair.ReducedPassiveReadAsActive;
import dev.annals.coding.repair.ReducedRelativeReadAsMainVerb;
import dev.annals.coding.repair.ReducedRelativeReadAsReportedVerb;
import dev.annals.coding.repair.ReportedPassiveReadAsRootOverItsSayer;
import dev.annals.coding.repair.VerbReadAsAuxiliaryOfGerund;
import dev.annals.coding.repair.ClosingParticipleHungOnInnerGerund;
import dev.annals.coding.repair.ParticipleJoinedToRelativeClause;
import dev.annals.coding.repair.PastVerbJoinedToPresentPassive;
import dev.annals.coding.repair.SceneOfActHungOnWanted;
import dev.annals.coding.repair.SoughtParticipleHungOnVerb;
import dev.annals.coding.repair.SoughtPeopleReadAsReportedClause;
import dev.annals.coding.repair.NameSplitAtAnd;
import dev.annals.coding.repair.NameConnectiveReadAsVerb;
import dev.annals.coding.repair.OrganisationNameReadAsClause;
import dev.annals.coding.repair.PluralNounReadAsVerbAfterAdjective;
import dev.annals.coding.repair.CopulaOfReportedClauseReadAsAuxiliary;
import dev.annals.coding.repair.InfinitiveHungLooselyOnAdjective;
import dev.annals.coding.repair.AdjectiveReadAsJoinedVerb;
import dev.annals.coding.repair.PurposeOfContactReadAsObjectControl;
import dev.annals.coding.repair.ObjectReadAsSubjectOfParticiple;
import dev.annals.coding.repair.ObjectReadAsSubjectOfSmallClause;
import dev.annals.coding.repair.JudgmentReadAsAdverbOfNaming;
import dev.annals.coding.repair.JoinedVerbHungOnSubject;
import dev.annals.coding.repair.PartitiveAppositionReadAsComplement;
import dev.annals.coding.repair.DestinationHungOnCargoParticiple;
import dev.annals.coding.repair.DurationOfEventReadAsTime;
import dev.annals.coding.repair.RelativeClauseHungOnSpan;
import dev.annals.coding.repair.InfinitiveHungOnReducedRelative;
import dev.annals.coding.repair.HarmParticipleHungOnMainVerb;
import dev.annals.coding.repair.DirectObjectHungOnIndirectObject;
import dev.annals.coding.repair.IndirectObjectReadAsCompound;
import dev.annals.coding.repair.OfPhraseHungOnRelativeTime;
import dev.annals.coding.repair.PairSubjectReadAsConjunct;
import dev.annals.coding.repair.PairSubjectReadAsObject;
import dev.annals.coding.repair.ParseRepair;
import dev.annals.coding.repair.ParticipleHungOnOblique;
import dev.annals.coding.repair.ParticipleReadAsClausalSubject;
import dev.annals.coding.repair.MainVerbReadAsClausalSubject;
import dev.annals.coding.repair.ObjectOfHelpReadAsSubject;
import dev.annals.coding.repair.JudgedThingReadAsAdjective;
import dev.annals.coding.repair.OwningParticipleHungOnFarNoun;
import dev.annals.coding.repair.ParticipleReadAsGoverningItsNoun;
import dev.annals.coding.repair.PastVerbJoinedToGerundOfObject;
import dev.annals.coding.repair.PastVerbJoinedToInfinitive;
import dev.annals.coding.repair.PastVerbJoinedToSecondaryPredicate;
import dev.annals.coding.repair.FlagCountryHungOnParticiple;
import dev.annals.coding.repair.PastVerbJoinedToPluperfect;
import dev.annals.coding.repair.PastVerbJoinedToRelativePluperfect;
import dev.annals.coding.repair.PeopleReadAsAdjectiveOfTime;
import dev.annals.coding.repair.PhraseHungOnClosingAttribution;
import dev.annals.coding.repair.PortfolioJoinedToTitle;
import dev.annals.coding.repair.PossessiveHungOnCompound;
import dev.annals.coding.repair.PossessorReadAsRoot;
import dev.annals.coding.repair.PossessorReadAsSubject;
import dev.annals.coding.repair.ParticipleReadAsSmallClauseOfCalling;
import dev.annals.coding.repair.QuotedJudgmentReadAsModifier;
import dev.annals.coding.repair.RelativeClauseAfterClaimNoun;
import dev.annals.coding.repair.RelativeClauseHungAsDep;
import dev.annals.coding.repair.RelativeClauseHungOnDay;
import dev.annals.coding.repair.RelativeClauseReadAsComplement;
import dev.annals.coding.repair.BracketedLabelReadAsHead;
import dev.annals.coding.repair.JoinedVerbHungOnFreeRelative;
import dev.annals.coding.repair.RelativePronounReadAsApposition;
import dev.annals.coding.repair.RelativePronounReadAsHead;
import dev.annals.coding.repair.ReportedSubjectReadAsObject;
import dev.annals.coding.repair.SayersActJoinedInsideSaidClause;
import dev.annals.coding.repair.SayingHungInsideQuotation;
import dev.annals.coding.repair.SecondClauseHungOnClosingAttribution;
import dev.annals.coding.repair.SecondInfinitiveReadAsPurpose;
import dev.annals.coding.repair.SecondThatClauseHungOnFirst;
import dev.annals.coding.repair.SpeakerHungAsAppositionOfPlace;
import dev.annals.coding.repair.SpeakerReadAsApposition;
import dev.annals.coding.repair.SpeakersVerbReadAsReported;
import dev.annals.coding.repair.SubjectReadAsPlaceOfDay;
import dev.annals.coding.repair.StatesReadAsVerb;
import dev.annals.coding.repair.SubordinateClauseReadAsPhrase;
import dev.annals.coding.repair.TimeReadAsObjectAfterObject;
import dev.annals.coding.repair.TitleReadAsObject;
import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * Mends parse errors CoreNLP's dependency parser makes often in news, before anything reads the
 * graph, by running the {@link ParseRepair}s of {@code dev.annals.coding.repair} over each
 * sentence in a fixed order. Each repair rebuilds only the edges of the construction it
 * recognises and leaves the sentence alone otherwise; its class comment shows the misparse.
 */
final class ParseRepairs {
  private ParseRepairs() {}

  /**
   * The repairs in the order they run; each reads the sentence as the ones before it left it, so
   * the order is part of what the sentence becomes. PastVerbJoinedToModalClause runs twice: a verb
   * the parser joined to a quoted noun ('would not let "a predatory fleet" empty its seas and
   * ordered two more patrol ships') is joined to the modal clause only by
   * JoinedVerbHungInsideQuotation, after its first run. HarmParticipleHungOnMainVerb runs last:
   * the adverbial clause of attack it looks for ("after militiamen fired on ...") may be whole
   * only once the repairs before it have run. DayReadAsCompoundOfSubject runs first: the subject
   * it gives back ("On Saturday Ghanaian special forces, flown in by helicopter, boarded ...") is
   * what later repairs look for.
   */
  static final List<ParseRepair> ORDER = List.of(
      new DayReadAsCompoundOfSubject(), new ObjectWithReducedPassiveReadAsSmallClause(), new ParticipleLikeItsBaseReadAsSmallClause(), new PhraseAfterQuotationHungInside(), new NameSplitAtAnd(), new NameConnectiveReadAsVerb(), new OrganisationNameReadAsClause(), new StatesReadAsVerb(), new PortfolioJoinedToTitle(), new BracketedLabelReadAsHead(), new PlaceNameEndingInPossessive(), new PossessiveOfNameWithOf(), new SaidClauseReadAsObjectWithRelative(), new RelativeVerbReadAsAdjectiveBeforeMainVerb(), new JoinedVerbHungOnFreeRelative(), new RelativeClauseAfterClaimNoun(), new SayingHungInsideQuotation(), new ReportedSubjectReadAsObject(), new NounTakenForClosingSpeaker(),
      new CallOnReadAsMarker(), new AspectualGerundReadAsAdjective(), new ObjectHungOnDayWord(), new TimeReadAsObjectAfterObject(), new InfinitiveHungOnSameDay(), new NameReadAsCompoundOfTime(), new SubjectReadAsPlaceOfDay(), new SpeakerReadAsApposition(),
      new OfPhraseHungOnRelativeTime(), new OfPhraseHungOnDay(), new RelativeClauseHungOnDay(), new AsPhraseHungOnObjectsParticiple(), new PeopleReadAsAdjectiveOfTime(), new NounModifierReadAsVerb(), new PluralNounReadAsVerbAfterAdjective(), new ParticipleReadAsClausalSubject(),
      new ObjectReadAsSubjectOfParticiple(), new InfinitiveHungOnReducedRelative(), new MainVerbReadAsRelativeClause(), new DayReadAsSubjectOfInfinitive(),
      new SpeakersVerbReadAsReported(), new BorderWithHungOnVerb(), new BetweenHungOnVerbOfOutbreak(), new CompassPointHungOnObject(), new SayingReadAsPunctuationInVerbSeries(), new PassiveAuxiliariesLeftOutOfJoinedVerb(), new ClosingSpeakerReadAsApposition(), new ClosingSpeakerReadAsAppositionOfObject(), new ClosingSpeakerReadAsAppositionOfLastNoun(), new ClosingSpeakerReadAsAppositionOfSubject(), new ClosingSayingReadAsPassive(), new ReportedClauseReadAsAdverbialOfClosingSaying(), new ObliqueHungOnWhoseClause(), new PassiveVerbHungOnParticipleOfItsSubject(), new ObjectOfOrderReadAsPassiveSubject(), new SubjectOfOrderedParticiple(), new NeighbouringReadAsVerb(), new MainVerbReadAsAdjective(), new ActiveVerbGivenPassiveSubject(), new ParticipleReadAsGoverningItsNoun(), new TitleReadAsObject(),
      new MainVerbReadAsParticipleAfterRelativeClause(), new PossessorReadAsSubject(), new RelativeClauseReadAsComplement(), new RelativeClauseReadAsComplementOfNoun(),
      new MainVerbReadAsAdjectiveAfterParticiple(), new SecondInfinitiveReadAsPurpose(), new AttributionHungOnRelativeClause(), new ClosingAttributionReadAsRelativeClause(),
      new PastVerbJoinedToPluperfect(), new SecondThatClauseHungOnFirst(), new AmountHungOnLaterVerb(),
      new SpeakerHungAsAppositionOfPlace(), new RelativeClauseHungAsDep(), new MainVerbHungOnRelativeClause(), new SubjectClosedByRelativeClauseBeforeJoinedSubject(), new ModalClauseSubjectReadAsObject(), new RelativeCopulaReadAsAuxiliary(), new WhoseClauseTakenForMainClause(), new SubjectOfAfterClauseHungOnPeriod(), new MainVerbJoinedToRelativeClause(), new MainVerbJoinedToRelativeClauseOfRootNoun(), new ParticipleOfSpeechHungOnReportedClause(), new ParticipleOfSpeechHungOnRelativeClause(), new ReducedPassiveReadAsActive(), new AdjectiveReadAsJoinedVerb(), new MainVerbReadAsClausalSubject(), new JoinedVerbReadAsAdjectiveBeforeNumber(), new JoinedVerbAlsoReadAsReported(), new PastVerbJoinedToSayingReadAsComplement(), new JoinedVerbAlsoReadAsParticiple(), new MainVerbJoinedInsideSayingClause(), new SayersActJoinedInsideSaidClause(), new MainVerbJoinedToReportedJudgment(), new PastVerbJoinedToModalClause(), new InfinitiveOfOfferHungOnVerb(), new ClauseOfAnotherSubjectReadAsReported(), new ContactRelativeSubjectReadAsApposition(), new ContactRelativeClause(), new ObjectReadAsTimeOfContactRelative(), new MainVerbJoinedToObjectRelative(), new JoinedVerbReadAsPassiveOfReportedClause(),
      new MeansGerundReadAsAdjective(), new BarredGerundReadAsAdjective(), new GerundBeforePossessorReadAsAdjective(), new MeansGerundHungOnBy(), new PhraseHungOnClosingAttribution(), new SecondClauseHungOnClosingAttribution(), new RelativePronounReadAsHead(), new RelativeVerbReadAsAdjectiveOfObject(), new RelativePronounReadAsApposition(), new SubordinateClauseReadAsPhrase(),
      new ClosingContactRelative(), new ReportedClauseReadAsRoot(), new PairSubjectReadAsObject(), new PairSubjectReadAsConjunct(), new NextVerbGivenTheObjectOfCalling(), new PastVerbJoinedToObjectNoun(), new ObjectAndDayReadAsSubjectOfJoinedVerb(), new ParticipleReadAsSmallClauseOfCalling(), new QuotedJudgmentReadAsModifier(), new ObjectReadAsCompoundOfQuotedJudgment(), new OfPhraseOfJudgmentHungOnItsSubject(), new JoinedVerbHungInsideQuotation(), new PurposeOfContactReadAsObjectControl(), new ParticipleHungOnOblique(),
      new MainVerbReadAsParticipleOfSubject(), new PastVerbJoinedToInfinitive(), new JoinedVerbAlsoReadAsAdverbialClause(), new SubjectOfJoinedClauseReadAsConjunct(), new DayReadAsSubjectOfJoinedVerb(), new NamedGroupsNounReadAsSubjectOfJoinedVerb(), new MiddleVerbOfSeriesHungAsDep(), new MiddleVerbOfSeriesReadAsAdjective(), new MiddleVerbOfSeriesReadAsAdjectiveOfSecondObject(), new PartnerReadAsSubjectOfInfinitive(), new BareVerbAfterHelpHungAsDep(), new ObjectOfJoinedVerbHungOnPassive(), new PrepositionReadAsHeadOfGerund(), new InfinitiveOfNounReadAsClause(), new CountedSubjectReadAsCountOfObject(), new PastVerbJoinedToSecondaryPredicate(), new FlagCountryHungOnParticiple(), new OwningParticipleHungOnFarNoun(), new ReducedRelativeReadAsMainVerb(), new PastVerbJoinedToRelativePluperfect(), new ReducedRelativeReadAsReportedVerb(), new ReportedPassiveReadAsRootOverItsSayer(), new JoinedNounsReadAsSubjectsOfParticiple(), new ObjectsRelativeHungOnVerbAfterItsTime(), new MainVerbHungOnNounOfReducedPassive(), new NounWithParticipleReadAsClauseAfterPreposition(), new EmbassyPostHungOnVerb(), new ParticipleOfPeopleHungOnVerb(), new RelativeOfPeopleHungOnPlace(), new PersonsRelativeHungOnThing(), new ParticipleOfSayingReadAsAdjective(), new SayingReadAsAdjectiveOfReportedSubject(), new WantedManReadAsMainVerbsClause(), new MainVerbReadAsRelativeOfSubject(), new ObjectHungOnResultAdjective(), new AdjectiveReadAsRootBeforeJoinedModifier(), new IndirectObjectReadAsCompound(), new DirectObjectHungOnIndirectObject(), new DayHungOnLastingRelativeClause(), new DayHungOnPresentRelativeClause(), new DayOfMakingHungOnPlannedAct(), new DayHungOnMakersParticiple(), new DayHungOnJudgmentOfObject(), new DayHungOnPlaceOfHabitualClause(), new PastVerbJoinedToSubjunctive(), new ObjectSharedByJoinedVerbs(), new ClauseJoinedToGerundOfReason(), new PastVerbJoinedToGerundOfObject(), new ClauseJoinedToObject(), new PastVerbJoinedToModalClause(), new WithPhraseReadAsSubjectOfInfinitive(), new ObjectReadAsSubjectOfSmallClause(), new JudgmentReadAsAdverbOfNaming(), new PartitiveAppositionReadAsComplement(), new DestinationHungOnCargoParticiple(), new DurationOfEventReadAsTime(), new RelativeClauseHungOnSpan(), new JoinedVerbHungOnSubject(), new JudgedThingReadAsAdjective(), new ObjectOfHelpReadAsSubject(), new PossessiveHungOnCompound(), new AppositiveHungOnFirstConjunct(), new JointPortfolioReadAsJoinedNouns(), new PossessorReadAsRoot(), new ThingsRelativeHungOnPerson(),
      new ActiveVerbJoinedToPassiveSaidClause(), new VerbReadAsAuxiliaryOfGerund(), new SoughtPeopleReadAsReportedClause(), new SoughtParticipleHungOnVerb(), new SceneOfActHungOnWanted(), new ClosingParticipleHungOnInnerGerund(), new ParticipleJoinedToRelativeClause(), new PastVerbJoinedToPresentPassive(), new CopulaOfReportedClauseReadAsAuxiliary(),
      new InfinitiveHungLooselyOnAdjective(), new HarmParticipleHungOnMainVerb());

  /** ANNALS_DEBUG=rawparse (or hand): no repair runs, to see and code the parser's own graph. ANNALS_DEBUG=repairs names each repair that changed a sentence. */
  private static final boolean TRACE = "repairs".equals(System.getenv("ANNALS_DEBUG"));
  static final boolean RAW = "rawparse".equals(System.getenv("ANNALS_DEBUG")) || "hand".equals(System.getenv("ANNALS_DEBUG"));

  /** The sentence's dependencies after every repair in {@link #ORDER}; {@code sentence} itself is left as it was. */
  static List<Dependency> repair(List<Token> tokens, List<Dependency> sentence) {
    if (RAW) {
      return sentence;
    }
    List<Dependency> repaired = sentence;
    for (ParseRepair repair : ORDER) {
      List<Dependency> before = repaired;
      repaired = repair.apply(tokens, repaired);
      if (repaired != before && TRACE) {
        System.err.println("repair " + repair.getClass().getSimpleName());
      }
    }
    return repaired;
  }
}
