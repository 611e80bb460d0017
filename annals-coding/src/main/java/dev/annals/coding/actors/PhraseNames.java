package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names and titles inside one noun phrase: the run of words that names a person, the
 * longest run that names a country, region or organisation, and the sector a title names
 * ("foreign minister").
 */
final class PhraseNames {
  private final DependencyIndex index;
  private final ActorDictionary dictionary;
  private final LocalDate when;
  private final ArticlePeople people;

  PhraseNames(DependencyIndex index, ActorDictionary dictionary, LocalDate when, ArticlePeople people) {
    this.index = index;
    this.dictionary = dictionary;
    this.when = when;
    this.people = people;
  }

  /** The first and last token of the last run of adjacent words that name a person, if any. */
  Optional<int[]> personRun(List<Integer> phrase) {
    int first = -1;
    int last = -1;
    for (int t : phrase) {
      Token token = index.token(t);
      // "Beate Meinl-Reisinger": the hyphen CoreNLP splits from a double surname is part of the name.
      boolean hyphenInName = token.tag().equals("HYPH") && last == t - 1 && phrase.contains(t + 1) && index.token(t + 1).entity().equals("PERSON");
      // "in Dar es Salaam": a known surname ("Dar") that the tagger puts in a place's name of
      // several words is the place's word.
      boolean inPlaceName = token.entity().equals("LOCATION") && (phrase.contains(t - 1) && index.token(t - 1).entity().equals("LOCATION")
          || phrase.contains(t + 1) && index.token(t + 1).entity().equals("LOCATION"));
      boolean nameLike = token.entity().equals("PERSON") || hyphenInName || (token.isProperNoun() && people.isKnownPersonName(token.text()) && !inPlaceName);
      // "Therese Kayikwamba Wagner": a word that names an organisation alone ("Wagner") is a
      // surname when it goes on a person's name the tagger calls one.
      boolean surnameOfRun = last >= 0 && t == last + 1 && token.entity().equals("PERSON")
          && dictionary.match(token.text(), when).map(m -> m.how() == NameMatch.How.ORGANISATION).orElse(false);
      // "President Duma Boko": a word that names a body alone ("Duma") is a given name when the
      // tagger calls it and the unknown word after it a person.
      boolean givenNameOfRun = token.entity().equals("PERSON") && phrase.contains(t + 1) && index.token(t + 1).entity().equals("PERSON")
          && dictionary.match(index.token(t + 1).text(), when).isEmpty()
          && dictionary.match(token.text(), when).map(m -> m.how() == NameMatch.How.ORGANISATION || m.how() == NameMatch.How.INSTITUTION).orElse(false);
      // "Prime Minister Luis Montenegro": a word that names a country alone is a surname when
      // the run with it names a person the dictionary knows.
      boolean knownSurname = last >= 0 && t == last + 1 && token.entity().equals("PERSON") && isKnownPerson(first, t);
      boolean learnedSurname = isLoneLearnedSurname(phrase, t);
      if (nameLike && !token.isPronoun() && (surnameOfRun || givenNameOfRun || knownSurname || learnedSurname || dictionary.match(token.text(), when).isEmpty())) {
        if (first < 0) {
          first = t;
        }
        if (last >= 0 && t != last + 1) {
          first = t;
        }
        last = t;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    // "Taoiseach Micheal Martin": a title the tagger took into the name is no part of it, when
    // the rest names a person the dictionary knows and the whole does not ("Amir Khan Muttaqi",
    // "Duma Boko" keep their first names).
    if (first < last && dictionary.sector(index.token(first).lemma()).isPresent() && !isKnownPerson(first, last) && isKnownPerson(first + 1, last)) {
      first++;
    }
    // The tagger calls some organisations people ("Boko Haram"); the dictionary knows better.
    Optional<NameMatch> named = dictionary.match(index.textOf(first, last), when);
    if (named.isPresent() && named.get().how() != NameMatch.How.PERSON && !(first == last && isLoneLearnedSurname(phrase, first))) {
      return Optional.empty();
    }
    if (insideLongerName(phrase, first, last)) {
      return Optional.empty();
    }
    return Optional.of(new int[] {first, last});
  }

  /**
   * "Montenegro thanked ..." after "Prime Minister Luis Montenegro": a proper noun that alone
   * makes the phrase's name and is the surname of a person the article named in full.
   */
  private boolean isLoneLearnedSurname(List<Integer> phrase, int t) {
    Token token = index.token(t);
    if (!token.isProperNoun() || people.surname(token.text()).isEmpty()) {
      return false;
    }
    return phrase.stream().filter(other -> other != t).noneMatch(other -> index.token(other).isProperNoun());
  }

  private boolean isKnownPerson(int first, int last) {
    return !dictionary.people(index.textOf(first, last), when).isEmpty();
  }

  /**
   * Whether the run of name words is part of a longer organisation's, party's, institution's,
   * country's or region's name in the phrase: the tagger calls "Awami" in "the Awami League",
   * "Shin" in "the Shin Bet" and "Leste" in "Timor-Leste" a person.
   */
  private boolean insideLongerName(List<Integer> phrase, int first, int last) {
    int at = phrase.indexOf(first);
    int end = phrase.indexOf(last);
    int longest = Math.min(dictionary.longestNameWords(), LONGEST_NAME_SEARCHED);
    for (int start = Math.max(0, end - longest + 1); start <= at; start++) {
      for (int stop = end; stop < phrase.size() && stop - start < longest; stop++) {
        if ((start == at && stop == end) || phrase.get(stop) - phrase.get(start) != stop - start) {
          continue;
        }
        NameMatch.How how = dictionary.match(index.textOf(phrase.get(start), phrase.get(stop)), when).map(NameMatch::how).orElse(NameMatch.How.PERSON);
        if (how == NameMatch.How.ORGANISATION || how == NameMatch.How.PARTY || how == NameMatch.How.INSTITUTION || how == NameMatch.How.COUNTRY_NAME
            || how == NameMatch.How.REGION) {
          return true;
        }
      }
    }
    return false;
  }

  /** A bound on the words searched for one name: a name longer than this is written by its short form. */
  private static final int LONGEST_NAME_SEARCHED = 10;

  /**
   * The longest run of phrase words that names a country, region or organisation, among the runs
   * that hold the phrase's head when the head is a name itself: "the West African bloc ECOWAS" is
   * ECOWAS, though "West African" is the longer name. Only an organisation or a state's named
   * institution so named ("Russia's FSB" is the FSB, "the Israeli Knesset" the Knesset): "Bosnian
   * Serbs" stay Bosnia's.
   */
  Optional<NameInPhrase> namedActor(List<Integer> phrase, Optional<int[]> personRun, int head) {
    int at = phrase.indexOf(head);
    // "Several hundred Haitian-Canadians rallied": a people's name joined by a hyphen to the
    // people it ends with names citizens of the last, of the first's descent.
    boolean hyphenatedPeople = at > 0 && index.token(head - 1).tag().equals("HYPH") && index.token(head).tag().startsWith("NNP")
        && phrase.contains(head - 1);
    Optional<NameInPhrase> citizens = hyphenatedPeople ? dictionary.match(index.token(head).text(), when)
        .filter(m -> m.how() == NameMatch.How.COUNTRY_ADJECTIVE).map(m -> new NameInPhrase(m, at, at)) : Optional.empty();
    if (citizens.isPresent()) {
      return citizens;
    }
    Optional<NameInPhrase> longest = namedActor(phrase, personRun);
    boolean headInLongest = longest.map(n -> n.first() <= at && at <= n.last()).orElse(false);
    if (index.token(head).tag().equals("NNP") && at >= 0 && !headInLongest) {
      for (int start = 0; start <= at; start++) {
        int first = start;
        Optional<NameInPhrase> run = namedActor(phrase.subList(first, at + 1), personRun).filter(n -> n.last() == at - first)
            .filter(n -> n.match().how() == NameMatch.How.ORGANISATION || n.match().how() == NameMatch.How.INSTITUTION)
            .map(n -> new NameInPhrase(n.match(), n.first() + first, n.last() + first))
            .filter(n -> n.match().how() != NameMatch.How.ORGANISATION || n.last() == n.first() || !nameRunsOnInto(phrase, n.first()));
        if (run.isPresent()) {
          return run;
        }
      }
    }
    return longest;
  }

  /** The longest run of phrase words that names a country, region or organisation. */
  Optional<NameInPhrase> namedActor(List<Integer> phrase, Optional<int[]> personRun) {
    for (int length = Math.min(phrase.size(), Math.min(dictionary.longestNameWords(), LONGEST_NAME_SEARCHED)); length >= 1; length--) {
      for (int i = 0; i + length <= phrase.size(); i++) {
        int first = phrase.get(i);
        int last = phrase.get(i + length - 1);
        if (last - first != length - 1) {
          continue;
        }
        if (personRun.isPresent() && first <= personRun.get()[1] && last >= personRun.get()[0]) {
          continue;
        }
        Token firstToken = index.token(first);
        if (length == 1 && !(firstToken.isProperNoun() || firstToken.tag().startsWith("JJ") || firstToken.isNoun() || firstToken.tag().equals("NNPS"))) {
          continue;
        }
        Optional<NameMatch> match = dictionary.match(index.textOf(first, last), when);
        if (match.isPresent() && match.get().how() != NameMatch.How.PERSON) {
          if (length == 1 && !firstToken.isProperNoun() && !firstToken.tag().startsWith("JJ") && !Character.isUpperCase(firstToken.text().charAt(0))) {
            continue;
          }
          if ((match.get().how() == NameMatch.How.ORGANISATION || match.get().how() == NameMatch.How.PARTY) && length > 1 && nameRunsOnInto(phrase, i)) {
            // "the West Papua National Liberation Army", "the Karen National Liberation Army":
            // a place's name that runs on into an organisation's makes the name of another
            // body, not Colombia's ELN, nor the West its first word names; so does an unknown
            // name word of the same body before a party's name ("the Civil Democratic Movement"
            // is Egypt's, not France's Democratic Movement).
            return Optional.empty();
          }
          return Optional.of(new NameInPhrase(match.get(), i, i + length - 1));
        }
      }
    }
    // "A Commission spokeswoman", "the Commission's office": a short name the article taught.
    for (int i = 0; i < phrase.size(); i++) {
      Token token = index.token(phrase.get(i));
      boolean inPerson = personRun.isPresent() && phrase.get(i) >= personRun.get()[0] && phrase.get(i) <= personRun.get()[1];
      Optional<dev.annals.model.Actor> learned = token.tag().equals("NNP") && !inPerson ? people.shortName(token.text()) : Optional.empty();
      if (learned.isPresent()) {
        return Optional.of(new NameInPhrase(new NameMatch(learned.get(), NameMatch.How.ORGANISATION), i, i));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the phrase words right before position {@code i} are proper names run on into the
   * name at {@code i}: a place ("West Papua", tagged a location), or words the tagger reads as
   * the start of the same organisation's name that name nothing Annals knows ("UN Security
   * Council" keeps the UN's council).
   */
  private boolean nameRunsOnInto(List<Integer> phrase, int i) {
    int start = i;
    while (start > 0 && phrase.get(start) - phrase.get(start - 1) == 1 && index.token(phrase.get(start - 1)).tag().equals("NNP")) {
      start--;
    }
    if (start == i) {
      return false;
    }
    Token before = index.token(phrase.get(i - 1));
    boolean sameName = before.entity().equals("ORGANIZATION") && index.token(phrase.get(i)).entity().equals("ORGANIZATION")
        && dictionary.match(index.textOf(phrase.get(start), phrase.get(i - 1)), when).isEmpty();
    return before.entity().equals("LOCATION") || sameName;
  }

  private static final String CIVILIANS = "CVL";
  /** Sectors of kinds of people, which a word of a body's name may name ("Royal", "Labour"), unlike the body's own word. */
  private static final java.util.Set<String> PEOPLES_SECTORS = java.util.Set.of("ELI", CIVILIANS, "LAB");

  /** The longest sector term among the phrase's lemmas outside the name ("foreign minister"). */
  Optional<String> sectorOf(List<Integer> phrase, Optional<NameInPhrase> named, Optional<int[]> personRun) {
    boolean nameExcluded = named.isPresent() && named.get().match().how() != NameMatch.How.COUNTRY_ADJECTIVE;
    return sectorTerm(phrase, personRun, (i, last) -> !nameExcluded || i > named.get().last() || last < named.get().first());
  }

  /**
   * "Iran's Supreme National Security Council": a sector term ("national security council") that
   * holds an organisation's name ("Security Council") and more words names a state's own body; its
   * sector, when there is one and it is a state's (a "UN envoy" is the UN's).
   */
  Optional<String> sectorAroundOrganisation(List<Integer> phrase, NameInPhrase named, Optional<int[]> personRun) {
    if (named.match().how() != NameMatch.How.ORGANISATION) {
      return Optional.empty();
    }
    return sectorTerm(phrase, personRun, (i, last) -> i <= named.first() && last >= named.last() && last - i > named.last() - named.first())
        .filter(ActorResolver.STATE_SECTORS::contains);
  }

  /** Words for a parent that are also titles of clergy: "Father", "Mother". */
  private static final java.util.Set<String> TITLES_OF_KIN = java.util.Set.of("father", "mother");

  /** Which spans of phrase positions, first to last, a sector term may take. */
  private interface AllowedSpan {
    boolean allows(int first, int last);
  }

  /** The longest sector term among the phrase's lemmas in a span {@code allowed} allows. */
  private Optional<String> sectorTerm(List<Integer> phrase, Optional<int[]> personRun, AllowedSpan allowed) {
    int longest = dictionary.longestSectorTerm();
    for (int length = Math.min(longest, phrase.size()); length >= 1; length--) {
      for (int i = 0; i + length <= phrase.size(); i++) {
        if (!allowed.allows(i, i + length - 1)) {
          continue;
        }
        StringBuilder term = new StringBuilder();
        StringBuilder written = new StringBuilder();
        boolean insideName = false;
        for (int j = i; j < i + length; j++) {
          int t = phrase.get(j);
          // A place's name is no sector: "West Bank security chief" is no banker.
          if ((personRun.isPresent() && t >= personRun.get()[0] && t <= personRun.get()[1])
              || (index.token(t).isProperNoun() && index.token(t).entity().equals("LOCATION"))) {
            insideName = true;
          }
          if (term.length() > 0) {
            term.append(' ');
            written.append(' ');
          }
          term.append(index.token(t).lemma().toLowerCase(Locale.ROOT));
          written.append(index.token(t).text().toLowerCase(Locale.ROOT));
        }
        // "secretary-general", which the tokenizer splits at the hyphen: one word, as written or spaced.
        boolean hyphenated = written.indexOf(" - ") > 0;
        // A sector is named by a noun: "general strike" has an adjective, not a general.
        if (insideName || (!nominal(phrase.get(i + length - 1)) && !hyphenated)) {
          continue;
        }
        // Words as written first: an agent dictionary lists "human rights activists", whose
        // lemmas read "human right activist".
        Optional<String> sector = dictionary.sector(written.toString()).or(() -> dictionary.sector(term.toString()))
            .or(() -> hyphenated ? dictionary.sector(written.toString().replace(" - ", "-")).or(() -> dictionary.sector(term.toString().replace(" - ", " ")))
                : Optional.empty());
        // A word for people inside an organisation's longer name names no one by itself:
        // "National" in "the West Papua National Liberation Army" is no foreign national.
        int lastWord = phrase.get(i + length - 1);
        if (sector.filter(CIVILIANS::equals).isPresent() && length == 1 && index.token(lastWord).entity().equals("ORGANIZATION")
            && i + 1 < phrase.size() && phrase.get(i + 1) == lastWord + 1 && index.token(lastWord + 1).entity().equals("ORGANIZATION")) {
          continue;
        }
        // "Father Zen Caijun", "Mother Teresa": a word for a parent, capitalised before a name, is a
        // religious title, not kin.
        if (sector.isPresent() && length == 1 && TITLES_OF_KIN.contains(index.token(lastWord).lemma().toLowerCase(Locale.ROOT))
            && Character.isUpperCase(index.token(lastWord).text().charAt(0)) && lastWord + 1 < index.text().tokens().size()
            && index.token(lastWord + 1).isProperNoun()) {
          continue;
        }
        // "Royal Oman Police", "the Labour Party": a capitalised word for a kind of people in a name,
        // before the name's own word for a body, does not say what the body is; the last word does.
        int nameEnd = phrase.get(phrase.size() - 1);
        boolean modifierOfNamedBody = sector.filter(PEOPLES_SECTORS::contains).isPresent() && length == 1 && i + 1 < phrase.size() && capitalised(lastWord) && capitalised(nameEnd)
            && dictionary.sector(index.token(nameEnd).lemma().toLowerCase(Locale.ROOT)).isPresent();
        if (modifierOfNamedBody) {
          continue;
        }
        if (sector.isPresent()) {
          return sector;
        }
      }
    }
    return Optional.empty();
  }

  private boolean capitalised(int token) {
    String text = index.token(token).text();
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /**
   * A noun, or an adjective the tagger gave a noun's place: "sentenced a Swedish-Iranian
   * academic", tagged JJ, has a determiner of its own.
   */
  private boolean nominal(int token) {
    return index.token(token).isNoun() || (index.token(token).tag().equals("JJ") && !index.children(token, java.util.Set.of("det")).isEmpty())
        || postpositiveTitleWord(token);
  }

  /**
   * "NATO's secretary general", "the attorney general": an adjective right after the noun it
   * modifies ends a title, which it makes with the noun.
   */
  private boolean postpositiveTitleWord(int token) {
    return index.token(token).tag().equals("JJ") && token > 0 && index.token(token - 1).isNoun()
        && index.head(token).filter(d -> d.relation().equals("amod") && d.governor() == token - 1).isPresent();
  }
}
