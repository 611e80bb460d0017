package dev.annals.coding;

import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import dev.annals.model.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where an article's earlier events placed its groups of no country: "Protesters attacked the
 * embassy in Bamako ... Algiers condemned the assault" condemns Malian protesters, though the
 * condemnation has no place and the story is mostly of Algeria. The same words are the same
 * group; a group named again by other words ("the assault" for its doers) is the one placed
 * before when the article placed that kind of group in one country only.
 */
final class GroupPlacements {
  /** By the words and the group they were coded as: coordinated groups may share their words' span. */
  private static final Set<String> PRONOUNS = Set.of("they", "them", "their", "it", "its", "he", "him", "his", "she", "her", "we", "us", "our");
  private final Map<Named, Actor> byWords = new HashMap<>();
  private final Map<Actor, Set<Actor>> byGroup = new HashMap<>();
  /** By the last word that named the group: "insurgents". */
  private final Map<String, Set<Actor>> byHeadWord = new HashMap<>();
  /** The spans of the article's own actor mentions: a group named by its own words is not one named again. */
  private final Set<Span> named;

  GroupPlacements(List<ActorMention> articleMentions) {
    this.named = new HashSet<>();
    articleMentions.forEach(m -> named.add(m.span()));
  }

  /** Records how an event placed a group its coding left without a country. */
  void remember(ActorMention coded, ActorMention placed) {
    if (!GroupCountries.isUnplacedGroup(coded.actor()) || placed.actor().country().isEmpty() || !placed.span().equals(coded.span())) {
      return;
    }
    byWords.putIfAbsent(new Named(coded.span(), coded.actor()), placed.actor());
    byGroup.computeIfAbsent(coded.actor(), g -> new LinkedHashSet<>()).add(placed.actor());
    byHeadWord.computeIfAbsent(headWord(coded.surface()), w -> new LinkedHashSet<>()).add(placed.actor());
  }

  /** The last word of a mention's words, lowercased: "insurgents" of "The insurgents". */
  private static String headWord(String surface) {
    String[] words = surface.trim().toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  /** Where an earlier event placed the same words. */
  Optional<Actor> sameMention(ActorMention mention) {
    return GroupCountries.isUnplacedGroup(mention.actor()) ? Optional.ofNullable(byWords.get(new Named(mention.span(), mention.actor()))) : Optional.empty();
  }

  /**
   * Where earlier events placed this kind of group, when they placed it in one country only, for
   * a group named again by other words ("the assault"); a group named by words of its own
   * ("troops", "Congress") is not taken for another of its kind.
   */
  Optional<Actor> sameKind(ActorMention mention) {
    // "fired tear gas at thousands of students ... as they marched": a pronoun names its group again.
    boolean namedAgain = GroupCountries.isUnplacedGroup(mention.actor()) && (!named.contains(mention.span()) || PRONOUNS.contains(mention.surface().toLowerCase(Locale.ROOT)));
    Set<Actor> placements = namedAgain ? byGroup.getOrDefault(mention.actor(), Set.of()) : Set.of();
    // "insurgents crossed from Mozambique's Cabo Delgado … The insurgents claimed the attack": the
    // same noun again after "the" names the group placed before by it.
    boolean theSameNoun = GroupCountries.isUnplacedGroup(mention.actor()) && mention.surface().toLowerCase(Locale.ROOT).startsWith("the ");
    if (!namedAgain && theSameNoun) {
      placements = byHeadWord.getOrDefault(headWord(mention.surface()), Set.of()).stream()
          .filter(p -> p.sector().equals(mention.actor().sector())).collect(java.util.stream.Collectors.toSet());
    }
    // "Gunmen abducted two Austrian engineers … in northern Niger … Austria urged the kidnappers
    // to release them": "the" and a noun for the doers of a deed name the group that did it again.
    if (placements.isEmpty() && theSameNoun && DOER_NOUNS.contains(headWord(mention.surface()))) {
      placements = byGroup.getOrDefault(mention.actor(), Set.of());
    }
    return placements.size() == 1 ? Optional.of(placements.iterator().next()) : Optional.empty();
  }

  /** Nouns for whoever did a deed, which name the group told doing it before. */
  private static final Set<String> DOER_NOUNS = Set.of("kidnappers", "abductors", "hostage-takers", "attackers", "assailants", "killers", "hijackers");

  private record Named(Span span, Actor group) {}
}
