package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.knowledge.Names;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Token;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people one article names: who a person's name refers to, from the dictionary's office
 * holders or from the way the article introduced them ("Kremlin spokesman Dmitry Peskov" makes
 * a later "Peskov" RUSGOV).
 */
final class ArticlePeople {
  private final DependencyIndex index;
  private final ActorDictionary dictionary;
  private final LocalDate when;
  private final Map<String, Actor> learnedPeople = new HashMap<>();
  /** Name words of people the article names but Annals cannot code: "Ms Bennett" is then Jana Bennett, not Naftali. */
  private final Set<String> unknownPeople = new HashSet<>();
  private final Map<String, Actor> shortNames = new HashMap<>();
  /** Last words of people's full names, written as the article wrote them: "Montenegro" of "Luis Montenegro". */
  private final Map<String, Actor> surnames = new HashMap<>();

  ArticlePeople(DependencyIndex index, ActorDictionary dictionary, LocalDate when) {
    this.index = index;
    this.dictionary = dictionary;
    this.when = when;
  }

  /** A word that names a person the article introduced or the dictionary knows for the article's day. */
  boolean isKnownPersonName(String word) {
    return learnedPeople.containsKey(Names.key(word)) || !dictionary.people(word, when).isEmpty();
  }

  /** A name of a person the article named but Annals could not code, and not learned since. */
  boolean isUnknown(String name) {
    return unknownPeople.contains(Names.key(name)) && !learnedPeople.containsKey(Names.key(name));
  }

  /**
   * Who a person's name refers to.
   *
   * @param named the country or organisation named beside the person ("Russian", "IAEA")
   * @param sector the sector of the person's title ("foreign minister")
   * @param appositive the phrase the name stands in apposition to
   * @param title the words of the person's title or appositive ("Defence Minister")
   */
  Optional<Actor> knownPerson(String name, Optional<NameMatch> named, Optional<String> sector, Optional<ActorMention> appositive, List<String> title) {
    Actor learned = learnedPeople.get(Names.key(name));
    if (learned != null) {
      return Optional.of(learned);
    }
    List<OfficeHolder> holders = byTitle(dictionary.people(name, when), title, when);
    Optional<String> country = named.flatMap(m -> m.actor().country());
    if (!holders.isEmpty()) {
      OfficeHolder holder = holders.stream()
          .filter(h -> country.isEmpty() || h.country().equals(country))
          .findFirst()
          .orElse(holders.get(0));
      // "Pacific Islands Forum Secretary-General Baron Waqa", Nauru's president until 2019: out of
      // office, a person the phrase gives an organisation's title acts for that organisation.
      boolean organisationTitle = named.filter(m -> m.actor().kind() == ActorKind.ORGANISATION).isPresent();
      if (holder.inOfficeDuring(when) || (country.isEmpty() && !organisationTitle) || holder.country().equals(country)) {
        Optional<String> iso3 = holder.country();
        if (iso3.isEmpty()) {
          // An office of an organisation: "IAEA Director General Rafael Grossi" acts for the IAEA.
          Optional<Actor> organisation = named.map(NameMatch::actor).filter(a -> a.kind() == ActorKind.ORGANISATION)
              .or(() -> dictionary.organisationOfRole(holder));
          if (organisation.isPresent()) {
            return Optional.of(new Actor(organisation.get().code(), holder.name(), Optional.empty(), Optional.of(holder.sector()), ActorKind.PERSON));
          }
        }
        // "Turkish Interior Minister Meral Aksener" in 1997, known only as a party leader of later
        // years: out of the office Annals knows, the title the text gives says what she acts as.
        String office = holder.inOfficeDuring(when) || sector.isEmpty() || iso3.isEmpty() ? holder.sector() : sector.get();
        String code = iso3.orElse("") + office;
        return Optional.of(new Actor(code, holder.name(), iso3, Optional.of(office), ActorKind.PERSON));
      }
    }
    String[] parts = name.split("\\s+");
    if (parts.length > 1) {
      Actor bySurname = learnedPeople.get(Names.key(parts[parts.length - 1]));
      if (bySurname != null && named.isEmpty() && sector.isEmpty()) {
        return Optional.of(bySurname);
      }
    }
    if (named.isPresent() && named.get().how() == NameMatch.How.PARTY) {
      // "Awami League leader Obaidul Quader": a party's people Annals does not know stand where
      // the party stands that day (its government or its opposition).
      Actor party = named.get().actor();
      return Optional.of(person(name, party.country().orElseThrow(), party.sector()));
    }
    if (named.isPresent() && named.get().how() == NameMatch.How.INSTITUTION) {
      // "Pentagon spokeswoman Jane Harlow": a state body's people Annals does not know are the body.
      Actor institution = named.get().actor();
      return Optional.of(person(name, institution.country().orElseThrow(), institution.sector()));
    }
    if (named.isPresent() && named.get().actor().kind() == ActorKind.ORGANISATION) {
      Actor organisation = named.get().actor();
      return Optional.of(new Actor(organisation.code(), name, Optional.empty(), Optional.of("IGO"), ActorKind.PERSON));
    }
    if (country.isPresent()) {
      return Optional.of(person(name, country.get(), sector));
    }
    if (appositive.isPresent() && appositive.get().actor().country().isPresent()) {
      Actor a = appositive.get().actor();
      return Optional.of(person(name, a.country().get(), a.sector().or(() -> sector)));
    }
    if (sector.isPresent()) {
      // "President Yoweri Museveni", "opposition leader Bobi Wine", unknown to the dictionary: an
      // office holder or a member of a sector of no country yet, placed later like "the
      // president" (by the event's place or the article's country).
      return Optional.of(new Actor(sector.get(), name, Optional.empty(), sector, ActorKind.GROUP));
    }
    return Optional.empty();
  }

  /** Words a title shares with every office, which tell one office holder from another nothing. */
  private static final Set<String> TITLE_STOP_WORDS = Set.of("the", "of", "and", "for", "former", "then", "acting", "his", "her", "its", "their");

  /**
   * Office holders of one name, the nearest terms first and, among terms equally near, those
   * whose role has more of the article's title: "Defence Minister Pedro Sanchez" is Colombia's,
   * not Spain's Prime Minister Pedro Sanchez, though both are in office. A title never prefers a
   * term further from the article's date: titles outlive terms ("former President").
   */
  static List<OfficeHolder> byTitle(List<OfficeHolder> holders, List<String> title, LocalDate when) {
    if (holders.size() < 2 || title.isEmpty()) {
      return holders;
    }
    Set<String> words = new HashSet<>();
    for (String word : title) {
      String w = titleWord(word);
      if (w.length() >= 3 && !TITLE_STOP_WORDS.contains(w)) {
        words.add(w);
      }
    }
    java.util.function.ToIntFunction<OfficeHolder> shared = h -> (int) java.util.Arrays.stream(h.role().split("[^\\p{L}]+"))
        .map(ArticlePeople::titleWord).distinct().filter(words::contains).count();
    return holders.stream().sorted(java.util.Comparator.comparingInt((OfficeHolder h) -> h.yearsAway(when))
        .thenComparing(java.util.Comparator.comparingInt(shared).reversed())).toList();
  }

  private static String titleWord(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.equals("defense") ? "defence" : w;
  }

  /** A person acting for a country, with the sector of their office if known. */
  static Actor person(String name, String iso3, Optional<String> sector) {
    return new Actor(iso3 + sector.orElse(""), name, Optional.of(iso3), sector, ActorKind.PERSON);
  }

  /**
   * A word the article wrote as the last of a person's full name, in the same letters: after
   * "Prime Minister Luis Montenegro", "Chapo telephoned Montenegro" calls the man, not the
   * country (the tagger calls the lone word a place). The letters must agree, so "Kim Jong Un"
   * makes no surname of "UN".
   */
  Optional<Actor> surname(String word) {
    return Optional.ofNullable(surnames.get(word));
  }

  /** Every word of a learned name finds the person again ("Peskov", "Xi"), unless taken. */
  void learn(String name, Actor person) {
    learnedPeople.putIfAbsent(Names.key(name), person);
    String[] words = name.split("\\s+");
    if (person.kind() == ActorKind.PERSON && words.length > 1) {
      surnames.putIfAbsent(words[words.length - 1], person);
    }
    // "Netumbo Nandi-Ndaitwah … Nandi-Ndaitwah thanked": the tokenizer may split a hyphenated
    // name, so each of its halves is learned too.
    for (String part : name.split("[\\s-]+")) {
      if (part.length() >= 2 && Character.isUpperCase(part.charAt(0))) {
        learnedPeople.putIfAbsent(Names.key(part), person);
      }
    }
  }

  /** A word that stands for an organisation named in full earlier: "Amnesty" after "Amnesty International". */
  void learnShortName(String word, Actor organisation) {
    shortNames.putIfAbsent(Names.key(word), organisation);
  }

  Optional<Actor> shortName(String word) {
    return Optional.ofNullable(shortNames.get(Names.key(word)));
  }

  /** Remembers a full name Annals cannot code, and its name words not taken by a known person. */
  void learnUnknown(String name) {
    // One name, one person per article: a later "Bennett" is this unknown Bennett.
    for (String part : name.split("\\s+")) {
      if (part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && !learnedPeople.containsKey(Names.key(part))) {
        unknownPeople.add(Names.key(part));
      }
    }
    unknownPeople.add(Names.key(name));
  }

  /** The person an earlier name of the article taught, found by a proper noun of the phrase. */
  Optional<Actor> learnedName(List<Integer> phrase) {
    for (int t : phrase) {
      Token token = index.token(t);
      if (token.isProperNoun()) {
        Actor actor = learnedPeople.get(Names.key(token.text()));
        if (actor != null) {
          return Optional.of(actor);
        }
      }
    }
    return Optional.empty();
  }
}
