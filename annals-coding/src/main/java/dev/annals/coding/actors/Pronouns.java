package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who a pronoun refers to: "he", "they", "its", and "it" in "the ministry said it would act". */
final class Pronouns {
  private static final Set<String> MALE_FEMALE_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");
  private static final Set<String> THING_PRONOUNS = Set.of("its", "itself");

  private final DependencyIndex index;
  private final ClauseRoles roles;
  private final MentionHistory history;
  private final ResolvedHeads heads;
  /** The country-level actor of a state actor: RUSMIL gives RUS. */
  private final java.util.function.UnaryOperator<Actor> countryLevel;

  Pronouns(DependencyIndex index, ClauseRoles roles, MentionHistory history, ResolvedHeads heads, java.util.function.UnaryOperator<Actor> countryLevel) {
    this.index = index;
    this.roles = roles;
    this.history = history;
    this.heads = heads;
    this.countryLevel = countryLevel;
  }

  /**
   * The actors a pronoun refers to.
   *
   * @param word the pronoun in lower case
   */
  List<ActorMention> resolve(Token token, String word) {
    List<ActorMention> resolved = resolveUnbound(token, word);
    if (word.equals("them") && !resolved.isEmpty()) {
      // "freezing any assets they hold in Canada and barring them from entry", as the parser
      // reads it: an object "them" is never its own clause's subject, which would be
      // "themselves". Found among the subject's actors, the group it was taken from is the
      // subject's, and what remains of it is no better a guess.
      Set<String> own = ownSubjectCodes(token.index());
      return resolved.stream().anyMatch(m -> own.contains(m.actor().code())) ? List.of() : resolved;
    }
    return resolved;
  }

  private List<ActorMention> resolveUnbound(Token token, String word) {
    Span span = token.span();
    if (word.equals("him") || word.equals("her")) {
      // "arrested a French embassy employee on Thursday, accusing him of spying": the object of a
      // participle or joined verb is that verb's object, named or not. (Asked before the person
      // pronouns, which always answer; "them" and "it" are asked below.)
      List<ActorMention> shared = objectOfJoinedVerb(token.index()).stream().map(m -> new ActorMention(span, token.text(), m.actor())).toList();
      if (!shared.isEmpty()) {
        return shared;
      }
    }
    if (MALE_FEMALE_PRONOUNS.contains(word)) {
      // "…,” he said: the last speaker; "He also …": the last person who was a subject.
      // A subject with no name ("Jordan's government spokesman demanded ... He accused", "a man
      // died after he was detained") counts for a subject pronoun when it came after the last
      // person named; "his" and "her" more often name the person named before.
      boolean subjectPronoun = word.equals("he") || word.equals("she");
      Optional<ActorMention> antecedent = !subjectPronoun ? (roles.isSubjectOfSpeech(token.index()) ? history.lastSpeaker() : history.lastSubject())
          : roles.isSubjectOfSpeech(token.index()) ? history.lastSpeakerOrUnnamed(word) : history.lastSubjectOrUnnamed(word);
      antecedent = antecedent.or(history::lastPerson);
      if (token.tag().equals("PRP$")) {
        // "Families of the abductees, who met Takaichi at her office, urged her government": in a
        // sentence whose subject is no person, a possessive names the person named last in it,
        // before any subject of the sentences before. ("Japarov telephoned Tokayev …, his press
        // service said" is still the subject's.)
        java.util.function.Predicate<ActorMention> inThisSentence = MentionHistory.inSentenceBefore(index, token);
        boolean personSubject = history.lastSubject().filter(inThisSentence).isPresent();
        Optional<ActorMention> inSentence = history.lastPerson(inThisSentence);
        if (!personSubject && inSentence.isPresent()) {
          antecedent = inSentence;
        }
      }
      // "Castro, who thanked him and invited him": an object "him" is not its own clause's subject.
      Set<String> own = ownSubjectCodes(token.index());
      if (antecedent.isPresent() && own.contains(antecedent.get().actor().code()) && (word.equals("him") || word.equals("her"))) {
        antecedent = history.lastPerson(p -> !own.contains(p.actor().code()));
      }
      // "The adviser asked Kathmandu … Nepal's prime minister, who received him": with no person
      // named, the last subject with no name other than the clause's own.
      if (antecedent.isEmpty() && (word.equals("him") || word.equals("her"))) {
        antecedent = history.lastUnnamedSubject(word, p -> !own.contains(p.actor().code()));
      }
      // "Turkish police detained a German journalist … A court ordered him held": with no person
      // named and no unnamed one as a subject, the one person with no name last named as no subject.
      // (Not the possessive "her": "since Mexico granted her asylum" is Chavez's, named before.)
      // So is "he" that something is done to, with no one else it could be: "Kenyan police
      // arrested a Chinese restaurant manager … said he would be deported" (not "she left the
      // building", who acts).
      boolean undergoes = index.parents(token.index()).stream().anyMatch(d -> d.relation().equals("nsubj:pass"));
      if (antecedent.isEmpty() && (word.equals("him") || word.equals("her") || (subjectPronoun && undergoes)) && token.tag().equals("PRP")) {
        antecedent = history.lastUnnamedNonSubject(word, p -> !own.contains(p.actor().code()));
      }
      return antecedent.map(m -> List.of(new ActorMention(span, token.text(), m.actor()))).orElse(List.of());
    }
    if (word.equals("we")) {
      // "Coulibaly said: 'We reject them'", "'We will respond,' the minister said": in what a
      // speaker says, "we" is the speaker's side, which a person's actor code already names.
      return speakersOf(token.index(), false).stream().map(m -> new ActorMention(span, token.text(), m.actor())).distinct().toList();
    }
    boolean passiveThey = word.equals("they") && index.parents(token.index()).stream().anyMatch(d -> d.relation().equals("nsubj:pass"));
    if (word.equals("it") || (word.equals("they") && !(passiveThey && undergoesLegalProcess(token.index())))) {
      // "Syria says it is willing to withdraw", "the rebels said they will release": the subject
      // of a reported clause is the one who reports it. Not a person's "they" that something is
      // done to: "He said they would be charged" is about those held.
      List<ActorMention> reporter = reporterOf(token.index()).stream()
          .filter(m -> word.equals("they") ? !(passiveThey && isOnePerson(m)) && !isOneOfficeHolder(m) : m.actor().kind() != ActorKind.PERSON)
          .map(m -> new ActorMention(span, token.text(), m.actor())).toList();
      if (!reporter.isEmpty()) {
        return reporter;
      }
    }
    if (word.equals("them") || word.equals("it")) {
      // "thanked the Cameroonian authorities and urged them to open talks": the object of a verb
      // joined to another is that verb's object.
      List<ActorMention> shared = objectOfJoinedVerb(token.index()).stream().map(m -> new ActorMention(span, token.text(), m.actor())).toList();
      if (!shared.isEmpty()) {
        return shared;
      }
    }
    if (word.equals("they")) {
      // "Croatian troops retook all the land they held": the subject of a relative clause is the
      // subject of the clause around it.
      List<ActorMention> around = subjectsAroundRelative(token.index()).stream().map(m -> new ActorMention(span, token.text(), m.actor())).toList();
      if (!around.isEmpty()) {
        return around;
      }
    }
    if (word.equals("them") && isOrderedHeld(token.index())) {
      // "Four Turkish nationals … were seized … a court in Ankara ordered them held in custody":
      // those a court orders held are the people last seized, detained or held.
      List<ActorMention> held = heldBefore(token.index()).stream().map(m -> new ActorMention(span, token.text(), m.actor())).distinct().toList();
      if (!held.isEmpty()) {
        return held;
      }
    }
    if (word.equals("them") || passiveThey) {
      // "China said the herders had crossed into its territory … They were handed back": "they"
      // that something was done to is the nearest plural noun before it too. (A "they" that acts,
      // "They signed two pacts", is more often the pair the story is about, as below.)
      Optional<List<ActorMention>> plural = pluralPhraseBefore(token.index());
      if (plural.isPresent()) {
        return plural.get().stream().map(m -> new ActorMention(span, token.text(), m.actor())).distinct().toList();
      }
    }
    if (word.equals("their") || word.equals("its")) {
      // "Ecuadorian migrants' groups complained that police had detained dozens of their
      // compatriots": the citizens an act in a reported clause befell are the reporter's.
      Optional<ActorMention> reporter = reporterOfCitizensActedOn(token.index());
      if (reporter.isPresent()) {
        return List.of(new ActorMention(span, token.text(), reporter.get().actor()));
      }
    }
    if (word.equals("their")) {
      // "detained 14 fishermen and seized their boats": what a verb joined to another takes of
      // "theirs" belongs to that verb's object.
      Optional<Integer> possessed = index.head(token.index()).filter(d -> d.relation().equals("nmod:poss")).map(Dependency::governor);
      List<ActorMention> owners = possessed.map(this::objectOfJoinedVerb).orElse(List.of()).stream()
          .filter(m -> m.actor().kind() != ActorKind.PERSON).map(m -> new ActorMention(span, token.text(), m.actor())).toList();
      if (!owners.isEmpty()) {
        return owners;
      }
    }
    if (word.equals("their")) {
      List<ActorMention> owners = ownersActedOnByGoverningVerb(token.index()).stream().map(m -> new ActorMention(span, token.text(), m.actor())).distinct().toList();
      if (!owners.isEmpty()) {
        return owners;
      }
    }
    if (word.equals("they")) {
      // "Police in Almaty detained 14 people on Saturday after they rallied outside China's
      // consulate": "they" acting in a clause of time or cause on a verb that acted on people is
      // those people, not the ones who acted on them.
      List<ActorMention> actedOn = peopleActedOnByGoverningVerb(token.index()).stream().map(m -> new ActorMention(span, token.text(), m.actor())).distinct().toList();
      if (!actedOn.isEmpty()) {
        return actedOn;
      }
    }
    if (word.equals("they")) {
      // "Cameroonian opposition lawmakers accused Yaounde … They demanded that the defence
      // minister appear": a "they" opening its sentence is the plural noun that was the subject
      // of the sentence before, when that names a group, before the pair the story is about.
      List<ActorMention> group = pluralSubjectOfSentenceBefore(token.index()).stream().map(m -> new ActorMention(span, token.text(), m.actor())).distinct().toList();
      if (!group.isEmpty()) {
        return group;
      }
    }
    if (word.equals("their")) {
      // "Conservation groups in Botswana urged their government": "their" on what a verb takes
      // is its subject's, when that is a plural group of a country, before the pair the story is
      // about.
      List<ActorMention> subject = pluralSubjectOfVerbTaking(token.index()).stream().map(m -> new ActorMention(span, token.text(), m.actor())).distinct().toList();
      if (!subject.isEmpty()) {
        return subject;
      }
    }
    if (word.equals("their") && history.lastGroup().isEmpty()) {
      // "The European Union kept all Nepali airlines on its air safety list, extending a ban on
      // their flights": with no pair named, "their" is the plural noun before it.
      Optional<List<ActorMention>> plural = pluralPhraseBefore(token.index());
      if (plural.isPresent() && !plural.get().isEmpty()) {
        return plural.get().stream().map(m -> new ActorMention(span, token.text(), m.actor())).distinct().toList();
      }
    }
    if (PLURAL_PRONOUNS.contains(word)) {
      return history.lastGroup().map(group -> group.stream().map(m -> new ActorMention(span, token.text(), m.actor())).distinct().toList()).orElse(List.of());
    }
    if (word.equals("it") && addressedByAsking(token.index())) {
      // "filed a petition in Colombo's Court of Appeal, asking it to order the arrest of the
      // importer": "it" asked to act is the body named last before it in its sentence, a state's
      // or an organisation, not whoever does the asking.
      Optional<ActorMention> asked = lastBodyBefore(token);
      if (asked.isPresent()) {
        return List.of(new ActorMention(span, token.text(), asked.get().actor()));
      }
    }
    if (word.equals("it")) {
      // "The ministry said it would act": the subject of a reported clause is the reporter,
      // when that is a state or organisation. Other uses of "it" ("it seems") name no one.
      // "The WFP said it had delivered aid, but it warned ...": the subject of a verb joined to
      // another is that verb's subject.
      return reporterOfClause(token.index()).or(() -> oneOfThemJustNamed(token.index())).or(() -> subjectOfJoinedVerb(token.index())).or(() -> subjectAroundRelative(token.index()))
          .or(() -> subjectOfSentenceBefore(token.index()))
          .map(m -> List.of(new ActorMention(span, token.text(), m.actor()))).orElse(List.of());
    }
    if (THING_PRONOUNS.contains(word)) {
      // "China has boosted its imports": "its" is the nearest state or organisation before it;
      // not the people, named by a plural noun, whom the relative clause holding it describes
      // ("Honduras freed eight Belizean fishermen its navy had detained" is Honduras's navy).
      // "The RSF accused Cairo of hiding weapons and said its fighters would stop any convoy":
      // the owner of the subject of a reported clause is the reporter, as "it" there is.
      Optional<ActorMention> reporter = index.head(token.index()).filter(d -> d.relation().equals("nmod:poss"))
          .filter(d -> saidClause(d.governor())).flatMap(d -> reporterOfClause(d.governor()));
      if (reporter.isPresent()) {
        return List.of(new ActorMention(span, token.text(), reporter.get().actor()));
      }
      // "A navy patrol boat fired warning shots at a Spanish-flagged trawler and seized it … Its 27
      // crew members were detained": a crew is a craft's, the craft named last before it, not the
      // craft that was the subject of the sentence before.
      Optional<ActorMention> craft = ownsCrew(token.index()) ? lastCraftBefore(token.index()) : Optional.empty();
      if (craft.isPresent()) {
        return List.of(new ActorMention(span, token.text(), craft.get().actor()));
      }
      // "Paraguay has been one of Israel's closest allies in South America. Its main opposition
      // party criticised the agreement": "Its" opening a sentence is the state or body that was the
      // subject of the sentence before, not the last one named in that sentence's predicate.
      int sentence = token.sentence();
      if (sentence > 0 && index.text().sentences().get(sentence).firstToken() == token.index()) {
        for (int earlier : mainSubjectsBefore(token.index(), false)) {
          Optional<ActorMention> thing = index.token(earlier).tag().equals("NNS") ? Optional.empty() : oneThing(heads.resolve(earlier));
          if (thing.isPresent()) {
            return List.of(new ActorMention(span, token.text(), thing.get().actor()));
          }
        }
      }
      // (Not a subject named by a plural pronoun: "12 of them began a hunger strike outside its
      // gates" is outside the embassy's gates.)
      Optional<ActorMention> governing = subjectGoverningAdverbialClause(token.index()).or(() -> subjectOfClosedClause(token.index()))
          .or(() -> index.head(token.index()).filter(d -> d.relation().equals("nmod:poss")).flatMap(d -> subjectOfJoinedVerb(d.governor())))
          .filter(m -> !isPluralPronoun(m));
      if (governing.isPresent()) {
        return List.of(new ActorMention(span, token.text(), governing.get().actor()));
      }
      // People or things named by a plural noun are no "it" ("Equatorial Guinea landed troops on
      // the island and raised its flag"), though the country their own word names may be:
      // "Russian warships would escort its tankers".
      // Nor is a town named as where something happened ("signed in Addis Ababa").
      Optional<ActorMention> last = history.lastThingMention(m -> !isPluralNounDescribedAround(m, token.index()) && !isPluralPronoun(m)
              && (!namedByPluralNoun(m) || countryNamedWithin(m)) && !namedAsPlace(m));
      if (last.filter(this::namedByPluralNoun).isPresent()) {
        // "Addis Ababa asked the Lebanese authorities … to let its diplomats visit": the state or
        // body named in the singular as the subject of the sentence's main verb is "its" before
        // the country of people named by a plural noun after it. (Not any singular: "Moscow …
        // accused Copenhagen …, warning that Russian warships would escort its tankers" is
        // Russia's.)
        Optional<ActorMention> mainSubject = mainSubjectOfSentence(token.index()).filter(m -> !namedByPluralNoun(m) && !isPluralPronoun(m)
            && m.actor().kind() != ActorKind.PERSON);
        if (mainSubject.isPresent()) {
          // (Its country, as the plural's would have been: "its tankers" are no ministry's.)
          return List.of(new ActorMention(span, token.text(), countryLevel.apply(mainSubject.get().actor())));
        }
      }
      return last.map(m -> namedByPluralNoun(m) ? countryLevel.apply(m.actor()) : m.actor())
          .map(a -> List.of(new ActorMention(span, token.text(), a))).orElse(List.of());
    }
    return List.of();
  }

  /** Words for those who sail a craft. */
  private static final Set<String> CREW_WORDS = Set.of("crew", "crewman", "crewmember");

  /** Whether a possessive pronoun owns a crew: "its crew", "its 27 crew members". */
  private boolean ownsCrew(int pronoun) {
    return index.head(pronoun).filter(d -> d.relation().equals("nmod:poss")).map(Dependency::governor)
        .filter(owned -> CREW_WORDS.contains(index.lemma(owned).toLowerCase(java.util.Locale.ROOT))
            || index.children(owned, Set.of("compound")).stream().anyMatch(c -> CREW_WORDS.contains(index.lemma(c).toLowerCase(java.util.Locale.ROOT))))
        .isPresent();
  }

  /** The actor of the craft named last before a word, by a word for a craft that names an actor. */
  private Optional<ActorMention> lastCraftBefore(int word) {
    for (int earlier = word - 1; earlier >= 0; earlier--) {
      if (index.token(earlier).isNoun() && NounAnaphora.isCraft(index.lemma(earlier))) {
        Optional<ActorMention> craft = heads.resolve(earlier).stream().filter(m -> m.actor().kind() != ActorKind.PERSON).findFirst();
        if (craft.isPresent()) {
          return craft;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a mention is a plural pronoun, which "its" never names again: "12 of them". (Not a
   * plural noun: "Russian warships would escort its tankers" are Russia's.)
   */
  private boolean isPluralPronoun(ActorMention mention) {
    return PLURAL_PRONOUNS.contains(mention.surface().toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a mention's head is a common noun in the plural; not a body's word the tagger calls plural ("police"). */
  private boolean namedByPluralNoun(ActorMention mention) {
    return index.lastTokenIn(mention.span()).map(index::token).filter(t -> t.tag().equals("NNS") && !t.lemma().equalsIgnoreCase(t.text())).isPresent();
  }

  /**
   * Whether the mention has a country that a word of its own names, a proper adjective or name:
   * "Russian warships", not "troops" nor "Government helicopters".
   */
  private boolean countryNamedWithin(ActorMention mention) {
    return mention.actor().country().isPresent() && index.text().tokens().stream()
        .anyMatch(t -> mention.span().contains(t.span()) && (t.tag().equals("JJ") || t.isProperNoun()) && Character.isUpperCase(t.text().charAt(0)));
  }

  /** Prepositions that tell where something happened. */
  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside");

  /** Whether the mention is a name hung by a preposition of place: "signed in Addis Ababa". */
  private boolean namedAsPlace(ActorMention mention) {
    return index.lastTokenIn(mention.span()).filter(t -> index.token(t).isProperNoun()).flatMap(index::head)
        .filter(d -> (d.baseRelation().equals("obl") || d.baseRelation().equals("nmod")) && LOCATIVES.contains(d.suffix())).isPresent();
  }

  /** A mention headed by a common noun in the plural ("Belizean fishermen") whose relative clause holds the pronoun. */
  private boolean isPluralNounDescribedAround(ActorMention mention, int pronoun) {
    Optional<Integer> head = index.lastTokenIn(mention.span()).filter(t -> index.token(t).tag().equals("NNS"));
    return head.isPresent() && index.children(head.get()).stream()
        .anyMatch(d -> d.relation().equals("acl:relcl") && index.subtree(d.dependent(), Set.of()).contains(pronoun));
  }

  /** Subordinators of a clause of time or cause: "after they rallied", "when they tried". */
  private static final Set<String> TIME_OR_CAUSE = Set.of("after", "when", "as", "because", "while", "since");

  /**
   * The people a verb acted on, its plural object naming a group of no one person ("14 people",
   * "protesters"), when the pronoun is the subject of a clause of time or cause on that verb.
   */
  private List<ActorMention> peopleActedOnByGoverningVerb(int pronoun) {
    for (Dependency subject : index.parents(pronoun)) {
      if (!subject.relation().equals("nsubj") || subject.governor() < 0) {
        continue;
      }
      List<ActorMention> found = peopleActedOnAbove(subject.governor(), pronoun);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * "Australia flew 31 Sri Lankan asylum seekers back to Colombo after its border force
   * intercepted their fishing boat": "their" on what a clause of time or cause acts on is the
   * people the verb it hangs on acted on, as "they" acting there is.
   */
  private List<ActorMention> ownersActedOnByGoverningVerb(int pronoun) {
    return index.head(pronoun).filter(d -> d.relation().equals("nmod:poss") && d.governor() >= 0)
        .flatMap(d -> index.head(d.governor())).filter(d -> d.relation().equals("obj") && d.governor() >= 0)
        .map(d -> peopleActedOnAbove(d.governor(), pronoun)).orElse(List.of());
  }

  /** The people the verb that a clause of time or cause hangs on (before the pronoun) acted on. */
  private List<ActorMention> peopleActedOnAbove(int clause, int pronoun) {
    boolean timeOrCause = index.children(clause, Set.of("mark")).stream().anyMatch(mark -> TIME_OR_CAUSE.contains(index.lemma(mark).toLowerCase(java.util.Locale.ROOT)));
    Optional<Integer> governing = index.parents(clause).stream().filter(d -> d.baseRelation().equals("advcl") && d.governor() >= 0 && d.governor() < pronoun)
        .map(Dependency::governor).findFirst();
    if (!timeOrCause || governing.isEmpty()) {
      return List.of();
    }
    for (int object : index.children(governing.get(), Set.of("obj"))) {
      if (!index.token(object).tag().equals("NNS")) {
        continue;
      }
      List<ActorMention> found = heads.resolve(object);
      if (!found.isEmpty() && found.stream().noneMatch(m -> m.actor().kind() == ActorKind.PERSON || m.actor().kind() == ActorKind.STATE && m.actor().sector().isEmpty())) {
        return found;
      }
    }
    return List.of();
  }

  /** A mention of one person: a person's name, or "he" or "she" for someone with no name. */
  /** Titles of one person who speaks for a state or body. */
  private static final Set<String> OFFICE_TITLES = Set.of("minister", "president", "premier", "chancellor", "ambassador", "envoy", "secretary", "spokesman",
      "spokeswoman", "spokesperson", "governor", "mayor", "king", "queen", "commander", "chief");

  /**
   * "Chad's defence minister welcomed the troops and said they would help secure the border": one
   * office holder, named by a singular title, is no "they"; the pronoun is whom the clauses before
   * name, as the rules below find.
   */
  private boolean isOneOfficeHolder(ActorMention mention) {
    return index.lastTokenIn(mention.span()).map(index::token)
        .filter(t -> t.tag().equals("NN") && OFFICE_TITLES.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))).isPresent();
  }

  private static boolean isOnePerson(ActorMention mention) {
    return mention.actor().kind() == ActorKind.PERSON || MALE_FEMALE_PRONOUNS.contains(mention.surface().toLowerCase(java.util.Locale.ROOT));
  }

  /** Verbs whose "it" names no one: "it is", "it seems", "it takes". */
  private static final Set<String> EXPLETIVE_VERBS = Set.of("be", "seem", "appear", "remain", "become", "take", "mean", "matter", "happen", "rain", "look",
      "follow", "come");

  /**
   * "activists rallied outside the headquarters of one of the builders on Thursday and accused it
   * of abandoning the survivors": "it" as an object is the one of a group the clause just singled
   * out, which is that group's.
   */
  private Optional<ActorMention> oneOfThemJustNamed(int pronoun) {
    boolean object = index.head(pronoun).filter(d -> d.relation().equals("obj")).isPresent();
    int first = index.text().sentences().get(index.token(pronoun).sentence()).firstToken();
    for (int t = pronoun - 1; object && t >= first; t--) {
      if (!index.token(t).text().equalsIgnoreCase("one")) {
        continue;
      }
      // "one of the builders": the parser's quantifier on the group, or the group as its "of".
      List<Integer> groups = new java.util.ArrayList<>(index.children(t, Set.of("nmod:of")));
      index.head(t).filter(d -> d.relation().equals("det:qmod") && d.governor() >= 0).ifPresent(d -> groups.add(d.governor()));
      for (int group : groups) {
        Optional<ActorMention> named = heads.resolve(group).stream().filter(m -> m.actor().kind() != ActorKind.PERSON).findFirst();
        if (named.isPresent()) {
          return named;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Sudan's army blamed the Rapid Support Forces. It vowed to respond.": "it" opening a
   * sentence, as the subject of a verb that does something, is the state, organisation or group
   * that was the subject of the sentence before.
   */
  private Optional<ActorMention> subjectOfSentenceBefore(int pronoun) {
    Optional<Integer> verb = verbOpenedBy(pronoun).filter(v -> !EXPLETIVE_VERBS.contains(index.lemma(v)) && index.token(pronoun).text().equalsIgnoreCase("it"));
    if (verb.isEmpty()) {
      return Optional.empty();
    }
    // "Rebels attacked an army post, the government in Bangui said. On Monday it accused Chad":
    // after the subject of the sentence, the teller named at its end.
    for (int earlier : mainSubjectsBefore(pronoun, true)) {
      List<ActorMention> found = heads.resolve(earlier);
      // Not one the clause itself acts on: "It now fights the SPLA" is not the SPLA.
      boolean actedOn = found.size() == 1 && actsOn(verb.get(), found.get(0));
      Optional<ActorMention> thing = index.token(earlier).tag().equals("NNS") ? Optional.empty() : oneThing(found);
      if (thing.isPresent() && !actedOn) {
        return thing;
      }
    }
    return Optional.empty();
  }

  /**
   * The actors of the plural common noun that was the main subject of the sentence before, for a
   * "they" that opens its sentence as its subject: none when that noun names people one by one
   * (the pair the story is about answers then) or what the pronoun's verb acts on.
   */
  private List<ActorMention> pluralSubjectOfSentenceBefore(int pronoun) {
    Optional<Integer> verb = verbOpenedBy(pronoun);
    if (verb.isEmpty()) {
      return List.of();
    }
    for (int earlier : mainSubjectsBefore(pronoun, false)) {
      // Not one of several joined subjects ("Lee, Lien Chan and other officials ate pork"),
      // whom the story's pair or group answers for.
      // (Joined plural common nouns are one crowd: "several hundred relatives and activists marched
      // to parliament. They called for the ban to be made permanent.")
      List<Integer> conjuncts = new java.util.ArrayList<>();
      index.parents(earlier).stream().filter(d -> d.relation().startsWith("conj")).forEach(d -> conjuncts.add(d.governor()));
      index.children(earlier).stream().filter(d -> d.relation().startsWith("conj")).forEach(d -> conjuncts.add(d.dependent()));
      boolean joined = !conjuncts.isEmpty() && !conjuncts.stream().allMatch(c -> c >= 0 && index.token(c).tag().equals("NNS"));
      if (!isPlural(earlier) || joined) {
        continue;
      }
      List<ActorMention> found = heads.resolve(earlier);
      // A group placed in a country or an organisation: "opposition lawmakers" of Cameroon. Or a
      // crowd the article places later: "hundreds of job seekers protested outside the embassy.
      // They demanded refunds".
      boolean placed = found.stream().allMatch(m -> m.actor().country().isPresent() || m.actor().kind() == ActorKind.ORGANISATION || isCrowd(m.actor()));
      boolean groups = !found.isEmpty() && placed && found.stream().noneMatch(m -> m.actor().kind() == ActorKind.PERSON)
          && found.stream().noneMatch(m -> actsOn(verb.get(), m));
      if (groups) {
        return found;
      }
    }
    return List.of();
  }

  private static boolean isCrowd(dev.annals.model.Actor actor) {
    return actor.kind() == ActorKind.GROUP && actor.country().isEmpty() && actor.sector().filter(ActorResolver.CROWD_SECTORS::contains).isPresent();
  }

  /**
   * A plural noun, or a name in the plural with "the": "The Houthis called the release a gesture.
   * They warned …" (the tagger reads "Houthis" as a singular name).
   */
  private boolean isPlural(int noun) {
    String tag = index.token(noun).tag();
    return tag.equals("NNS") || tag.equals("NNPS")
        || (tag.equals("NNP") && index.token(noun).text().endsWith("s") && index.hasChildLemma(noun, "det", Set.of("the")));
  }

  /** The plural group of a country, not a person, that is the subject of the verb taking the noun the pronoun possesses. */
  private List<ActorMention> pluralSubjectOfVerbTaking(int pronoun) {
    Optional<Integer> verb = index.head(pronoun).filter(d -> d.relation().equals("nmod:poss") && d.governor() >= 0).flatMap(d -> index.verbTaking(d.governor()));
    for (int subject : verb.map(v -> index.children(v, Set.of("nsubj"))).orElse(List.of())) {
      if (!index.token(subject).tag().equals("NNS") || subject > pronoun) {
        continue;
      }
      List<ActorMention> found = heads.resolve(subject);
      if (!found.isEmpty() && found.stream().allMatch(m -> m.actor().country().isPresent() && m.actor().kind() != ActorKind.PERSON)) {
        return found;
      }
    }
    return List.of();
  }

  /** The one actor the subject of the root verb of the pronoun's sentence names, when it comes before the pronoun. */
  private Optional<ActorMention> mainSubjectOfSentence(int pronoun) {
    List<ActorMention> named = index.sentenceRoot(index.token(pronoun).sentence()).stream().flatMap(root -> index.children(root, Set.of("nsubj")).stream())
        .filter(subject -> subject < pronoun).flatMap(subject -> heads.resolve(subject).stream()).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** The verb whose subject the pronoun is, when the pronoun opens a sentence that is not the first. */
  private Optional<Integer> verbOpenedBy(int pronoun) {
    Optional<Integer> verb = index.parents(pronoun).stream().filter(d -> d.relation().equals("nsubj") && d.governor() >= 0).map(Dependency::governor).findFirst();
    return verb.filter(v -> index.token(pronoun).sentence() > 0 && opensItsSentence(pronoun, v));
  }

  /**
   * The subjects of the main clauses of the sentence before the pronoun's, with those of a closing
   * teller's clause when asked; none after a quotation: '"The Hong Kong government has taken steps
   * …" It said' is whoever was quoted.
   */
  private List<Integer> mainSubjectsBefore(int pronoun, boolean withTellers) {
    var before = index.text().sentences().get(index.token(pronoun).sentence() - 1);
    if (index.token(before.firstToken()).tag().equals("``")) {
      return List.of();
    }
    List<Integer> subjects = new ArrayList<>();
    for (int root : before.dependencies().stream().filter(d -> d.governor() < 0).map(Dependency::dependent).toList()) {
      subjects.addAll(index.children(root, Set.of("nsubj")));
      if (withTellers) {
        index.children(root, Set.of("parataxis")).forEach(teller -> subjects.addAll(index.children(teller, Set.of("nsubj"))));
      }
    }
    return subjects;
  }

  /**
   * Whether the pronoun is the first word of its sentence, or comes only after words that say
   * when or how its verb acted ("On Monday it accused Chad").
   */
  private boolean opensItsSentence(int pronoun, int verb) {
    int first = index.text().sentences().get(index.token(pronoun).sentence()).firstToken();
    if (first == pronoun) {
      return true;
    }
    Set<Integer> opening = new java.util.HashSet<>();
    index.children(verb, Set.of("obl", "advmod", "punct")).forEach(child -> opening.addAll(index.subtree(child, Set.of())));
    index.children(verb).stream().filter(d -> d.relation().startsWith("obl:")).forEach(d -> opening.addAll(index.subtree(d.dependent(), Set.of())));
    for (int t = first; t < pronoun; t++) {
      if (!opening.contains(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Verbs of what the law does to people held, which no teller says is done to itself:
   * "prosecutors said they would be charged" is about those held, not the prosecutors.
   */
  private static final Set<String> LEGAL_PROCESS_VERBS = Set.of("charge", "try", "prosecute", "sentence", "deport", "extradite", "indict", "jail",
      "release", "free", "repatriate", "question", "interrogate", "arraign");

  /** Whether the pronoun is the passive subject of a verb of legal process: "they would be charged". */
  private boolean undergoesLegalProcess(int pronoun) {
    return index.parents(pronoun).stream()
        .anyMatch(d -> d.relation().equals("nsubj:pass") && d.governor() >= 0 && LEGAL_PROCESS_VERBS.contains(index.lemma(d.governor())));
  }

  /**
   * Roles in which a plural noun is what a later "them" may mean: subjects, objects and the agents
   * of passives ("wounded by bullets fired by soldiers after protesters began pelting them").
   */
  private static final Set<String> CORE_ROLES = Set.of("nsubj", "nsubj:pass", "obj", "obl:agent", "obl:by");

  /**
   * "Hundreds of Hezbollah supporters blocked the road, and the army fired tear gas to disperse
   * them": "them", and a passive's "they", is the nearest plural noun before it, in its sentence or
   * the one before, that is a subject, an object or a passive's agent, outside the subject of the
   * pronoun's own clause ("one of the diplomats had met them" is not the diplomats). When that
   * noun names no one ("These accusations are fanciful, and we reject them"), neither does
   * "them". Empty when a pair named together ("Putin and Xi") comes nearer, or no such noun is
   * found: the last pair answers then.
   */
  private Optional<List<ActorMention>> pluralPhraseBefore(int pronoun) {
    Set<Integer> ownSubjects = new java.util.HashSet<>();
    for (Dependency object : index.parents(pronoun)) {
      // "fired tear gas to disperse them": a clause with no subject of its own has its governor's.
      int verb = object.governor();
      // A random or odd parse may hang clauses in a ring: each clause is climbed once.
      Set<Integer> climbed = new java.util.HashSet<>();
      while (verb >= 0 && climbed.add(verb)) {
        List<Integer> subjects = index.children(verb, Set.of("nsubj", "nsubj:pass", "nsubj:xsubj"));
        subjects.forEach(subject -> ownSubjects.addAll(index.subtree(subject, Set.of())));
        int clause = verb;
        // A controlled clause's subject is its governor's too, whatever the parser made its
        // controller ("fired tear gas to disperse them", with the gas as "disperse"'s subject).
        boolean ownSubject = !index.children(clause, Set.of("nsubj", "nsubj:pass")).isEmpty();
        verb = ownSubject ? -1 : index.parents(clause).stream().filter(d -> Set.of("xcomp", "advcl").contains(d.baseRelation()))
            .mapToInt(Dependency::governor).findFirst().orElse(-1);
      }
    }
    boolean actsAsSubject = index.parents(pronoun).stream().anyMatch(d -> d.relation().equals("nsubj"));
    Set<Integer> pair = new java.util.HashSet<>();
    history.lastGroup().ifPresent(group -> group.forEach(m -> pair.add(m.span().start())));
    int sentence = index.token(pronoun).sentence();
    int first = index.text().sentences().get(Math.max(0, sentence - 1)).firstToken();
    for (int t = pronoun - 1; t >= first; t--) {
      var token = index.token(t);
      if (pair.contains(token.span().start())) {
        return Optional.empty();
      }
      // "Thailand deported the five on a flight to Tokyo, where police arrested them": a number
      // alone names people as a plural noun does.
      boolean plural = token.tag().equals("NNS") || token.tag().equals("NNPS") || NounPhrases.isNumberAlone(index, t);
      // Not who tells it: "Hundreds of residents protested …, witnesses said. Police detained
      // several of them" detained residents; but people of no state body who tell what befell
      // "them" in the clause they say are those it befell: "the workers told reporters that
      // police had beaten them" (not "officials said they had given them food", nor "prosecutors
      // said they would be charged"). Nor whom it is told to, the reporters.
      // ("Several of the workers told …": the part stands in the clause for the whole.)
      int part = partHolding(t);
      if (!plural || ownSubjects.contains(t) || index.parents(part).stream().noneMatch(d -> CORE_ROLES.contains(d.relation()))
          || (roles.isSubjectOfSpeech(part) && !(saysTheClauseOf(part, pronoun) && !isStateBody(t))) || roles.isAudienceOfSpeech(part)) {
        continue;
      }
      List<ActorMention> found = heads.resolve(t);
      // "marched … to demand pensions …, and 12 of them began a hunger strike": "them" that acts
      // is people, not the things named between.
      if (found.isEmpty() && actsAsSubject) {
        continue;
      }
      return found.stream().anyMatch(m -> m.actor().kind() == ActorKind.PERSON) ? Optional.empty() : Optional.of(found);
    }
    return Optional.empty();
  }

  /** Tags of a word for a part of a group: "several", "two", "some". */
  private static final Set<String> PART_TAGS = Set.of("JJ", "CD", "DT");

  /** The word of a part that holds the noun by "of" before it ("several of the workers"), else the noun itself. */
  private int partHolding(int noun) {
    return index.head(noun).filter(d -> d.relation().equals("nmod:of") && d.governor() >= 0 && d.governor() < noun
        && PART_TAGS.contains(index.token(d.governor()).tag())).map(Dependency::governor).orElse(noun);
  }

  /** Whether the noun names a body of a state: officials, police, prosecutors. */
  private boolean isStateBody(int noun) {
    return heads.resolve(noun).stream().anyMatch(m -> m.actor().sector().filter(ActorResolver.STATE_SECTORS::contains).isPresent());
  }

  /** Whether the speaker is the subject of the verb of saying that reports the clause the object "them" stands in. */
  private boolean saysTheClauseOf(int speaker, int pronoun) {
    if (!index.token(pronoun).text().equalsIgnoreCase("them")) {
      return false;
    }
    Set<Integer> saying = index.parents(speaker).stream().filter(d -> d.relation().equals("nsubj")).map(Dependency::governor).collect(java.util.stream.Collectors.toSet());
    int clause = index.head(pronoun).map(Dependency::governor).orElse(-1);
    for (int steps = 0; steps < 3 && clause >= 0; steps++) {
      Optional<Integer> reporting = index.parents(clause).stream().filter(d -> d.relation().equals("ccomp") || d.relation().equals("parataxis"))
          .map(Dependency::governor).findFirst();
      if (reporting.isEmpty()) {
        return false;
      }
      if (saying.contains(reporting.get())) {
        return true;
      }
      clause = reporting.get();
    }
    return false;
  }

  /** The actor codes of the subject of the clause a pronoun is the object of. */
  private Set<String> ownSubjectCodes(int pronoun) {
    Set<String> codes = new java.util.HashSet<>();
    for (Dependency object : index.parents(pronoun)) {
      if (object.governor() >= 0 && (object.relation().equals("obj") || object.relation().equals("iobj"))) {
        for (int subject : index.children(object.governor(), Set.of("nsubj"))) {
          heads.resolve(subject).forEach(m -> codes.add(m.actor().code()));
        }
        // "killed two Nigerien soldiers escorting them": a participle's subject is its noun.
        index.head(object.governor()).filter(d -> d.relation().equals("acl") && d.governor() >= 0)
            .ifPresent(d -> heads.resolve(d.governor()).forEach(m -> codes.add(m.actor().code())));
      }
    }
    return codes;
  }

  /** Whether the verb's object names the mention's actor. */
  private boolean actsOn(int verb, ActorMention mention) {
    // (Not what the doer's own pronoun owns: "It recalled its ambassador" acts on no other side.)
    return index.children(verb, Set.of("obj")).stream().filter(o -> !ownedByPronoun(o))
        .anyMatch(o -> heads.resolve(o).stream().anyMatch(a -> a.actor().code().equals(mention.actor().code())));
  }

  /** Whether a possessive pronoun owns the noun: "its ambassador", "their troops". */
  private boolean ownedByPronoun(int noun) {
    return index.children(noun, Set.of("nmod:poss")).stream().anyMatch(p -> index.token(p).tag().equals("PRP$"));
  }

  /** Where a verb names what it acts on: its object, or what it is aimed at ("fired on", "shot at"). */
  private static final Set<String> AIMED_AT = Set.of("obj", "obl:on", "obl:at", "obl:upon");

  private List<ActorMention> objectOfJoinedVerb(int pronoun) {
    for (Dependency object : index.parents(pronoun)) {
      if (!(object.relation().equals("obj") || object.relation().equals("iobj")) || object.governor() < 0) {
        continue;
      }
      // "ordered three Russian diplomats to leave, accusing them of spying": a participle's
      // object is the object of the verb it hangs on, as a joined verb's is.
      boolean participle = index.token(object.governor()).tag().equals("VBG");
      for (Dependency joined : index.parents(object.governor())) {
        boolean hung = joined.relation().startsWith("conj") || (participle && (joined.relation().equals("advcl") || joined.relation().equals("dep")));
        if (hung && joined.governor() >= 0 && joined.governor() < pronoun) {
          // "fired on an Italian trawler and seized it": what a verb of aiming was aimed at too.
          for (int earlier : index.children(joined.governor(), AIMED_AT)) {
            List<ActorMention> found = heads.resolve(earlier);
            if (!found.isEmpty()) {
              return found;
            }
            // "revoked the visas of Guyana's health minister and two officials, accusing them":
            // an object that names no one stands for the people it belongs to.
            List<ActorMention> owners = new ArrayList<>();
            index.children(earlier, Set.of("nmod:of")).forEach(owner -> owners.addAll(heads.resolve(owner)));
            if (!owners.isEmpty()) {
              return owners;
            }
          }
        }
      }
    }
    return List.of();
  }

  /**
   * "Malaysia froze the recruitment of new Bangladeshi workers after its police raided two
   * agencies": the owner of the subject of an adverbial clause is the state or organisation that
   * is the subject of the clause it hangs on, not the last thing named before it.
   */
  private Optional<ActorMention> subjectGoverningAdverbialClause(int pronoun) {
    for (Dependency owned : index.parents(pronoun)) {
      if (!owned.relation().equals("nmod:poss") || owned.governor() < 0) {
        continue;
      }
      for (Dependency subject : index.parents(owned.governor())) {
        // "Tunisia closed the crossing after militiamen fired on its customs officers": so too
        // an object or oblique of the clause, when the clause's own subject is plural and so no
        // "it".
        boolean argument = (subject.relation().equals("obj") || subject.relation().startsWith("obl:")) && subject.governor() >= 0
            && !index.children(subject.governor(), Set.of("nsubj")).isEmpty()
            && index.children(subject.governor(), Set.of("nsubj")).stream().allMatch(s -> index.token(s).tag().equals("NNS") || index.token(s).tag().equals("NNPS"));
        if (!(subject.relation().equals("nsubj") || subject.relation().equals("nsubj:pass") || argument) || subject.governor() < 0) {
          continue;
        }
        for (Dependency clause : index.parents(subject.governor())) {
          if (!clause.baseRelation().equals("advcl") || clause.governor() < 0) {
            continue;
          }
          for (int governingSubject : index.children(clause.governor(), Set.of("nsubj"))) {
            List<ActorMention> found = heads.resolve(governingSubject);
            if (found.size() == 1 && found.get(0).actor().kind() != ActorKind.PERSON) {
              return Optional.of(found.get(0));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "South Africa has suspended flights by a Nigerian airline, its civil aviation authority said":
   * the owner of the teller in an attribution that closes a clause ({@code parataxis(suspended,
   * said)}) is the state or organisation that clause is about, its subject, not the nearest one.
   */
  private Optional<ActorMention> subjectOfClosedClause(int pronoun) {
    for (Dependency owned : index.parents(pronoun)) {
      if (!owned.relation().equals("nmod:poss") || owned.governor() < 0) {
        continue;
      }
      for (Dependency teller : index.parents(owned.governor())) {
        int saying = teller.governor();
        if (!teller.relation().equals("nsubj") || saying < 0 || !SAYING_VERBS.contains(index.lemma(saying).toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        Optional<ActorMention> closed = subjectOfClauseClosedBy(saying, pronoun, Set.of("parataxis"));
        // "New Zealand imposed travel bans … on 12 Iranian officials it holds responsible for
        // the execution of political prisoners, its foreign minister said", with "said" hung on
        // the relative clause ({@code ccomp(holds, said)}): right after a comma, the attribution
        // still closes the sentence, and its owner is the subject of the clauses it hangs under.
        if (closed.isEmpty() && pronoun > 0 && index.token(pronoun - 1).text().equals(",")) {
          closed = subjectOfClauseClosedBy(saying, pronoun, Set.of("parataxis", "ccomp"));
        }
        if (closed.isPresent()) {
          return closed;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The one state or organisation that is the subject of a clause the saying hangs under by one
   * of the relations, nearest first and going up, named before the pronoun (not by a pronoun).
   */
  private Optional<ActorMention> subjectOfClauseClosedBy(int saying, int pronoun, Set<String> relations) {
    for (Dependency closing : index.parents(saying)) {
      if (!relations.contains(closing.relation()) || closing.governor() < 0 || closing.governor() > pronoun) {
        continue;
      }
      for (int subject : index.children(closing.governor(), Set.of("nsubj", "nsubj:pass"))) {
        List<ActorMention> found = subject < pronoun && (relations.size() == 1 || !index.token(subject).tag().startsWith("PRP")) ? heads.resolve(subject) : List.of();
        if (found.size() == 1 && found.get(0).actor().kind() != ActorKind.PERSON) {
          return Optional.of(found.get(0));
        }
      }
      if (relations.size() > 1) {
        Optional<ActorMention> higher = subjectOfClauseClosedBy(closing.governor(), pronoun, relations);
        if (higher.isPresent()) {
          return higher;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ActorMention> reporterOfClause(int pronoun) {
    for (Dependency subject : index.parents(pronoun)) {
      if (!subject.relation().equals("nsubj")) {
        continue;
      }
      for (Dependency clause : index.parents(subject.governor())) {
        if (!clause.relation().equals("ccomp") || clause.governor() < 0) {
          continue;
        }
        // "The government accused Kenya of … and said it would file a complaint": a saying
        // joined to an earlier verb, with no subject of its own, has that verb's.
        int saying = clause.governor();
        List<Integer> reporters = index.children(saying, Set.of("nsubj"));
        if (reporters.isEmpty()) {
          reporters = index.parents(saying).stream().filter(d -> d.relation().startsWith("conj") && d.governor() >= 0 && d.governor() < saying)
              .findFirst().map(d -> index.children(d.governor(), Set.of("nsubj"))).orElse(List.of());
        }
        // "…, India's embassy in Kuwait said, adding that it had asked for consular access": a
        // participle of saying hung on a saying has its subject.
        if (reporters.isEmpty() && index.token(saying).tag().equals("VBG")) {
          reporters = index.parents(saying).stream().filter(d -> PARTICIPLE_OF_SAYING.contains(d.relation()) && d.governor() >= 0 && d.governor() < saying
              && SAYING_VERBS.contains(index.lemma(d.governor()).toLowerCase(java.util.Locale.ROOT)))
              .findFirst().map(d -> index.children(d.governor(), Set.of("nsubj"))).orElse(List.of());
        }
        for (int reporter : reporters) {
          List<ActorMention> found = heads.resolve(reporter);
          if (found.size() == 1 && found.get(0).actor().kind() != ActorKind.PERSON) {
            return Optional.of(found.get(0));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** How a participle of saying hangs on the saying before it: "said, adding that …". */
  private static final Set<String> PARTICIPLE_OF_SAYING = Set.of("dep", "advcl", "xcomp", "parataxis");

  /** Verbs that tell what their clause says: "said its fighters would stop any convoy". */
  private static final Set<String> SAYING_VERBS = Set.of("say", "tell", "announce", "state", "add", "warn", "declare", "insist", "claim", "confirm", "threaten", "promise", "pledge", "vow");

  /** Whether the word is the subject of a clause a verb of saying tells ("said [its fighters would …]"). */
  /** Nouns for the people of a country: "its citizens", "their compatriots". */
  private static final Set<String> CITIZEN_NOUNS = Set.of("citizen", "national", "compatriot", "countryman");

  /**
   * The one state or group with a country that reports the clause whose verb acts on the
   * pronoun's citizens, its object or the "of" noun of its object ("detained dozens of their
   * compatriots"); not "its own citizens".
   */
  private Optional<ActorMention> reporterOfCitizensActedOn(int pronoun) {
    Optional<Integer> citizens = index.head(pronoun).filter(d -> d.relation().equals("nmod:poss")).map(Dependency::governor)
        .filter(g -> CITIZEN_NOUNS.contains(index.lemma(g).toLowerCase(java.util.Locale.ROOT)))
        .filter(g -> index.children(g, Set.of("amod")).stream().noneMatch(a -> index.lemma(a).equalsIgnoreCase("own")));
    if (citizens.isEmpty()) {
      return Optional.empty();
    }
    Optional<Dependency> role = index.head(citizens.get());
    if (role.filter(d -> d.relation().equals("nmod:of")).isPresent()) {
      role = index.head(role.get().governor());
    }
    Optional<Integer> verb = role.filter(d -> d.relation().equals("obj") && d.governor() >= 0).map(Dependency::governor);
    // Said, or told in a "that" clause of complaint or protest ("complained that police had ...").
    Optional<Integer> saying = verb.flatMap(v -> index.parents(v).stream().filter(d -> d.relation().equals("ccomp") && d.governor() >= 0
            && (roles.isSpeechVerb(d.governor()) || index.children(v, Set.of("mark", "dep")).stream().anyMatch(m -> m < v && index.lemma(m).equalsIgnoreCase("that"))))
        .map(Dependency::governor).findFirst());
    if (saying.isEmpty()) {
      return Optional.empty();
    }
    List<ActorMention> reporters = index.children(saying.get(), Set.of("nsubj")).stream().flatMap(r -> heads.resolve(r).stream()).toList();
    return reporters.size() == 1 && reporters.get(0).actor().kind() != ActorKind.PERSON && reporters.get(0).actor().country().isPresent()
        ? Optional.of(reporters.get(0)) : Optional.empty();
  }

  private boolean saidClause(int subject) {
    return index.parents(subject).stream().filter(d -> d.relation().equals("nsubj") && d.governor() >= 0)
        .flatMap(d -> index.parents(d.governor()).stream()).anyMatch(c -> c.relation().equals("ccomp") && c.governor() >= 0
            && SAYING_VERBS.contains(index.lemma(c.governor()).toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The one state or organisation that is the subject of the verb joined to by the verb whose
   * subject the word is: the pronoun itself ("The WFP said it had delivered aid, but it warned"),
   * or what "its" stands on ("Bangladesh's welfare ministry said it had asked Kuwait to act, and its
   * ambassador met Kuwait's deputy foreign minister": the ministry, not the state named last).
   */
  private Optional<ActorMention> subjectOfJoinedVerb(int pronoun) {
    for (Dependency subject : index.parents(pronoun)) {
      if (!subject.relation().equals("nsubj")) {
        continue;
      }
      for (Dependency joined : index.parents(subject.governor())) {
        if (!joined.relation().startsWith("conj") || joined.governor() < 0 || joined.governor() > pronoun) {
          continue;
        }
        Optional<ActorMention> joinedSubject = singularThingSubject(joined.governor(), pronoun);
        if (joinedSubject.isPresent()) {
          return joinedSubject;
        }
        // "The ministry turned down the request, saying the men were Nigerian citizens …, but it
        // offered to let investigators question them": "it" is no plural noun ("the men"); a
        // verb joined to a clause that hangs on another verb hangs there too (the parser's
        // enhanced "advcl"), and that verb's subject is the one meant.
        boolean pluralSubject = index.children(joined.governor(), Set.of("nsubj")).stream().anyMatch(e -> index.token(e).tag().equals("NNS"));
        for (Dependency around : pluralSubject ? index.parents(subject.governor()) : List.<Dependency>of()) {
          Optional<ActorMention> aroundSubject = around.relation().startsWith("advcl") && around.governor() >= 0 && around.governor() < pronoun
              ? singularThingSubject(around.governor(), pronoun) : Optional.empty();
          if (aroundSubject.isPresent()) {
            return aroundSubject;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The one state or organisation, named before the pronoun by no plural noun, that is the verb's subject. */
  private Optional<ActorMention> singularThingSubject(int verb, int pronoun) {
    for (int earlier : index.children(verb, Set.of("nsubj"))) {
      List<ActorMention> found = earlier < pronoun && !index.token(earlier).tag().equals("NNS") ? heads.resolve(earlier) : List.of();
      if (found.size() == 1 && found.get(0).actor().kind() != ActorKind.PERSON) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  /** Participles a court or an authority orders people kept in: "ordered them held". */
  private static final Set<String> KEPT = Set.of("hold", "detain", "jail", "remand", "keep", "imprison");

  /** Whether the pronoun is the object of an order whose complement keeps it: "ordered them held in custody". */
  private boolean isOrderedHeld(int pronoun) {
    // (Or the participle's own subject, the participle hung on the order: nsubj:pass(held, them),
    // dep(ordered, held).)
    return index.parents(pronoun).stream().anyMatch(d -> d.governor() >= 0 && ((d.relation().equals("obj")
        && index.children(d.governor(), Set.of("xcomp")).stream().anyMatch(this::isKeptParticiple))
        || (d.relation().startsWith("nsubj") && isKeptParticiple(d.governor())
            && index.head(d.governor()).filter(h -> h.governor() >= 0 && ORDERING.contains(index.lemma(h.governor()))).isPresent())));
  }

  private boolean isKeptParticiple(int verb) {
    return index.token(verb).tag().equals("VBN") && KEPT.contains(index.lemma(verb));
  }

  /** Verbs of ordering people kept. */
  private static final Set<String> ORDERING = Set.of("order", "rule", "decide");

  /** The people, of a country, that the last verb of taking or keeping people before the token befell. */
  private List<ActorMention> heldBefore(int token) {
    for (int verb = token - 1; verb >= 0; verb--) {
      // (The verbs by which NounAnaphora finds "the two" held again.)
      if (!index.token(verb).isVerb() || !NounAnaphora.HOLDING_VERBS.contains(index.lemma(verb).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      return index.children(verb, Set.of("obj", "nsubj:pass")).stream().flatMap(people -> heads.resolve(people).stream())
          .filter(m -> m.actor().country().isPresent() && m.actor().kind() != ActorKind.PERSON).toList();
    }
    return List.of();
  }

  /**
   * "Washington imposed sanctions on two ministers it accused of fraud": the subject of a relative
   * clause is the one state or organisation that is the subject of the clause the described noun
   * stands in.
   */
  private Optional<ActorMention> subjectAroundRelative(int pronoun) {
    return oneThing(subjectsAroundRelative(pronoun));
  }

  /** The one mention found, when it names a state, organisation or group rather than a person. */
  private static Optional<ActorMention> oneThing(List<ActorMention> found) {
    return found.size() == 1 && found.get(0).actor().kind() != ActorKind.PERSON ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * "Mali and Guinea, whose citizens were also expelled": "whose" is the state or organisation the
   * relative clause describes, with the states joined to it. A person's "whose" is left to the
   * phrase it owns ("Nigel Farage, whose Reform UK party"), which knows the person.
   */
  List<ActorMention> ownerOfWhose(Token whose) {
    int token = whose.index();
    for (int step = 0; step < 3; step++) {
      Optional<Dependency> up = index.head(token).filter(d -> d.governor() >= 0);
      if (up.isEmpty()) {
        return List.of();
      }
      if (up.get().relation().equals("acl:relcl")) {
        int described = up.get().governor();
        List<Integer> joined = new ArrayList<>(List.of(described));
        joined.addAll(index.children(described, Set.of("conj:and")));
        return joined.stream().flatMap(n -> heads.resolve(n).stream()).filter(m -> m.actor().kind() != ActorKind.PERSON)
            .map(m -> new ActorMention(whose.span(), whose.text(), m.actor())).distinct().toList();
      }
      token = up.get().governor();
    }
    return List.of();
  }

  /** The actors of the subject of the clause around the relative clause whose subject the pronoun is. */
  private List<ActorMention> subjectsAroundRelative(int pronoun) {
    for (Dependency subject : index.parents(pronoun)) {
      if (!subject.relation().equals("nsubj")) {
        continue;
      }
      for (Dependency relative : index.parents(subject.governor())) {
        if (!relative.relation().equals("acl:relcl") || relative.governor() < 0) {
          continue;
        }
        // Not the relative clause's own verb, which the enhanced parse also makes a head of the
        // noun it describes ("companies that it accused" is the object of "accused").
        int ownVerb = subject.governor();
        List<Integer> verbs = index.parents(relative.governor()).stream().map(Dependency::governor)
            .filter(g -> g >= 0 && g != ownVerb && index.token(g).isVerb()).distinct().toList();
        for (int verb : verbs) {
          for (int earlier : index.children(verb, Set.of("nsubj"))) {
            // Not the described noun itself: "the company that it …" is not its own subject.
            List<ActorMention> found = earlier < pronoun && earlier != relative.governor() ? heads.resolve(earlier) : List.of();
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
    }
    return List.of();
  }

  /** The actors who say the clause a subject pronoun stands in: "Syria says [it is willing]". */
  private List<ActorMention> reporterOf(int pronoun) {
    return speakersOf(pronoun, true);
  }

  /**
   * The actors who say the clause a subject pronoun stands in; with {@code before}, only a
   * speaker named before the pronoun ("they" does not look ahead to its speaker).
   */
  private List<ActorMention> speakersOf(int pronoun, boolean before) {
    Optional<Dependency> subjectOf = index.parents(pronoun).stream().filter(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")).findFirst();
    if (subjectOf.isEmpty()) {
      return List.of();
    }
    int clause = subjectOf.get().governor();
    for (int steps = 0; steps < 3 && clause >= 0; steps++) {
      Optional<Dependency> parent = index.parents(clause).stream()
          .filter(d -> d.relation().equals("ccomp") || d.relation().equals("xcomp") || d.relation().equals("parataxis")).findFirst();
      if (parent.isEmpty()) {
        return List.of();
      }
      int governor = parent.get().governor();
      if (governor >= 0 && roles.isSpeechVerb(governor)) {
        List<ActorMention> speakers = new ArrayList<>();
        for (Dependency d : index.children(governor)) {
          if (d.relation().equals("nsubj") && d.dependent() != pronoun && (!before || d.dependent() < pronoun)) {
            speakers.addAll(heads.resolve(d.dependent()));
          }
        }
        return speakers;
      }
      clause = governor;
    }
    return List.of();
  }

  /** Verbs of asking someone to act, whose object is the one asked. */
  private static final Set<String> ASKING = Set.of("ask", "urge", "request", "press", "petition", "invite", "implore", "beg");

  /** Whether the word is the object of a verb of asking: "asking it to order". */
  private boolean addressedByAsking(int word) {
    return index.head(word).filter(d -> d.relation().equals("obj") && d.governor() >= 0
        && ASKING.contains(index.lemma(d.governor()).toLowerCase(java.util.Locale.ROOT))).isPresent();
  }

  /**
   * The state body or organisation named last before the token in its sentence, by the end of its
   * words (the whole "Colombo's Court of Appeal", not the city that owns it), not the subject of
   * the verb the token is the object of.
   */
  private Optional<ActorMention> lastBodyBefore(dev.annals.model.Token token) {
    java.util.function.Predicate<ActorMention> before = MentionHistory.inSentenceBefore(index, token);
    Set<Integer> askers = new java.util.HashSet<>();
    index.head(token.index()).ifPresent(d -> askers.addAll(index.children(d.governor(), Set.of("nsubj"))));
    return history.things().stream().filter(before)
        .filter(m -> m.actor().kind() == ActorKind.ORGANISATION || (m.actor().kind() == ActorKind.STATE && m.actor().sector().isPresent()))
        .filter(m -> index.lastTokenIn(m.span()).map(last -> !askers.contains(last)).orElse(true))
        .max(java.util.Comparator.comparingInt((ActorMention m) -> m.span().end()).thenComparingInt(m -> m.span().end() - m.span().start()));
  }
}
