package dev.annals.coding.actors;

import dev.annals.model.Actor;

/**
 * What a name in the text matched in the dictionary.
 *
 * @param actor the actor it names
 * @param how how it named it: as the country's name, an adjective, a metonym for its government,
 *     a region, an organisation, a political party, a state's named institution or a person
 */
public record NameMatch(Actor actor, How how) {
  public enum How {
    COUNTRY_NAME,
    COUNTRY_ADJECTIVE,
    GOVERNMENT_METONYM,
    REGION,
    ORGANISATION,
    PERSON,
    /** A political party of actors/parties.tsv, as its country's government or opposition on the article's day. */
    PARTY,
    /** A state's named body of actors/institutions.tsv ("the Knesset", "the FSB"), as its country and sector. */
    INSTITUTION,
    /** From a PETRARCH-format actor dictionary loaded by the user. */
    PETRARCH_ACTOR
  }
}
