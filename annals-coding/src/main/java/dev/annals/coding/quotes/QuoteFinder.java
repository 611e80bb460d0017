package dev.annals.coding.quotes;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.EventLexicon;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Quote;
import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds quoted and reported speech and who said it.
 *
 * <p>A direct quote's speaker is the subject of the verb of saying that governs it or stands
 * beside it ("…,” he said), with pronouns resolved by the actor pass; a long quote with no cue
 * continues the previous speaker, as news paragraphs do; a short quote with no cue is a scare
 * quote or a name ("no limits") and has no speaker. Indirect speech is the clausal complement
 * of a verb of saying outside quotation marks.
 */
public final class QuoteFinder {
  private static final int SCARE_QUOTE_WORDS = 4;

  private final EventLexicon lexicon;

  public QuoteFinder(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public List<Quote> find(DependencyIndex index, ArticleActors actors) {
    String text = index.text().text();
    List<Span> quoteSpans = quoteSpans(text);
    List<Quote> quotes = new ArrayList<>();
    Optional<ActorMention> previousSpeaker = Optional.empty();
    int previousSentence = -10;
    for (Span span : quoteSpans) {
      List<Integer> inside = tokensIn(index, span);
      if (inside.isEmpty()) {
        continue;
      }
      int sentence = index.token(inside.get(0)).sentence();
      int lastSentence = index.token(inside.get(inside.size() - 1)).sentence();
      Optional<Integer> cue = cueFor(index, span, inside, sentence, lastSentence);
      Optional<ActorMention> speaker = cue.flatMap(c -> speakerOf(index, actors, c));
      int words = (int) inside.stream().filter(t -> Character.isLetterOrDigit(index.token(t).text().charAt(0))).count();
      if (cue.isEmpty() && words > SCARE_QUOTE_WORDS && sentence - previousSentence <= 3) {
        speaker = previousSpeaker;
      }
      if (cue.isEmpty() && words <= SCARE_QUOTE_WORDS) {
        speaker = Optional.empty();
      }
      Span content = trimmed(text, new Span(span.start() + 1, span.end() - 1));
      quotes.add(new Quote(content, content.of(text), true, speaker, cue.map(c -> index.token(c).span()), sentence));
      if (speaker.isPresent()) {
        previousSpeaker = speaker;
        previousSentence = lastSentence;
      }
    }
    // A short quote beside an attributed one in the same sentence is the same speaker's
    // ("… “coincide completely,” and that there were “no discrepancies at all”").
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      if (quote.speaker().isEmpty()) {
        Optional<Quote> sibling = quotes.stream().filter(q -> q.sentence() == quote.sentence() && q.speaker().isPresent()).findFirst();
        if (sibling.isPresent()) {
          quotes.set(i, new Quote(quote.content(), quote.text(), true, sibling.get().speaker(), sibling.get().cue(), quote.sentence()));
        }
      }
    }
    quotes.addAll(indirect(index, actors, quoteSpans));
    quotes.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
    return quotes;
  }

  private static Span trimmed(String text, Span span) {
    int start = span.start();
    int end = span.end();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /** Pairs of curly or straight double quotation marks. */
  static List<Span> quoteSpans(String text) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || (c == '"' && open < 0)) {
        open = i;
      } else if ((c == '”' || c == '"') && open >= 0) {
        if (i > open + 1) {
          spans.add(new Span(open, i + 1));
        }
        open = -1;
      } else if (c == '\n' && open >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        // A paragraph that opens a quote without closing it: the next paragraph reopens it.
        spans.add(new Span(open, i));
        open = -1;
      }
    }
    return spans;
  }

  private static List<Integer> tokensIn(DependencyIndex index, Span span) {
    List<Integer> inside = new ArrayList<>();
    for (Token token : index.text().tokens()) {
      if (token.span().start() > span.start() && token.span().end() < span.end()) {
        inside.add(token.index());
      }
    }
    return inside;
  }

  /** A verb of saying outside the quote that governs it or sits in its sentence. */
  private Optional<Integer> cueFor(DependencyIndex index, Span quote, List<Integer> inside, int firstSentence, int lastSentence) {
    Optional<Integer> adjacent = Optional.empty();
    for (int s = firstSentence; s <= lastSentence; s++) {
      Sentence sentence = index.text().sentences().get(s);
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        Token token = index.token(t);
        if (quote.contains(token.span()) || !lexicon.isSpeechVerb(token.lemma())) {
          continue;
        }
        if (!(token.isVerb() || token.isNoun())) {
          continue;
        }
        if (reports(index, t, inside)) {
          return Optional.of(t);
        }
        boolean after = token.span().start() >= quote.end() && s == lastSentence;
        boolean beforeWithColon = token.span().end() <= quote.start() && index.text().text().substring(token.span().end(), quote.start()).strip().matches("[,:]?");
        if (adjacent.isEmpty() && (after || beforeWithColon)) {
          adjacent = Optional.of(t);
        }
      }
    }
    // A quote that ends a sentence and is followed by its cue sits at the sentence's edge.
    if (adjacent.isPresent()) {
      Token cue = index.token(adjacent.get());
      boolean quoteAtEdge = inside.get(0) <= index.text().sentences().get(firstSentence).firstToken() + 1
          || cue.span().start() > quote.end();
      if (quoteAtEdge && isAttachedAfter(index, quote, cue)) {
        return adjacent;
      }
    }
    return Optional.empty();
  }

  /** The cue follows the quote directly, with only its subject between ("…,” he said). */
  private static boolean isAttachedAfter(DependencyIndex index, Span quote, Token cue) {
    if (cue.span().start() < quote.end()) {
      return true;
    }
    // Only the speaker may stand between: "…,” he said', "…,” said the foreign minister, Sergey Lavrov".
    String between = index.text().text().substring(quote.end(), cue.span().start()).strip();
    return between.isEmpty() || (between.split("\\s+").length <= 5 && !between.contains(",") && !between.contains(";"));
  }

  /** Relations by which a verb of saying takes what was said. */
  private static final Set<String> REPORTED = Set.of("ccomp", "parataxis", "obj", "dep", "csubj", "xcomp");

  /**
   * The quote lies in what the cue reports: its complement or object, not a prepositional phrase
   * ("agreed to a “no limits” partnership") or a relative clause of its own.
   */
  private static boolean reports(DependencyIndex index, int cue, List<Integer> inside) {
    for (Dependency d : index.children(cue)) {
      if (REPORTED.contains(d.relation())) {
        List<Integer> said = index.subtree(d.dependent(), Set.of("advcl", "acl:relcl", "acl"));
        if (said.contains(inside.get(0)) || said.contains(inside.get(inside.size() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private Optional<ActorMention> speakerOf(DependencyIndex index, ArticleActors actors, int cue) {
    int current = cue;
    for (int steps = 0; steps < 4; steps++) {
      for (Dependency d : index.children(current)) {
        if (d.relation().equals("nsubj") && !actors.at(d.dependent()).isEmpty()) {
          return Optional.of(actors.at(d.dependent()).get(0));
        }
        if (d.relation().equals("nmod:poss") && index.token(current).isNoun() && !actors.at(d.dependent()).isEmpty()) {
          return Optional.of(actors.at(d.dependent()).get(0));
        }
      }
      Optional<Dependency> parent = index.head(current);
      if (parent.isEmpty()) {
        return Optional.empty();
      }
      String relation = parent.get().relation();
      if (!(relation.startsWith("advcl") || relation.startsWith("conj") || relation.equals("dep") || relation.equals("xcomp"))) {
        return Optional.empty();
      }
      current = parent.get().governor();
    }
    return Optional.empty();
  }

  /** "X said that Y ...": the complement of a verb of saying, when not already in quotation marks. */
  private List<Quote> indirect(DependencyIndex index, ArticleActors actors, List<Span> quoteSpans) {
    List<Quote> found = new ArrayList<>();
    for (Token token : index.text().tokens()) {
      if (!token.isVerb() || !lexicon.isSpeechVerb(token.lemma())) {
        continue;
      }
      for (Dependency d : index.children(token.index())) {
        if (!d.relation().equals("ccomp")) {
          continue;
        }
        List<Integer> clause = index.subtree(d.dependent(), Set.of());
        Span content = index.spanOf(clause.get(0), clause.get(clause.size() - 1));
        boolean quoted = quoteSpans.stream().anyMatch(q -> q.overlaps(content) && q.length() * 2 >= content.length());
        if (quoted || content.length() < 8) {
          continue;
        }
        Optional<ActorMention> speaker = speakerOf(index, actors, token.index());
        found.add(new Quote(content, content.of(index.text().text()), false, speaker, Optional.of(token.span()), token.sentence()));
      }
    }
    return found;
  }
}
