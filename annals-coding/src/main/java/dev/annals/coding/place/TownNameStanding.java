package dev.annals.coding.place;

import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;

/**
 * Whether a name that only towns of the gazetteer bear is a place where it stands, and how surely.
 * Countries, states, counties and named regions are names whatever the tagger thought of their
 * words ("Otter Tail County"); a town's name is a word too often ("Police", "Ford", "City",
 * "March"), so it needs a proper noun or a location tag, must not sit inside a longer name, and
 * is only weakly a place (kept when the article's other places vouch for it) unless the tagger
 * called it a location, a qualifier, dateline or place preposition stands before it.
 */
final class TownNameStanding {
  /** What the words around a town's name make of it. */
  enum Standing {
    /** A word or part of a longer name, not a place. */
    NO_PLACE,
    /** A place only if the article's other places vouch for it. */
    WEAK,
    /** A place. */
    SURE
  }

  private TownNameStanding() {}

  /**
   * @param run the name's words
   * @param location whether the tagger or the words around some mention call the name a location
   * @param proper whether every word of the name is a proper noun or a word inside a name ("of")
   * @param placeInContext whether the words around some mention of the name show it to be a place
   */
  static Standing of(TokenRun run, boolean location, boolean proper, boolean placeInContext) {
    if (!location && !proper) {
      return Standing.NO_PLACE;
    }
    List<Token> tokens = run.tokens();
    int first = run.first();
    int end = run.end();
    Sentence sentence = run.sentence();
    String surface = run.surface();
    boolean oneWord = run.length() == 1;
    boolean afterQualifier = NameWords.afterQualifier(tokens, first, sentence);
    boolean insideName = !afterQualifier && NameWords.nameWordBefore(tokens, first, sentence) && run.cues().continuesEntity(first);
    if (insideName && !placeInContext) {
      return Standing.NO_PLACE; // "City" in "Kanawha City", "National Park" in "Zion National Park"
    }
    if (!location && oneWord && run.cues().writtenInLowerCase(surface.toLowerCase(Locale.ROOT))) {
      // "City" in "at City Hall" where the article also writes "the city": a common noun in a
      // title, though a suburb of Canberra bears it.
      return Standing.NO_PLACE;
    }
    if (oneWord && StreetNames.streetWord(run.head())) {
      return Standing.NO_PLACE; // "the 35th Street Bridge"
    }
    if (!location && NameWords.calendarWord(surface)) {
      return Standing.NO_PLACE;
    }
    boolean weak = !location && !afterQualifier && !PlaceContexts.dateline(tokens, first, end, sentence)
        && !NameWords.afterPlacePreposition(tokens, first, sentence);
    if (weak && NameWords.nameWordBefore(tokens, first, sentence)) {
      return Standing.NO_PLACE; // "City" and "Council" in "the Gainesville City Council"
    }
    boolean capitalisedAfter = end < sentence.endToken() && NameWords.capitalised(tokens.get(end).text());
    if (oneWord && NameWords.qualifier(surface) && capitalisedAfter) {
      return Standing.NO_PLACE; // "West Wichita", "the North Central Regional Jail": a qualifier of the next name
    }
    if (weak && end + 1 < sentence.endToken() && (tokens.get(end).text().equals("&")
        || (tokens.get(end).text().equals("of") && NameWords.capitalised(tokens.get(end + 1).text())))) {
      return Standing.NO_PLACE; // "Church of Our Lady", "Church & State": the start of a longer name
    }
    return weak ? Standing.WEAK : Standing.SURE;
  }
}
