package dev.annals.coding.actors;

/**
 * A run of a noun phrase's words that names a country, region or organisation.
 *
 * @param first the position of its first word in the phrase's token list (not a token index)
 * @param last the position of its last word in the phrase's token list
 */
record NameInPhrase(NameMatch match, int first, int last) {}
