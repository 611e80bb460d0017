package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading and editing one sentence's dependency list, as the repairs share it. Nothing here
 * changes the list it is given.
 */
final class DependencyEdits {
  private DependencyEdits() {}

  /**
   * The first word of a word's phrase, not past the clauses on it: "the two sides" for "sides",
   * "an attack on our sovereignty" for "attack".
   */
  static int phraseStart(List<Dependency> sentence, int head) {
    int start = head;
    for (Dependency d : sentence) {
      if (d.governor() == head && d.dependent() < start && !d.relation().startsWith("acl") && !d.relation().equals("punct")) {
        start = Math.min(start, phraseStart(sentence, d.dependent()));
      }
    }
    return start;
  }

  /** The verb's subjects ({@code nsubj}). */
  static java.util.Set<Integer> subjects(List<Dependency> sentence, int verb) {
    return sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj")).map(Dependency::dependent).collect(java.util.stream.Collectors.toSet());
  }

  /** Whether the verb has an auxiliary of its own ({@code aux}, {@code aux:pass}): "was called", "had been consulted". */
  static boolean hasAuxiliary(List<Dependency> sentence, int verb) {
    return sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("aux"));
  }

  /** The token the root edge points at, or -1 when the sentence has none. */
  static int root(List<Dependency> sentence) {
    return sentence.stream().filter(d -> d.governor() < 0).mapToInt(Dependency::dependent).findFirst().orElse(-1);
  }

  /** The edge the token hangs by, not the root's and not a relative pronoun's copy ({@code ref}). */
  static Optional<Dependency> headEdge(List<Dependency> sentence, int token) {
    return sentence.stream().filter(d -> d.dependent() == token && d.governor() >= 0 && !d.relation().equals("ref")).findFirst();
  }

  /** Whether no word of the sentence after the verb is anything but punctuation: "..., the ministry said." */
  static boolean closesSentence(List<Dependency> sentence, int verb) {
    return sentence.stream().noneMatch(d -> d.dependent() > verb && !d.relation().equals("punct"));
  }

  /**
   * The sentence with a clause the parser hung loose ({@code hung}) made the relative clause of
   * {@code noun}, its relative pronoun subject replaced by the noun and kept as its {@code ref}:
   * "President Muizzu, who had demanded …", "containers … on Monday that had been shipped".
   */
  static List<Dependency> hungClauseMadeRelative(List<Dependency> sentence, Dependency hung, Dependency pronounSubject, int noun) {
    int clause = hung.dependent();
    List<Dependency> mended = mapped(sentence, d -> d == hung ? new Dependency(noun, clause, "acl:relcl")
        : d == pronounSubject ? new Dependency(clause, noun, d.relation()) : d);
    mended.add(new Dependency(noun, pronounSubject.dependent(), "ref"));
    return mended;
  }

  /**
   * The mended edges with {@code clause} made the relative clause of {@code noun}, whose pronoun
   * ("who", "which") refers to it: "Bio, who chairs ECOWAS", "the plant, which is due to open".
   */
  static List<Dependency> withRelativeClause(List<Dependency> mended, int noun, int clause, int pronoun) {
    mended.add(new Dependency(noun, clause, "acl:relcl"));
    mended.add(new Dependency(clause, noun, "nsubj"));
    mended.add(new Dependency(noun, pronoun, "ref"));
    return mended;
  }

  /**
   * The mended edges with the closing verb of saying made the sentence's root, {@code speaker} its
   * subject and the former root what it reports: "..., Iranian state media reported".
   */
  static List<Dependency> toldBy(List<Dependency> mended, int saying, int speaker, int formerRoot) {
    List<Dependency> told = mapped(mended, d -> d.governor() < 0 ? new Dependency(d.governor(), saying, d.relation()) : d);
    told.add(new Dependency(saying, speaker, "nsubj"));
    told.add(new Dependency(saying, formerRoot, "ccomp"));
    return told;
  }

  /** Whether the word has a dependent by that relation: {@code hasChild(s, verb, "obj")}. */
  static boolean hasChild(List<Dependency> sentence, int governor, String relation) {
    return sentence.stream().anyMatch(d -> d.governor() == governor && d.relation().equals(relation));
  }

  /** Whether the sentence holds that very edge: {@code hasEdge(s, embassy, Republic, "nmod:poss")}. */
  static boolean hasEdge(List<Dependency> sentence, int governor, int dependent, String relation) {
    return sentence.stream().anyMatch(d -> d.governor() == governor && d.dependent() == dependent && d.relation().equals(relation));
  }

  /**
   * The sentence's edges but {@code removed}, in their order, in a new list to which the caller
   * adds the mended edges. Edges are compared by identity, as the repair found them: a sentence
   * may hold two equal edges, and only the one found goes.
   */
  static List<Dependency> without(List<Dependency> sentence, Dependency... removed) {
    List<Dependency> kept = new ArrayList<>();
    for (Dependency d : sentence) {
      if (!isAmong(d, removed)) {
        kept.add(d);
      }
    }
    return kept;
  }

  /**
   * The sentence with {@code edge} (compared by identity) taken out and {@code replacement} added
   * last, where mended edges go.
   */
  static List<Dependency> replaced(List<Dependency> sentence, Dependency edge, Dependency replacement) {
    List<Dependency> mended = without(sentence, edge);
    mended.add(replacement);
    return mended;
  }

  /**
   * The sentence with every edge on {@code from}, to it or from it, moved onto {@code to}, in
   * place: the word the parser made a verb ("Protect" in a body's name, "states") hands its place
   * in the sentence and its dependents to the verb it was read for.
   */
  static List<Dependency> movedOnto(List<Dependency> sentence, int from, int to) {
    return mapped(sentence, d -> d.dependent() == from ? new Dependency(d.governor(), to, d.relation())
        : d.governor() == from ? new Dependency(to, d.dependent(), d.relation()) : d);
  }

  /**
   * The sentence with each edge replaced by what {@code edit} makes of it, in place: an edge the
   * repair does not mend comes back as it is, so the order of the rest stays the parser's.
   */
  static List<Dependency> mapped(List<Dependency> sentence, java.util.function.UnaryOperator<Dependency> edit) {
    List<Dependency> mended = new ArrayList<>();
    for (Dependency d : sentence) {
      mended.add(edit.apply(d));
    }
    return mended;
  }

  /**
   * The sentence with its root moved to {@code verb}, the main verb the parser took for something
   * else: the root edge points at it, and the punctuation after it that hung on {@code former}
   * (the word that was the head) ends the verb's sentence; every other edge goes through {@code
   * edit} in place.
   */
  static List<Dependency> rootedAt(List<Dependency> sentence, int former, int verb, java.util.function.UnaryOperator<Dependency> edit) {
    return mapped(sentence, d -> {
      if (d.governor() < 0) {
        return new Dependency(d.governor(), verb, d.relation());
      }
      if (d.governor() == former && d.relation().equals("punct") && d.dependent() > verb) {
        return new Dependency(verb, d.dependent(), "punct");
      }
      return edit.apply(d);
    });
  }

  /**
   * The sentence with the relative clause {@code relcl} and its pronoun's {@code ref} (compared by
   * identity) moved from the noun the parser hung them on to {@code noun}, and the first noun's role
   * in the clause given to {@code noun}: "citizens arrested in Kampala, whom …" moved from Kampala to
   * the citizens, "a letter for Mnangagwa, who received him" from the letter to Mnangagwa.
   */
  static List<Dependency> relativeMoved(List<Dependency> sentence, Dependency relcl, Dependency ref, int noun) {
    int from = relcl.governor();
    int clause = relcl.dependent();
    return mapped(sentence, d -> {
      if (d == relcl) {
        return new Dependency(noun, clause, "acl:relcl");
      }
      if (d == ref) {
        return new Dependency(noun, d.dependent(), "ref");
      }
      if (d.governor() == clause && d.dependent() == from) {
        return new Dependency(clause, noun, d.relation());
      }
      return d;
    });
  }

  /**
   * The sentence with the conjunct {@code joined} (compared by identity) hung on {@code main}
   * instead, and the enhanced graph's other copies of {@code main}'s edges to the conjunct (an
   * object, an oblique) gone: "and the two signed", "and Lula accepted" joined to the main verb.
   */
  static List<Dependency> rejoined(List<Dependency> sentence, Dependency joined, int main) {
    int conjunct = joined.dependent();
    Dependency[] copies = sentence.stream().filter(d -> d.governor() == main && d.dependent() == conjunct && !d.relation().startsWith("conj"))
        .toArray(Dependency[]::new);
    return mapped(without(sentence, copies), d -> d == joined ? new Dependency(main, conjunct, d.relation()) : d);
  }

  private static boolean isAmong(Dependency dependency, Dependency[] edges) {
    for (Dependency edge : edges) {
      if (edge == dependency) {
        return true;
      }
    }
    return false;
  }
}
