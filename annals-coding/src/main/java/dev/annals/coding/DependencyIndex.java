package dev.annals.coding;

import dev.annals.model.AnnotatedText;
import dev.annals.model.Dependency;
import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Fast navigation of an article's dependency graphs by token index. */
public final class DependencyIndex {
  private final AnnotatedText text;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> parents;

  public DependencyIndex(AnnotatedText text) {
    this.text = text;
    int n = text.tokens().size();
    children = new ArrayList<>(n);
    parents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
      parents.add(new ArrayList<>(1));
    }
    for (Sentence sentence : text.sentences()) {
      for (Dependency dependency : ParseRepairs.repair(text.tokens(), sentence.dependencies())) {
        if (dependency.governor() >= 0 && dependency.governor() != dependency.dependent()) {
          children.get(dependency.governor()).add(dependency);
        }
        parents.get(dependency.dependent()).add(dependency);
      }
    }
  }

  public AnnotatedText text() {
    return text;
  }

  public Token token(int index) {
    return text.tokens().get(index);
  }

  /** The last token inside the span: the head of "peace talks" and of a single word alike. */
  public Optional<Integer> lastTokenIn(Span span) {
    List<Token> tokens = text.tokens();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Span t = tokens.get(i).span();
      if (t.start() < span.end() && span.start() < t.end()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The token's lemma in lower case, as the knowledge files write lemmas. */
  public String lemma(int token) {
    return token(token).lemma().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A verb the tagger called a noun ("would converse", "would blockade"): with a subject and an
   * auxiliary of its own it heads a clause all the same; so does a noun marked by "to" as the
   * infinitive of another verb's clause ("telephoned the minister the same day to apologise/NN").
   */
  public boolean isVerbTaggedNoun(int token) {
    boolean clause = children(token).stream().anyMatch(d -> d.relation().startsWith("nsubj")) && children(token).stream().anyMatch(d -> d.relation().equals("aux"));
    boolean infinitive = hasChildLemma(token, "mark", Set.of("to")) && parents(token).stream().anyMatch(d -> d.relation().startsWith("advcl") || d.relation().equals("xcomp"));
    return token(token).isNoun() && (clause || infinitive);
  }

  public List<Dependency> children(int token) {
    return Collections.unmodifiableList(children.get(token));
  }

  public List<Dependency> parents(int token) {
    return Collections.unmodifiableList(parents.get(token));
  }

  /** Dependents whose relation is exactly one of {@code relations}. */
  public List<Integer> children(int token, Set<String> relations) {
    List<Integer> found = new ArrayList<>();
    for (Dependency d : children.get(token)) {
      if (relations.contains(d.relation())) {
        found.add(d.dependent());
      }
    }
    return found;
  }



  public boolean hasChildLemma(int token, String relation, Set<String> lemmas) {
    return children.get(token).stream()
        .anyMatch(d -> d.relation().equals(relation) && lemmas.contains(token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Whether the verb is told in the passive: it has a passive subject or a passive auxiliary. */
  public boolean isPassive(int verb) {
    return children.get(verb).stream().anyMatch(d -> d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass"));
  }

  /**
   * Whether the verb heads a clause of what is done "without" doing it: "withdrew without firing a
   * shot", "warned …, without saying how" (hung by "advcl:without", or marked by "without").
   */
  public boolean isDoneWithout(int verb) {
    return parents(verb).stream().anyMatch(d -> d.relation().equals("advcl:without")) || hasChildLemma(verb, "mark", Set.of("without"));
  }

  /**
   * Determiners that make a noun phrase definite: "the attack", "that proposal"; "both decisions"
   * points back to two the reader knows, as "the two decisions" would.
   */
  private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that", "these", "those", "both");

  /** Whether the noun has a definite determiner: something the text has told of, or takes as known. */
  public boolean isDefinite(int noun) {
    return hasChildLemma(noun, "det", DEFINITE_DETERMINERS);
  }

  /** The word the sentence's root edge points at (its main verb, or what the parser took for it). */
  public Optional<Integer> sentenceRoot(int sentence) {
    var words = text.sentences().get(sentence);
    for (int t = words.firstToken(); t < words.endToken(); t++) {
      if (parents(t).stream().anyMatch(d -> d.governor() < 0)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Whether the proper noun's "'s" is its name's own and owns nothing: "to St George's", not "Grenada's minister". */
  public boolean hasOwnPossessive(int name) {
    return token(name).isProperNoun() && parents(name).stream().noneMatch(d -> d.relation().equals("nmod:poss"))
        && children(name).stream().anyMatch(d -> d.relation().equals("case") && d.dependent() == name + 1 && token(name + 1).tag().equals("POS"));
  }

  /** The basic-tree parent: the first non-root incoming edge that is not an enhanced extra. */
  public Optional<Dependency> head(int token) {
    for (Dependency d : parents.get(token)) {
      if (d.governor() >= 0 && !d.relation().equals("ref")) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The verb a noun is the object, oblique or passive subject of: "hosted [talks]", "joined
   * NATO at a [ceremony]". A noun event without a time of its own happens at that verb's.
   */
  public Optional<Integer> verbTaking(int noun) {
    return head(noun).filter(d -> d.baseRelation().equals("obj") || d.baseRelation().equals("obl") || d.relation().equals("nsubj:pass"))
        .map(Dependency::governor).filter(g -> g >= 0 && token(g).isVerb());
  }

  /**
   * Tokens below {@code token} (itself included), not descending through the given relations.
   * Enhanced graphs have cycles; each token is visited once.
   */
  public List<Integer> subtree(int token, Set<String> stopRelations) {
    List<Integer> found = new ArrayList<>();
    boolean[] seen = new boolean[text.tokens().size()];
    ArrayList<Integer> stack = new ArrayList<>();
    stack.add(token);
    seen[token] = true;
    while (!stack.isEmpty()) {
      int current = stack.remove(stack.size() - 1);
      found.add(current);
      for (Dependency d : children.get(current)) {
        if (seen[d.dependent()] || stopRelations.contains(d.relation()) || stopRelations.contains(d.baseRelation())) {
          continue;
        }
        seen[d.dependent()] = true;
        stack.add(d.dependent());
      }
    }
    Collections.sort(found);
    return found;
  }

  /** True when {@code dependent} lies in a complement of {@code verb} joined by one of {@code relations}. */
  public boolean inComplementOf(int verb, int dependent, Set<String> relations) {
    for (Dependency d : children(verb)) {
      if (relations.contains(d.relation()) && subtree(d.dependent(), Set.of()).contains(dependent)) {
        return true;
      }
    }
    return false;
  }

  public Span spanOf(int firstToken, int lastToken) {
    return new Span(token(firstToken).span().start(), token(lastToken).span().end());
  }

  public String textOf(int firstToken, int lastToken) {
    return spanOf(firstToken, lastToken).of(text.text());
  }
}
