package dev.annals.coding.actors;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.Dependency;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the noun phrases of one parsed text begin and end: their heads, tokens and spans. */
final class NounPhrases {
  /** Relations that stay inside one noun phrase. */
  private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "flat", "det", "nummod", "fixed", "compound:prt", "det:predet");

  /** Relations by which a token is only part of a bigger phrase, never a phrase of its own. */
  private static final Set<String> INSIDE_PHRASE = Set.of("compound", "flat", "amod", "fixed", "det", "nummod", "goeswith");

  /** Lower-case words a long proper name is written with: "Organization for Security and Co-operation in Europe". */
  private static final Set<String> NAME_JOINERS = Set.of("for", "of", "and", "in", "on", "the", "&");

  /** Bodies whose members are named "members of X". */
  private static final Set<String> LEGISLATURES = Set.of("parliament", "congress", "senate", "assembly", "legislature");

  private final DependencyIndex index;
  private final java.util.function.Predicate<String> isKnownName;
  private final java.util.Map<Integer, Optional<Integer>> knownNameEnds = new java.util.HashMap<>();

  NounPhrases(DependencyIndex index) {
    this(index, name -> false);
  }

  /** As above, with the names that hold a phrase together past its prepositions (a dictionary's). */
  NounPhrases(DependencyIndex index, java.util.function.Predicate<String> isKnownName) {
    this.index = index;
    this.isKnownName = isKnownName;
  }

  /** Whether the token heads a noun phrase of its own, rather than sitting inside a bigger one. */
  boolean isPhraseHead(Token token) {
    if (!(token.isNoun() || token.isPronoun() || token.tag().equals("PRP$") || token.tag().equals("NNPS") || isNamedAdjectiveHead(token) || isCountedHead(token)
        || standsForThem(token))) {
      return false;
    }
    for (Dependency parent : index.parents(token.index())) {
      if (INSIDE_PHRASE.contains(parent.relation()) && index.token(parent.governor()).isNoun()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Determiners that may stand alone for the people just told of. ("all" is left out: "none of
   * the deportees were registered refugees and all had agreed to go home" counts a part of a
   * group the resolver of "they" would miss.)
   */
  private static final Set<String> STANDING_FOR_THEM = Set.of("both");

  /**
   * "Two Bahraini exiles had climbed onto the roof … Both were arrested on Thursday": a "both"
   * with no noun of its own, a verb's subject, stands for the people just told of, as "they"
   * would.
   */
  boolean standsForThem(Token token) {
    return token.tag().equals("DT") && STANDING_FOR_THEM.contains(token.text().toLowerCase(java.util.Locale.ROOT))
        && index.children(token.index()).stream().noneMatch(d -> d.relation().equals("nmod:of"))
        && index.head(token.index()).filter(d -> d.relation().startsWith("nsubj") && d.governor() >= 0).isPresent();
  }

  /** Determiners that make a number alone stand for those counted before: "the three", "all four". */
  static final Set<String> COUNTING_DETERMINERS = Set.of("the", "all");

  /** Whether the word is such a determiner's number standing alone, with no noun it counts: "the three", "all four". */
  static boolean isNumberAlone(DependencyIndex index, int word) {
    return index.token(word).tag().equals("CD") && index.hasChildLemma(word, "det", COUNTING_DETERMINERS)
        && index.parents(word).stream().noneMatch(d -> d.relation().equals("nummod"));
  }

  /** "Ethiopia accused the three", "marines rescued all four": such a determiner and a number with no noun head a phrase of their own. */
  private boolean isCountedHead(Token token) {
    return token.tag().equals("CD") && index.hasChildLemma(token.index(), "det", COUNTING_DETERMINERS)
        && index.parents(token.index()).stream().anyMatch(d -> d.relation().startsWith("nsubj") || d.relation().equals("obj") || d.baseRelation().equals("obl"));
  }

  /** "the British" or a mis-tagged name can head a phrase though not tagged as a noun. */
  private boolean isNamedAdjectiveHead(Token token) {
    return (token.tag().startsWith("JJ") || token.tag().equals("NNPS")) && index.parents(token.index()).stream()
        .anyMatch(d -> d.relation().startsWith("nsubj") || d.relation().equals("obj") || d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"));
  }

  /** The tokens of the noun phrase this token heads, in text order; at least the head. */
  List<Integer> tokens(int head) {
    List<Integer> tokens = new ArrayList<>(index.subtree(head, Set.of()).stream()
        .filter(t -> t == head || reachableInsidePhrase(head, t))
        .toList());
    // "Al - Qaeda": a hyphen the tokenizer split off inside a name belongs to the name, also
    // when the name modifies the head ("the al - Qaeda network").
    for (int word : List.copyOf(tokens)) {
      for (Dependency d : index.children(word)) {
        if (d.relation().equals("punct") && index.token(d.dependent()).tag().equals("HYPH") && !tokens.contains(d.dependent())) {
          tokens.add(d.dependent());
        }
      }
    }
    Collections.sort(tokens);
    // A proper name may continue with "of": "the Economic Community of West African States".
    if (index.token(head).isProperNoun()) {
      for (Dependency d : index.children(head)) {
        if (d.relation().equals("nmod:of") && index.token(d.dependent()).isProperNoun() && d.dependent() > head) {
          for (int t : index.subtree(d.dependent(), Set.of())) {
            if ((t == d.dependent() || reachableInsidePhrase(d.dependent(), t) || index.token(t).lemma().equals("of")) && !tokens.contains(t)) {
              tokens.add(t);
            }
          }
        }
      }
      Collections.sort(tokens);
    }
    // "to St George's": a name's own possessive, which owns nothing (the name is no possessor),
    // belongs to the name, so that the place is Grenada's capital and not St George in Utah.
    if (index.hasOwnPossessive(head) && !tokens.contains(head + 1)) {
      tokens.add(head + 1);
      Collections.sort(tokens);
    }
    // "two Serbian members of parliament": the title goes on through "of", so the country's
    // adjective and the sector ("member of parliament") are one phrase's.
    if (index.token(head).lemma().equalsIgnoreCase("member")) {
      for (Dependency d : index.children(head)) {
        if (d.relation().equals("nmod:of") && d.dependent() == head + 2 && LEGISLATURES.contains(index.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
          tokens.add(head + 1);
          tokens.add(head + 2);
        }
      }
      Collections.sort(tokens);
    }
    // "The International Organization for Migration", "Reporters Without Borders" (a plural the
    // tagger calls a common noun): the name may begin before the head and go on after it.
    if (index.token(head).isProperNoun() || Character.isUpperCase(index.token(head).text().charAt(0))) {
      int start = head;
      while (tokens.contains(start - 1) && Character.isUpperCase(index.token(start - 1).text().charAt(0))) {
        start--;
      }
      int first = start;
      knownNameAfter(first, head).ifPresent(last -> {
        for (int t = first + 1; t <= last; t++) {
          if (!tokens.contains(t)) {
            tokens.add(t);
          }
        }
        Collections.sort(tokens);
      });
    }
    return tokens.isEmpty() ? List.of(head) : tokens;
  }

  /**
   * The last token of the longest known name that starts at {@code start} and runs on through the
   * head's own modifiers: "Organization for Security and Co-operation in Europe", which the parser
   * hangs together by "for", "and" and "in" rather than as one name.
   */
  private Optional<Integer> knownNameAfter(int start, int head) {
    // A phrase's tokens are asked for again and again while an article is resolved; its name is
    // looked up in the dictionary once.
    return knownNameEnds.computeIfAbsent(start, s -> lookUpKnownNameAfter(s, head));
  }

  /** The last token of the longest known name from {@code start} on, through the head's own words. */
  private Optional<Integer> lookUpKnownNameAfter(int start, int head) {
    List<Integer> subtree = index.subtree(head, Set.of());
    int last = Math.max(start, head);
    while (subtree.contains(last + 1) && isNameWord(index.token(last + 1))) {
      last++;
    }
    for (int end = last; end > start; end--) {
      if (Character.isUpperCase(index.token(end).text().charAt(0)) && isKnownName.test(index.textOf(start, end))) {
        return Optional.of(end);
      }
    }
    return Optional.empty();
  }

  private static boolean isNameWord(Token token) {
    return Character.isUpperCase(token.text().charAt(0)) || NAME_JOINERS.contains(token.text().toLowerCase(java.util.Locale.ROOT))
        || token.tag().equals("HYPH");
  }

  private boolean reachableInsidePhrase(int head, int token) {
    int current = token;
    for (int steps = 0; steps < 6; steps++) {
      Optional<Dependency> parent = index.parents(current).stream()
          .filter(d -> d.governor() >= 0 && (PHRASE_RELATIONS.contains(d.relation()) || d.relation().equals("case") || isProperPossessive(d)))
          .findFirst();
      if (parent.isEmpty()) {
        return false;
      }
      if (parent.get().relation().equals("case") && !isProperPossessive(index.parents(parent.get().governor()).stream().findFirst().orElse(parent.get()))) {
        return false;
      }
      current = parent.get().governor();
      if (current == head) {
        return true;
      }
    }
    return false;
  }

  /** "the People's Republic": a possessive inside a proper name belongs to the name. */
  private boolean isProperPossessive(Dependency d) {
    if (!d.relation().equals("nmod:poss") || d.governor() < 0 || !index.token(d.governor()).isProperNoun()) {
      return false;
    }
    // "the Kurdistan Workers' Party": a plural possessive (a bare apostrophe) inside a name.
    boolean pluralPossessive = index.children(d.dependent()).stream()
        .anyMatch(c -> c.relation().equals("case") && index.token(c.dependent()).text().equals("'"));
    // "the Democratic People's Republic of Korea", "the Sudan People's Liberation Army".
    boolean peoples = index.token(d.dependent()).lemma().equalsIgnoreCase("people") || index.token(d.dependent()).text().equalsIgnoreCase("people");
    return !index.token(d.dependent()).isProperNoun() || pluralPossessive || peoples;
  }

  /** The characters from the first to the last token of the phrase this token heads. */
  Span span(int head) {
    List<Integer> phrase = tokens(head);
    return new Span(index.token(phrase.get(0)).span().start(), index.token(phrase.get(phrase.size() - 1)).span().end());
  }


  /** Whether the phrase has the article "the" ("the group", "the militants"). */
  boolean hasThe(int head) {
    return index.children(head).stream().anyMatch(d -> d.relation().equals("det") && index.token(d.dependent()).lemma().equalsIgnoreCase("the"));
  }
}
