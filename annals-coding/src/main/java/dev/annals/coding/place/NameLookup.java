package dev.annals.coding.place;

import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run of capitalised words names, if a place: a US state's abbreviation ("Ga."), a
 * country's adjective ("Russian") or a state's demonym ("Ohioans"), each fixed to its one place;
 * else the gazetteer's readings of the name, with the country of that name first and, for a
 * legislator's district ("D-Braxton"), the county of the name. A building that stands for a
 * government ("White House") and a person's name are none; a name only towns bear must pass
 * {@link TownNameStanding}.
 *
 * @param knowledge the gazetteer and the names of countries, capitals and regions
 */
record NameLookup(ToponymKnowledge knowledge) {
  /** How many of a name's readings, best prior first, the article weighs: "Springfield" has dozens. */
  private static final int MOST_READINGS = 30;

  NameLookup {
    Objects.requireNonNull(knowledge, "knowledge");
  }

  /** The place name the run is, whole, or empty. */
  Optional<Toponym> match(TokenRun run) {
    List<Token> tokens = run.tokens();
    int first = run.first();
    int end = run.end();
    ArticleCues cues = run.cues();
    if (!NameWords.capitalised(run.head().text())
        || !(NameWords.capitalised(run.last().text()) || NameWords.ownerlessPossessiveEnding(tokens, first, end - 1, run.sentence()))) {
      return Optional.empty();
    }
    if (run.length() > 1 && run.head().text().equalsIgnoreCase("the")) {
      return Optional.empty(); // "The Mansfield Police Department": the name starts after the article
    }
    for (int t = first + 1; t < end - 1; t++) {
      if (!NameWords.capitalised(tokens.get(t).text()) && !NameWords.innerWord(tokens.get(t).text())) {
        return Optional.empty();
      }
    }
    Span span = run.span();
    String surface = run.surface();
    String key = Gazetteer.key(surface);
    Optional<StateAbbreviations.StateMention> abbreviated = StateAbbreviations.at(knowledge.gazetteer(), tokens, first, end, run.sentence());
    if (abbreviated.isPresent()) {
      StateAbbreviations.StateMention state = abbreviated.get();
      return Optional.of(new Toponym(first, end, state.span(), state.written(), "state:" + state.state().admin1(), List.of(state.state())));
    }
    Place adjectiveOf = knowledge.countryAdjectives().get(key);
    if (adjectiveOf != null && !cues.person(first)) {
      // "Russian", "Sri Lankan": the country, fixed; kept apart from the name "Russia", whose readings are open.
      return Optional.of(new Toponym(first, end, span, surface, "country:" + adjectiveOf.country().orElse(adjectiveOf.name()),
          List.of(new Gazetteer.Entry(adjectiveOf, ""))));
    }
    boolean person = false;
    boolean location = false;
    boolean proper = true;
    for (int t = first; t < end; t++) {
      person |= cues.person(t);
      location |= cues.location(t);
      proper &= tokens.get(t).isProperNoun() || NameWords.innerWord(tokens.get(t).text());
    }
    boolean placeInContext = cues.placeInContext(key);
    if (placeInContext) {
      person = false; // "Mansfield" in an article whose dateline is "MANSFIELD --"
      location = true;
    }
    if (person) {
      return Optional.empty();
    }
    Gazetteer.Entry demonymOf = knowledge.demonyms().get(key);
    if (demonymOf != null) {
      // "Ohioans", "South Ossetian": the state or region, fixed, as a country's adjective is.
      return Optional.of(new Toponym(first, end, span, surface, "demonym:" + Gazetteer.key(demonymOf.place().name()) + "|" + demonymOf.admin1(),
          List.of(demonymOf)));
    }
    if (knowledge.metonyms().contains(key)) {
      return Optional.empty();
    }
    List<Gazetteer.Entry> readings = readings(surface, cues);
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    // Countries, states, counties and named regions are names whatever the tagger thought of
    // their words ("Otter Tail County"); a city must pass the tests of a town's name.
    boolean curated = readings.stream().anyMatch(e -> e.place().kind() != PlaceKind.CITY);
    boolean weak = false;
    // "in Male early on Saturday": a country's capital, one word after a place preposition, is the
    // capital whatever the tagger made of the word ("Male/JJ").
    boolean capitalAfterPreposition = !proper && run.length() == 1 && NameWords.afterPlacePreposition(tokens, first, run.sentence())
        && readings.stream().anyMatch(e -> knowledge.isCapital(key, e));
    // "marched through Novi Sad": a name of several capitalised words that opens with a proper
    // noun and stands after a place preposition is the place whatever the tagger made of its other
    // words ("Sad/JJ"); read alone, its first word is some other town (Novi, Michigan).
    boolean namedAfterPreposition = !proper && run.length() > 1 && run.head().isProperNoun()
        && NameWords.afterPlacePreposition(tokens, first, run.sentence());
    if (!curated) {
      TownNameStanding.Standing standing = TownNameStanding.of(run, location, proper || capitalAfterPreposition || namedAfterPreposition, placeInContext);
      if (standing == TownNameStanding.Standing.NO_PLACE) {
        return Optional.empty();
      }
      weak = standing == TownNameStanding.Standing.WEAK;
    }
    if (readings.size() > MOST_READINGS) {
      readings = readings.subList(0, MOST_READINGS);
    }
    return Optional.of(new Toponym(first, end, span, surface, key, readings, weak));
  }

  /** The gazetteer's readings of a name, with the country of the name and a legislator's county added. */
  private List<Gazetteer.Entry> readings(String surface, ArticleCues cues) {
    List<Gazetteer.Entry> readings = knowledge.gazetteer().entries(surface);
    Place country = knowledge.countryNames().get(Gazetteer.key(surface));
    if (country != null && readings.stream().noneMatch(e -> e.place().equals(country))) {
      List<Gazetteer.Entry> withCountry = new ArrayList<>();
      withCountry.add(new Gazetteer.Entry(country, ""));
      withCountry.addAll(readings);
      readings = withCountry;
    }
    if (cues.district(Gazetteer.key(surface))) {
      // "D-Braxton": the legislator's county as well as any town of the name.
      List<Gazetteer.Entry> withCounties = new ArrayList<>(readings);
      knowledge.gazetteer().entries(surface + " County").stream().filter(e -> !withCounties.contains(e)).forEach(withCounties::add);
      readings = withCounties;
    }
    return readings;
  }
}
