package dev.annals.coding.quotes;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.EventLexicon;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.EntityMention;
import dev.annals.model.Quote;
import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds quoted and reported speech and who said it.
 *
 * <p>Every quote with a cue gets the words that name its speaker as written ("a campaign
 * spokeswoman", "he", "the report"), and the coded actor when those words name one (pronouns are
 * resolved by the actor pass). The speaker of a cue is its subject ("Trump said", "said
 * Trump"), the possessor or "by/from" phrase of a noun of saying ("Trump's statement"), the
 * subject of the verb a noun of saying modifies ("said in a statement"), or the noun after
 * "according to", which names the source of its whole clause.
 *
 * <p>A direct quote's cue governs it or stands beside it ("…,” he said; she said: “…”). A long
 * quote with no cue continues the previous speaker, as news paragraphs do; a short quote with no
 * cue is a scare quote or a name ("no limits") and has no speaker. Indirect speech is the
 * clausal complement of a cue verb outside quotation marks ("said that …", "urged X to …",
 * "accused X of …"), the clause a cue verb interrupts or follows ("…, sources said"), or the
 * clause "according to X" modifies. Cue words are data: {@code quotes/cues.tsv}, plus the
 * event lexicon's verbs of speech.
 *
 * <p>Parses of news go wrong in a few regular ways around cues, and the speaker search mends
 * them: a participle set off by a comma or opening its sentence reports for the main clause's
 * subject; a participle or infinitive hung on a thing that cannot speak ("a statement calling
 * …") reports for whoever issued it; a relative pronoun stands for its noun; a time word is no
 * subject; what a cue reports is never its speaker. A clause the parser hung on a following or
 * subordinate cue ("…, sources said", "though she acknowledged it …") is still what it reports.
 */
public final class QuoteFinder {
  private static final int SCARE_QUOTE_WORDS = 4;
  /** How many sentences after its last attributed quote a speaker may go on without a cue. */
  private static final int CONTINUATION_SENTENCES = 3;

  private final EventLexicon lexicon;
  private final QuoteCues cues;

  public QuoteFinder(EventLexicon lexicon) {
    this(lexicon, QuoteCues.loadDefault());
  }

  public QuoteFinder(EventLexicon lexicon, QuoteCues cues) {
    this.lexicon = lexicon;
    this.cues = cues;
  }

  /** Who said it: the head token and words naming the speaker, and the coded actor if any. */
  private record Speaker(int head, Span span, Optional<ActorMention> actor, Optional<String> name) {
    Speaker(int head, Span span, Optional<ActorMention> actor) {
      this(head, span, actor, Optional.empty());
    }
  }

  public List<Quote> find(DependencyIndex index, ArticleActors actors) {
    String text = index.text().text();
    List<Span> quoteSpans = quoteSpans(text);
    List<Quote> quotes = new ArrayList<>();
    Optional<Speaker> previousSpeaker = Optional.empty();
    int previousSentence = -10;
    int previousQuoteEnd = 0;
    for (Span span : quoteSpans) {
      List<Integer> inside = tokensIn(index, span);
      if (inside.isEmpty()) {
        continue;
      }
      int sentence = index.token(inside.get(0)).sentence();
      int lastSentence = index.token(inside.get(inside.size() - 1)).sentence();
      Optional<Integer> cue = cueFor(index, actors, quoteSpans, span, inside, sentence, lastSentence);
      Optional<Speaker> speaker = cue.flatMap(c -> speakerOf(index, actors, quoteSpans, c));
      if (speaker.isEmpty()) {
        speaker = accordingTo(index, actors, span, sentence, lastSentence).map(a -> a.speaker());
      }
      if (speaker.isEmpty() && cue.isEmpty()) {
        speaker = namedBeside(index, actors, span);
      }
      if (speaker.isEmpty() && cue.isPresent() && cue.get() > inside.get(inside.size() - 1)) {
        // "…,’” Merkley said" with the name parsed into the quote: the name between them.
        int cueToken = cue.get();
        speaker = nameRunAfter(index, actors, span.end()).filter(n -> n.head() < cueToken);
        if (speaker.isEmpty()) {
          speaker = nameAfter(index, actors, cueToken);
        }
      }
      if (cue.isEmpty()) {
        Optional<Integer> later = cueAfterName(index, span);
        if (later.isPresent()) {
          cue = later;
          speaker = nameRunAfter(index, actors, span.end());
        }
      }
      if (speaker.isEmpty() && cue.isPresent()) {
        speaker = subjectBefore(index, actors, quoteSpans, cue.get());
      }
      int words = (int) inside.stream().filter(t -> Character.isLetterOrDigit(index.token(t).text().charAt(0))).count();
      if (speaker.isEmpty()) {
        speaker = transcriptSpeaker(index, actors, span);
      }
      // A quote that is a sentence of its own is speech, however short; a short one inside a
      // sentence with no cue is a scare quote or a name ("a “no limits” partnership").
      boolean ownSentence = inside.get(0) <= index.text().sentences().get(sentence).firstToken() + 1;
      boolean continues = words > SCARE_QUOTE_WORDS ? sentence - previousSentence <= CONTINUATION_SENTENCES
          : ownSentence && sentence - previousSentence <= 1 && sameParagraph(text, previousQuoteEnd, span.start());
      boolean named = speaker.isPresent();
      if (speaker.isEmpty() && cue.isEmpty() && continues) {
        speaker = previousSpeaker;
      }
      if (!named && cue.isEmpty() && words <= SCARE_QUOTE_WORDS && !continues && !insideReportedClause(index, inside)) {
        speaker = Optional.empty();
      }
      // A quote cut at its paragraph's end has no closing mark to drop.
      char last = text.charAt(span.end() - 1);
      Span content = trimmed(text, new Span(span.start() + 1, last == '”' || last == '"' ? span.end() - 1 : span.end()));
      quotes.add(quote(text, content, true, speaker, cue.map(c -> index.token(c).span()), sentence));
      if (speaker.isPresent()) {
        previousSpeaker = speaker;
        previousSentence = lastSentence;
        previousQuoteEnd = span.end();
      }
    }
    // A short quote beside an attributed one in the same sentence is the same speaker's
    // ("… “coincide completely,” and that there were “no discrepancies at all”").
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      if (quote.speakerSpan().isEmpty()) {
        Optional<Quote> sibling = quotes.stream().filter(q -> q.sentence() == quote.sentence() && q.speakerSpan().isPresent()).findFirst();
        if (sibling.isPresent()) {
          quotes.set(i, new Quote(quote.content(), quote.text(), true, sibling.get().speaker(), sibling.get().cue(), quote.sentence(), sibling.get().speakerSpan(), sibling.get().speakerName()));
        }
      }
    }
    quotes.addAll(indirect(index, actors, quoteSpans, List.copyOf(quotes)));
    quotes.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
    return quotes;
  }

  private static Quote quote(String text, Span content, boolean direct, Optional<Speaker> speaker, Optional<Span> cue, int sentence) {
    return new Quote(content, content.of(text), direct, speaker.flatMap(Speaker::actor), cue, sentence, speaker.map(Speaker::span), speaker.flatMap(Speaker::name));
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
      } else if (c == '\n' && open >= 0) {
        // A paragraph that opens a quote without closing it: the next paragraph reopens it.
        if (i > open + 1) {
          spans.add(new Span(open, i));
        }
        open = -1;
      }
    }
    if (open >= 0 && text.length() > open + 1) {
      spans.add(new Span(open, text.length()));
    }
    return spans;
  }

  /** Tokens after the opening mark and before the closing one (a quote cut at a paragraph end has none). */
  private static List<Integer> tokensIn(DependencyIndex index, Span span) {
    String text = index.text().text();
    char last = text.charAt(span.end() - 1);
    int contentEnd = last == '”' || last == '"' ? span.end() - 1 : span.end();
    List<Integer> inside = new ArrayList<>();
    for (Token token : index.text().tokens()) {
      if (token.span().start() > span.start() && token.span().end() <= contentEnd) {
        inside.add(token.index());
      }
    }
    return inside;
  }

  private boolean isCueVerb(DependencyIndex index, Token token) {
    if (!token.isVerb()) {
      return false;
    }
    if (cues.isVerb(token.lemma()) || lexicon.isSpeechVerb(token.lemma())) {
      return true;
    }
    return cues.isVerbWithIt(token.lemma()) && index.children(token.index()).stream()
        .anyMatch(d -> d.relation().equals("obj") && index.token(d.dependent()).lemma().equalsIgnoreCase("it"));
  }

  private boolean isCueNoun(Token token) {
    return token.isNoun() && (cues.isNoun(token.lemma()) || lexicon.isSpeechVerb(token.lemma()));
  }

  /**
   * A verb or noun of saying outside the quote that governs it or stands beside it; verbs before
   * nouns ("the IMF report stated": "stated"). A quote that ends its sentence may take its cue
   * from the start of the next one ("“…?” Graham asked.", split after the question mark).
   */
  private Optional<Integer> cueFor(DependencyIndex index, ArticleActors actors, List<Span> quoteSpans, Span quote, List<Integer> inside, int firstSentence, int lastSentence) {
    String text = index.text().text();
    int lastForCue = lastSentence;
    if (lastSentence + 1 < index.text().sentences().size()) {
      Sentence next = index.text().sentences().get(lastSentence + 1);
      int gap = next.span().start() - quote.end();
      if (gap >= 0 && gap <= 2 && !text.substring(quote.end(), next.span().start()).contains("\n")) {
        lastForCue = lastSentence + 1;
      }
    }
    for (boolean verbs : new boolean[] {true, false}) {
      Optional<Integer> after = Optional.empty();
      Optional<Integer> before = Optional.empty();
      Optional<Integer> reporting = Optional.empty();
      for (int s = firstSentence; s <= lastForCue; s++) {
        Sentence sentence = index.text().sentences().get(s);
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
          Token token = index.token(t);
          if (quote.contains(token.span()) || !(verbs ? isCueVerb(index, token) : isCueNoun(token))) {
            continue;
          }
          // Of several cues whose clause holds the quote, the nearest is the one that reports it.
          if (reports(index, t, inside) && (reporting.isEmpty() || distance(t, inside) < distance(reporting.get(), inside))) {
            reporting = Optional.of(t);
          }
          if (after.isEmpty() && token.span().start() >= quote.end() && s >= lastSentence && isAttachedAfter(index, actors, quoteSpans, quote, t)) {
            after = Optional.of(t);
          }
          if (token.span().end() <= quote.start() && s == firstSentence) {
            String between = text.substring(token.span().end(), quote.start()).strip();
            // "she said: “…”", "Trump said of Clinton, “…”", "in a statement: “…”"
            if (between.isEmpty() || ((between.endsWith(":") || between.endsWith(",")) && words(between) <= 6 && !between.contains("."))) {
              before = Optional.of(t);
            }
          }
        }
      }
      // A verb of saying that opens the quote ("footage of Trump saying during the debate, “…”")
      // is its cue even when the parser hung the quote on a verb further back ("concludes").
      if (reporting.isPresent() && before.isPresent() && before.get() > reporting.get() && !hasReportedContent(index, before.get())) {
        return before;
      }
      if (reporting.isPresent()) {
        return reporting;
      }
      if (after.isPresent() || before.isPresent()) {
        return after.isPresent() ? after : before;
      }
    }
    return introducedBefore(index, quote);
  }

  private static int distance(int token, List<Integer> inside) {
    return token < inside.get(0) ? inside.get(0) - token : token - inside.get(inside.size() - 1);
  }

  /**
   * A quote that opens its paragraph after a paragraph ending in a colon takes that paragraph's
   * last cue ("He said:" / "The New York Times reports:", then the quote on its own).
   */
  private Optional<Integer> introducedBefore(DependencyIndex index, Span quote) {
    String text = index.text().text();
    int lineStart = text.lastIndexOf('\n', Math.max(0, quote.start() - 1)) + 1;
    if (!text.substring(lineStart, quote.start()).isBlank()) {
      return Optional.empty();
    }
    String before = text.substring(0, lineStart).stripTrailing();
    if (!before.endsWith(":")) {
      return Optional.empty();
    }
    int paragraphStart = before.lastIndexOf('\n') + 1;
    for (int t = index.text().tokens().size() - 1; t >= 0; t--) {
      Token token = index.token(t);
      if (token.span().end() > before.length()) {
        continue;
      }
      if (token.span().start() < paragraphStart) {
        break;
      }
      if (isCueVerb(index, token) || isCueNoun(token)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static int words(String s) {
    String stripped = s.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  /**
   * The cue follows the quote with only its subject between ("…,” he said; "…,” said the foreign
   * minister, Sergey Lavrov; "…,” Trump, who spoke in Ohio, said; "…,” Vann R. Newkirk II, a
   * writer for The Atlantic, said on Twitter).
   */
  private boolean isAttachedAfter(DependencyIndex index, ArticleActors actors, List<Span> quoteSpans, Span quote, int cue) {
    Token token = index.token(cue);
    String between = index.text().text().substring(quote.end(), token.span().start()).strip();
    if (between.isEmpty() || (words(between) <= 5 && !between.contains(",") && !between.contains(";"))) {
      return true;
    }
    if (words(between) > 30 || between.contains("“") || between.contains("\n")) {
      return false;
    }
    Optional<Speaker> speaker = speakerOf(index, actors, quoteSpans, cue);
    if (speaker.isEmpty() || speaker.get().span().start() < quote.end() || speaker.get().span().end() > token.span().start()) {
      return false;
    }
    // Only the speaker's name may stand before the speaker phrase, no clause of its own: not
    // "… a “no limits” partnership earlier this year, which they said …".
    for (Token t : index.text().tokens()) {
      if (t.span().start() >= quote.end() && t.span().end() <= speaker.get().span().start()
          && (t.isVerb() || t.tag().startsWith("W") || t.tag().equals("MD"))) {
        return false;
      }
    }
    return true;
  }

  /** Relations by which a verb of saying takes what was said. */
  private static final Set<String> REPORTED = Set.of("ccomp", "parataxis", "obj", "dep", "csubj", "xcomp");

  /**
   * The quote lies in what the cue reports: its complement or object, or a prepositional phrase
   * headed inside the quote, not one that only holds it ("agreed to a “no limits” partnership")
   * nor a relative clause of its own.
   */
  private static boolean reports(DependencyIndex index, int cue, List<Integer> inside) {
    for (Dependency d : index.children(cue)) {
      // A quotation that is itself the verb's prepositional argument ("likened the rules to
      // “burning the Constitution”", "described him as “a liar”"): the phrase's head is quoted.
      if (d.relation().startsWith("obl") && inside.contains(d.dependent())) {
        return true;
      }
      if (REPORTED.contains(d.relation())) {
        List<Integer> said = index.subtree(d.dependent(), Set.of("advcl", "acl:relcl", "acl"));
        if (said.contains(inside.get(0)) || said.contains(inside.get(inside.size() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasReportedContent(DependencyIndex index, int cue) {
    return index.children(cue).stream().anyMatch(d -> REPORTED.contains(d.relation()));
  }

  /** A short quote within the clause a cue verb reports ("said the plan was “dead on arrival”"). */
  private boolean insideReportedClause(DependencyIndex index, List<Integer> inside) {
    for (int t = inside.get(0); t >= 0 && index.token(t).sentence() == index.token(inside.get(0)).sentence(); t--) {
      Token token = index.token(t);
      if (isCueVerb(index, token)) {
        for (Dependency d : index.children(t)) {
          if (d.relation().equals("ccomp") && index.subtree(d.dependent(), Set.of()).contains(inside.get(0))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean inQuote(DependencyIndex index, List<Span> quoteSpans, int token) {
    Span span = index.token(token).span();
    return quoteSpans.stream().anyMatch(q -> q.contains(span));
  }

  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj");
  private static final Set<String> AGENTS = Set.of("obl:by", "nmod:by", "obl:agent", "nmod:agent", "nmod:from", "obl:from");

  private Optional<Speaker> speakerOf(DependencyIndex index, ArticleActors actors, List<Span> allQuoteSpans, int cue) {
    // Words in a quotation that holds the cue too (a quoted excerpt) may name the speaker.
    Span cueSpan = index.token(cue).span();
    List<Span> quoteSpans = allQuoteSpans.stream().filter(q -> !q.contains(cueSpan)).toList();
    Optional<Integer> adjunctSubject = participialAdjunctSubject(index, quoteSpans, cue);
    if (adjunctSubject.isPresent()) {
      return Optional.of(speaker(index, actors, adjunctSubject.get()));
    }
    Optional<Speaker> subject = subjectOf(index, actors, quoteSpans, cue);
    if (subject.isPresent() || !index.token(cue).isVerb()) {
      return subject;
    }
    // "…,” said O'Neill, …": the parser may take an inverted subject for an object, or the verb
    // for a modifier of the name ("said Del. Stacey Plaskett of the Virgin Islands").
    Optional<Dependency> parent = index.head(cue);
    boolean modifiesNameAfter = parent.isPresent() && parent.get().governor() > cue && parent.get().governor() - cue <= 5
        && (parent.get().relation().startsWith("acl") || parent.get().relation().equals("amod"));
    // "Protesters marching through the streets chanted …" parsed as a participle on "Protesters".
    boolean participleOfSpeaker = parent.isPresent() && parent.get().governor() >= 0 && parent.get().governor() < cue && cue - parent.get().governor() <= 8
        && parent.get().relation().equals("acl") && index.token(parent.get().governor()).isNoun();
    if ((modifiesNameAfter || participleOfSpeaker) && !inQuote(index, quoteSpans, parent.get().governor())) {
      int noun = parent.get().governor();
      Optional<Integer> shown = participleOfRecording(index, noun, cue);
      if (shown.isPresent()) {
        return Optional.of(speaker(index, actors, shown.get()));
      }
      // "The council issued a statement calling …", "she said at a news conference announcing
      // …": a thing that cannot speak speaks for whoever issued or held it.
      if (participleOfSpeaker && !canSpeak(index, actors, noun)) {
        Optional<Speaker> owner = subjectOf(index, actors, quoteSpans, noun);
        if (owner.isPresent()) {
          return owner;
        }
      }
      return Optional.of(speaker(index, actors, noun));
    }
    // "The FBI decided after a lengthy investigation not to recommend charges": an infinitive the
    // parser hung on a thing that cannot speak belongs to the clause that holds the thing.
    boolean infinitiveOnThing = parent.isPresent() && parent.get().governor() >= 0 && parent.get().governor() < cue
        && parent.get().relation().startsWith("acl:") && !parent.get().relation().equals("acl:relcl")
        && index.token(parent.get().governor()).isNoun() && !canSpeak(index, actors, parent.get().governor());
    if (infinitiveOnThing) {
      Optional<Speaker> owner = subjectOf(index, actors, quoteSpans, parent.get().governor());
      if (owner.isPresent()) {
        return owner;
      }
    }
    for (Dependency d : index.children(cue)) {
      Token dependent = index.token(d.dependent());
      if (INVERTED_SUBJECTS.contains(d.relation()) && d.dependent() > cue && d.dependent() - cue <= 4
          && (dependent.isNoun() || dependent.isPronoun()) && !inQuote(index, quoteSpans, d.dependent())) {
        return Optional.of(speaker(index, actors, d.dependent()));
      }
    }
    return Optional.empty();
  }

  /**
   * "In a meeting with the editorial board of the Post Trump said that …": a finite cue of
   * reported speech left without a subject, the name the parser hung elsewhere standing right
   * before it. (Not for direct quotes, where the words before a cue are often the quote's own.)
   */
  private static Optional<Integer> nominalRightBefore(DependencyIndex index, List<Span> quoteSpans, int cue) {
    String tag = index.token(cue).tag();
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))) {
      return Optional.empty();
    }
    int first = index.text().sentences().get(index.token(cue).sentence()).firstToken();
    int before = cue - 1;
    while (before > first && index.token(before).tag().startsWith("RB") && cue - before <= 2) {
      before--;
    }
    if (before < first || !isNominal(index.token(before)) || inQuote(index, quoteSpans, before) || isTimeWord(index, before)) {
      return Optional.empty();
    }
    return Optional.of(before);
  }

  /**
   * "Clinton spoke about the death of Terence Crutcher, arguing that …", "Reid mocked Romney for
   * not releasing his returns, claiming that …": a participle set off by a comma, with no subject
   * or auxiliary of its own, tells what the subject of the sentence's main clause did. The parser
   * often hangs it on the nearest noun or verb instead (as {@code acl} or {@code dep}, or on a
   * verb inside a quotation); then the main clause's subject, written before it, is the speaker.
   */
  private static Optional<Integer> participialAdjunctSubject(DependencyIndex index, List<Span> quoteSpans, int cue) {
    Token token = index.token(cue);
    if (!token.tag().equals("VBG") || index.children(cue).stream().anyMatch(d -> d.relation().startsWith("nsubj") || d.relation().startsWith("aux"))) {
      return Optional.empty();
    }
    Sentence sentence = index.text().sentences().get(token.sentence());
    int first = sentence.firstToken();
    if (cue == first) {
      return subjectAfterOpeningParticiple(index, quoteSpans, cue, sentence.endToken());
    }
    int before = cue - 1;
    while (before > first && index.token(before).tag().startsWith("RB") && cue - before <= 2) {
      before--;
    }
    if (before <= first || !index.token(before).text().equals(",")) {
      return Optional.empty();
    }
    Optional<Dependency> head = index.head(cue);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    String relation = head.get().relation();
    if (!(relation.equals("dep") || relation.startsWith("acl") || inQuote(index, quoteSpans, head.get().governor()))) {
      return Optional.empty();
    }
    // The main clause nearest before the participle: the root or a clause coordinated with it
    // ("the camera is facing the ground, and she becomes upset, shouting …").
    int root = sentenceRoot(index, cue);
    List<Integer> clauses = new ArrayList<>();
    clauses.add(root);
    index.children(root).stream().filter(d -> d.relation().startsWith("conj")).forEach(d -> clauses.add(d.dependent()));
    clauses.sort(java.util.Comparator.reverseOrder());
    for (int clause : clauses) {
      if (clause == cue || clause > cue) {
        continue;
      }
      return index.children(clause).stream()
          .filter(d -> SUBJECTS.contains(d.relation()) && d.dependent() < cue && !inQuote(index, quoteSpans, d.dependent()))
          .map(Dependency::dependent).findFirst();
    }
    return Optional.empty();
  }

  /**
   * "Lamenting their luck, Mexicans often say …", "Citing a conspiracy theory, Trump accused …":
   * a participle that opens its sentence tells what the subject after its phrase did, whatever
   * the parser made of it (often the root, with the real clause hung below).
   */
  private static Optional<Integer> subjectAfterOpeningParticiple(DependencyIndex index, List<Span> quoteSpans, int cue, int sentenceEnd) {
    int comma = cue + 1;
    while (comma < sentenceEnd && !index.token(comma).text().equals(",")) {
      comma++;
    }
    for (int t = comma + 1; t < sentenceEnd && t - comma <= 12; t++) {
      int candidate = t;
      boolean subject = index.parents(t).stream().anyMatch(d -> d.relation().equals("nsubj"));
      if (subject && isNominal(index.token(t)) && !inQuote(index, quoteSpans, t) && !isTimeWord(index, t)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Entity types of names that can speak. */
  private static final Set<String> SPEAKING_ENTITIES = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "CITY", "LOCATION", "TITLE");

  /** A word that may name a speaker: a coded actor, a name, a pronoun or a person or body by its entity type. */
  private static boolean canSpeak(DependencyIndex index, ArticleActors actors, int token) {
    Token t = index.token(token);
    return !actors.at(token).isEmpty() || t.isProperNoun() || t.isPronoun() || SPEAKING_ENTITIES.contains(t.entity());
  }

  /**
   * "footage of Trump saying …", "a video of her telling …": the parser hangs the participle on
   * the recording, but the one it shows speaking is the person, pronoun or name after "of".
   */
  private static Optional<Integer> participleOfRecording(DependencyIndex index, int noun, int participle) {
    return index.children(noun).stream()
        .filter(d -> d.relation().equals("nmod:of") && d.dependent() > noun && d.dependent() < participle)
        .map(Dependency::dependent)
        .filter(t -> index.token(t).isProperNoun() || index.token(t).isPronoun() || index.token(t).entity().equals("PERSON"))
        .findFirst();
  }

  private static final Set<String> INVERTED_SUBJECTS = Set.of("obj", "dep", "nsubj:pass", "iobj", "appos", "obl:npmod");

  private Optional<Speaker> subjectOf(DependencyIndex index, ArticleActors actors, List<Span> quoteSpans, int cue) {
    int current = cue;
    for (int steps = 0; steps < 4; steps++) {
      boolean noun = index.token(current).isNoun();
      for (Dependency d : index.children(current)) {
        // A subject inside quotation marks is the parser taking the quote's first words for one.
        // A time word as subject is the parser's mistake ("leaders gathered Friday to discuss",
        // "Friday" taken for the object and so the subject of "discuss"): climb on.
        if (SUBJECTS.contains(d.relation()) && !inQuote(index, quoteSpans, d.dependent()) && !isTimeWord(index, d.dependent())) {
          return Optional.of(speaker(index, actors, d.dependent()));
        }
        if (noun && d.relation().equals("nmod:poss") && !inQuote(index, quoteSpans, d.dependent())) {
          return Optional.of(speaker(index, actors, subjectForPossessive(index, current, d.dependent()).orElse(d.dependent())));
        }
      }
      for (Dependency d : index.children(current)) {
        if (AGENTS.contains(d.relation()) && !inQuote(index, quoteSpans, d.dependent()) && (noun || d.relation().endsWith("by") || d.relation().endsWith("agent"))) {
          return Optional.of(speaker(index, actors, d.dependent()));
        }
      }
      Optional<Dependency> parent = index.head(current);
      if (parent.isEmpty()) {
        return Optional.empty();
      }
      String relation = parent.get().relation();
      boolean climb = relation.startsWith("advcl") || relation.startsWith("conj") || relation.equals("dep") || relation.equals("xcomp")
          || (noun && (relation.startsWith("obl") || relation.startsWith("nmod") || relation.equals("obj") || relation.equals("iobj")));
      if (!climb) {
        return Optional.empty();
      }
      int governor = parent.get().governor();
      current = relation.startsWith("advcl") && closesRelativeClauseBefore(index, governor, current) ? sentenceRoot(index, governor) : governor;
    }
    return Optional.empty();
  }

  /**
   * "Protesters marched past the stadium - where the Panthers played - while chanting, “…”": the
   * parser hangs the adverbial on the relative clause, but past the dash that closes it the
   * adverbial belongs to the sentence's own clause.
   */
  private static boolean closesRelativeClauseBefore(DependencyIndex index, int verb, int adverbial) {
    boolean relative = index.head(verb).map(h -> h.relation().equals("acl:relcl")).orElse(false);
    return relative && index.children(verb).stream().anyMatch(c -> c.relation().equals("punct") && c.dependent() > verb && c.dependent() < adverbial
        && "-—–―".contains(index.token(c.dependent()).text()));
  }

  private static int sentenceRoot(DependencyIndex index, int token) {
    return index.sentenceRoot(index.token(token).sentence()).orElse(token);
  }

  private static final java.util.Map<String, String> SUBJECT_OF_POSSESSIVE = java.util.Map.of(
      "my", "i", "our", "we", "your", "you", "his", "he", "her", "she", "its", "it", "their", "they");

  /**
   * "I had to change my answer: “…”": a possessive pronoun on a noun of saying that is the object
   * of a verb whose subject is the same pronoun names the speaker twice; the subject is the one
   * that speaks (the possessor alone, "his statement", stays the speaker).
   */
  private static Optional<Integer> subjectForPossessive(DependencyIndex index, int noun, int possessor) {
    String subject = SUBJECT_OF_POSSESSIVE.get(index.token(possessor).text().toLowerCase(java.util.Locale.ROOT));
    Optional<Dependency> head = index.head(noun);
    if (subject == null || head.isEmpty() || head.get().governor() < 0 || !head.get().relation().equals("obj")) {
      return Optional.empty();
    }
    return index.children(head.get().governor()).stream()
        .filter(d -> d.relation().equals("nsubj") && index.token(d.dependent()).text().equalsIgnoreCase(subject))
        .map(Dependency::dependent).findFirst();
  }

  /** Entity types of words that tell when, never who ("European leaders gathered Friday to discuss …"). */
  private static final Set<String> TIME_ENTITIES = Set.of("DATE", "TIME", "DURATION", "SET");

  /** A word of a time expression ("Friday afternoon"), by its entity type or the time expressions found. */
  private static boolean isTimeWord(DependencyIndex index, int token) {
    return TIME_ENTITIES.contains(index.token(token).entity())
        || index.text().timexes().stream().anyMatch(t -> t.covers(token));
  }

  private static boolean isNominal(Token token) {
    return token.isNoun() || token.isPronoun();
  }

  /** Relations that leave the noun phrase of a speaker. */
  private static final Set<String> OUTSIDE_PHRASE = Set.of("acl", "parataxis", "punct", "dep", "advcl", "ccomp", "xcomp", "cc", "conj", "nsubj", "obj", "csubj", "cop", "expl", "aux");

  private static Speaker speaker(DependencyIndex index, ArticleActors actors, int subject) {
    // A relative pronoun ("Graham, who said …") stands for the noun it refers to.
    int head = subject;
    Token token = index.token(subject);
    if (token.tag().startsWith("W") || (token.lemma().equalsIgnoreCase("that") && token.tag().equals("WDT"))) {
      for (Dependency d : index.parents(subject)) {
        if (d.relation().equals("ref") && d.governor() >= 0) {
          head = d.governor();
        }
      }
      if (head == subject) {
        // The clause hangs on the noun as a relative clause, or as an unlabelled dependent
        // ("Stumpf, who was under questioning …, to admit …" with "questioning" a dep of "Stumpf").
        Optional<Dependency> clause = index.head(subject).flatMap(d -> d.governor() >= 0 ? index.head(d.governor()) : Optional.empty());
        if (clause.isPresent() && clause.get().governor() >= 0 && (clause.get().relation().startsWith("acl")
            || (clause.get().relation().equals("dep") && isNominal(index.token(clause.get().governor()))))) {
          head = clause.get().governor();
        }
      }
      if (head == subject) {
        // The parser hung the clause elsewhere ("told a young woman who suggested …" as a
        // complement of "told"): the pronoun stands for the noun right before it.
        int before = subject - 1;
        int first = index.text().sentences().get(token.sentence()).firstToken();
        if (before > first && index.token(before).text().equals(",")) {
          before--;
        }
        if (before >= first && isNominal(index.token(before)) && !isTimeWord(index, before)) {
          head = before;
        }
      }
    }
    // The phrase is the run of the head's dependents around it, bridging single punctuation marks
    // ("Vann R. Newkirk II, a writer for The Atlantic"); enhanced graphs may reach further.
    Set<Integer> phrase = new HashSet<>(index.subtree(head, OUTSIDE_PHRASE));
    // "according to the police": the preposition is not part of the name.
    index.children(head).stream().filter(d -> d.relation().equals("case") || d.relation().equals("mark"))
        .forEach(d -> phrase.removeAll(index.subtree(d.dependent(), Set.of())));
    int first = head;
    while (first - 1 >= 0 && head - first < 12 && (phrase.contains(first - 1) || (first - 2 >= 0 && isPunctuation(index.token(first - 1)) && phrase.contains(first - 2)))) {
      first -= phrase.contains(first - 1) ? 1 : 2;
    }
    int last = head;
    int size = index.text().tokens().size();
    while (last + 1 < size && last - head < 12 && (phrase.contains(last + 1) || (last + 2 < size && isPunctuation(index.token(last + 1)) && phrase.contains(last + 2)))) {
      last += phrase.contains(last + 1) ? 1 : 2;
    }
    // A resolved relative pronoun stays in the words ("Democrats and Republicans, who"): they are
    // what the text says, and the noun alone may be only part of what it stands for.
    if (subject > last && subject - head <= 12) {
      last = subject;
    }
    List<ActorMention> named = actors.at(head);
    Optional<String> name = PERSON_PRONOUNS.contains(index.token(head).text().toLowerCase(java.util.Locale.ROOT))
        ? lastNamedPerson(index, head) : Optional.empty();
    return new Speaker(head, index.spanOf(first, last), named.isEmpty() ? Optional.empty() : Optional.of(named.get(0)), name);
  }

  private static boolean isPunctuation(Token token) {
    return !Character.isLetterOrDigit(token.text().charAt(0));
  }

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");

  /**
   * The person named last before a pronoun: the nearest run of PERSON tokens, extended to the
   * longest earlier mention that ends with the same surname ("Graham" → "Lindsey Graham").
   */
  private static Optional<String> lastNamedPerson(DependencyIndex index, int pronoun) {
    for (int t = pronoun - 1; t >= 0; t--) {
      if (index.token(t).entity().equals("PERSON")) {
        int first = t;
        while (first > 0 && index.token(first - 1).entity().equals("PERSON")) {
          first--;
        }
        String surname = index.token(t).text();
        String name = index.textOf(first, t);
        for (EntityMention mention : index.text().entities()) {
          if (mention.type().equals("PERSON") && mention.endToken() <= t && mention.text().endsWith(surname) && mention.text().length() > name.length()) {
            name = mention.text();
          }
        }
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /**
   * A name set beside a quote without a verb: after a dash ("“…” — Pamela Padilla") or before a
   * colon at the start of its paragraph ("WALLACE: “…”").
   */
  private static Optional<Speaker> namedBeside(DependencyIndex index, ArticleActors actors, Span quote) {
    String text = index.text().text();
    int after = quote.end();
    while (after < text.length() && text.charAt(after) != '\n' && (Character.isWhitespace(text.charAt(after)) || Character.isSpaceChar(text.charAt(after)))) {
      after++;
    }
    List<Token> tokens = index.text().tokens();
    if (after < text.length() && "—–―-".indexOf(text.charAt(after)) >= 0) {
      List<Integer> name = new ArrayList<>();
      for (Token token : tokens) {
        if (token.span().start() <= after) {
          continue;
        }
        if (text.substring(after, token.span().start()).contains("\n")) {
          break;
        }
        boolean dash = "—–―-".indexOf(token.text().charAt(0)) >= 0 && name.isEmpty();
        if (dash) {
          continue;
        }
        if (!(token.isProperNoun() || token.entity().equals("PERSON"))) {
          break;
        }
        name.add(token.index());
      }
      if (!name.isEmpty()) {
        return Optional.of(nameSpeaker(index, actors, name));
      }
    }
    int lineStart = text.lastIndexOf('\n', Math.max(0, quote.start() - 1)) + 1;
    String before = text.substring(lineStart, quote.start()).strip();
    if (before.endsWith(":") && words(before) <= 4) {
      List<Integer> name = new ArrayList<>();
      for (Token token : tokens) {
        if (token.span().start() >= lineStart && token.span().end() <= quote.start() && (token.isProperNoun() || token.entity().equals("PERSON"))) {
          name.add(token.index());
        }
      }
      if (!name.isEmpty()) {
        return Optional.of(nameSpeaker(index, actors, name));
      }
    }
    return Optional.empty();
  }

  private static boolean sameParagraph(String text, int from, int to) {
    return from <= to && !text.substring(from, to).contains("\n");
  }

  private static final java.util.regex.Pattern TRANSCRIPT_NAME = java.util.regex.Pattern.compile("\\s*([A-Z][A-Z.'’ -]{1,30}[A-Z])\\s*:");

  /** A transcript turn in quotation marks, opened by its speaker's name in capitals: "“WALLACE: …”". */
  private static Optional<Speaker> transcriptSpeaker(DependencyIndex index, ArticleActors actors, Span quote) {
    String text = index.text().text();
    java.util.regex.Matcher m = TRANSCRIPT_NAME.matcher(text).region(quote.start() + 1, quote.end());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    List<Integer> name = new ArrayList<>();
    for (Token token : index.text().tokens()) {
      if (token.span().start() >= m.start(1) && token.span().end() <= m.end(1)) {
        name.add(token.index());
      }
    }
    return name.isEmpty() ? Optional.empty() : Optional.of(nameSpeaker(index, actors, name));
  }

  /**
   * When the parse is broken, the surface: a name right after the quote and a cue verb later in
   * its sentence ("“…,” Malkia Cyril, the executive director …, told The Huffington Post").
   */
  private Optional<Integer> cueAfterName(DependencyIndex index, Span quote) {
    Optional<Speaker> name = nameRunAfter(index, null, quote.end());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    int sentence = index.token(name.get().head()).sentence();
    int end = index.text().sentences().get(sentence).endToken();
    String text = index.text().text();
    for (int t = name.get().head() + 1; t < end && t - name.get().head() <= 30; t++) {
      Token token = index.token(t);
      if (token.text().equals("“") || token.text().equals("\"")) {
        return Optional.empty();
      }
      if (isCueVerb(index, token) && !text.substring(quote.end(), token.span().start()).contains("\n")) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The run of proper-noun tokens that starts right after a position, past punctuation and spaces. */
  private static Optional<Speaker> nameRunAfter(DependencyIndex index, ArticleActors actors, int position) {
    String text = index.text().text();
    List<Integer> name = new ArrayList<>();
    for (Token token : index.text().tokens()) {
      if (token.span().start() < position) {
        continue;
      }
      if (name.isEmpty() && !text.substring(position, token.span().start()).strip().replaceAll("[,”\"’']", "").isEmpty()) {
        break;
      }
      if (name.isEmpty() && isPunctuation(token)) {
        position = token.span().end();
        continue;
      }
      if (!(token.isProperNoun() || token.entity().equals("PERSON"))) {
        break;
      }
      name.add(token.index());
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    int head = name.get(name.size() - 1);
    return Optional.of(new Speaker(head, index.spanOf(name.get(0), head),
        actors == null || actors.at(head).isEmpty() ? Optional.empty() : Optional.of(actors.at(head).get(0))));
  }

  /**
   * A cue the parse left without a subject ("Protesters marching through the streets chanted
   * …" parsed as a fragment): the nearest subject of any verb before it in its sentence.
   */
  private static Optional<Speaker> subjectBefore(DependencyIndex index, ArticleActors actors, List<Span> quoteSpans, int cue) {
    int first = index.text().sentences().get(index.token(cue).sentence()).firstToken();
    for (int t = cue - 1; t >= first; t--) {
      if (inQuote(index, quoteSpans, t)) {
        continue;
      }
      for (Dependency d : index.parents(t)) {
        if (d.relation().equals("nsubj") && (index.token(t).isNoun() || index.token(t).isPronoun())) {
          return Optional.of(speaker(index, actors, t));
        }
      }
    }
    return Optional.empty();
  }

  /** The name right after a cue that follows its quote ("…,” added Rep. Jim Clyburn (D-S.C.), …"), when the parse gave none. */
  private static Optional<Speaker> nameAfter(DependencyIndex index, ArticleActors actors, int cue) {
    List<Integer> name = new ArrayList<>();
    int sentenceEnd = index.text().sentences().get(index.token(cue).sentence()).endToken();
    for (int t = cue + 1; t < sentenceEnd; t++) {
      Token token = index.token(t);
      if (!(token.isProperNoun() || token.entity().equals("PERSON"))) {
        break;
      }
      name.add(t);
    }
    return name.isEmpty() ? Optional.empty() : Optional.of(nameSpeaker(index, actors, name));
  }

  private static Speaker nameSpeaker(DependencyIndex index, ArticleActors actors, List<Integer> name) {
    int head = name.get(name.size() - 1);
    List<ActorMention> named = actors.at(head);
    return new Speaker(head, index.spanOf(name.get(0), head), named.isEmpty() ? Optional.empty() : Optional.of(named.get(0)));
  }

  private record Sourced(Speaker speaker, int clause, int source) {}

  /** "according to X" in the quote's sentences, outside the quote. */
  private Optional<Sourced> accordingTo(DependencyIndex index, ArticleActors actors, Span quote, int firstSentence, int lastSentence) {
    for (int s = firstSentence; s <= lastSentence; s++) {
      Sentence sentence = index.text().sentences().get(s);
      for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
        if (!quote.contains(index.token(t).span())) {
          Optional<Sourced> sourced = accordingToAt(index, actors, t);
          if (sourced.isPresent()) {
            return sourced;
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Sourced> accordingToAt(DependencyIndex index, ArticleActors actors, int t) {
    Token token = index.token(t);
    if (!cues.isPreposition(token.text())) {
      return Optional.empty();
    }
    for (Dependency up : index.parents(t)) {
      if (up.baseRelation().equals("case") && up.governor() >= 0) {
        int source = up.governor();
        Optional<Dependency> clause = index.head(source);
        int clauseHead = clause.map(Dependency::governor).filter(g -> g >= 0).orElse(source);
        return Optional.of(new Sourced(speaker(index, actors, source), clauseHead, source));
      }
    }
    return Optional.empty();
  }

  /** The reason or description that goes with what a cue verb takes: "criticized Trump for …", "described it as …". */
  private static final Set<String> REASONS = Set.of("obl:for", "obl:as", "obl:over", "advcl:for", "advcl:as");

  /** Complements by which a cue verb takes reported content. */
  private static boolean isReportedComplement(Dependency d) {
    return d.relation().equals("ccomp") || d.relation().equals("xcomp") || d.relation().equals("advcl:of") || d.relation().equals("advcl:for");
  }

  /** Reported speech outside quotation marks. */
  private List<Quote> indirect(DependencyIndex index, ArticleActors actors, List<Span> quoteSpans, List<Quote> direct) {
    String text = index.text().text();
    List<Quote> found = new ArrayList<>();
    Set<Span> taken = new HashSet<>();
    for (Token token : index.text().tokens()) {
      List<Integer> clause = List.of();
      Optional<Speaker> speaker = Optional.empty();
      Optional<Span> cue = Optional.empty();
      boolean forOnly = !isCueVerb(index, token) && cues.isVerbFor(token.lemma());
      if (isCueVerb(index, token) || forOnly) {
        // "As improbable as it may seem, Mr. Clarke said the deal had helped": of two complements,
        // the one after the cue is what was said; one before it is set off in front of the speaker.
        List<Dependency> complements = forOnly ? List.of() : index.children(token.index()).stream().filter(QuoteFinder::isReportedComplement).toList();
        Optional<Dependency> reported = complements.stream().filter(d -> d.dependent() > token.index()).findFirst()
            .or(() -> complements.stream().findFirst());
        if (reported.isPresent()) {
          clause = sameSentence(index, token.sentence(), index.subtree(reported.get().dependent(), Set.of()));
        }
        if (clause.isEmpty() && !forOnly) {
          // What was said, denied, criticised or endorsed may be a noun phrase ("denied any
          // wrongdoing"), a person too ("criticized Trump for …", "endorses Clinton"), with the
          // reason given for it; but the object of "tell" or "urge" is the one spoken to.
          for (Dependency d : index.children(token.index())) {
            if (d.relation().equals("obj") && d.dependent() > token.index() && !cues.isVerbToSomeone(token.lemma())) {
              List<Integer> said = new ArrayList<>(index.subtree(d.dependent(), Set.of("acl:relcl")));
              for (Dependency reason : index.children(token.index())) {
                if (REASONS.contains(reason.relation()) && reason.dependent() > d.dependent()) {
                  said.addAll(index.subtree(reason.dependent(), Set.of()));
                }
              }
              clause = sameSentence(index, token.sentence(), said);
              break;
            }
          }
        }
        if (clause.isEmpty() && cues.isVerbFor(token.lemma())) {
          // "the NAACP called for a moratorium on charter schools": what an appeal asks for is what was said.
          for (Dependency d : index.children(token.index())) {
            // "called for footage to be released": a "for … to" clause, which the parser labels
            // by its "to", is asked for as well.
            boolean forClause = d.relation().startsWith("advcl") && index.children(d.dependent(), Set.of("mark")).stream()
                .anyMatch(m -> index.token(m).text().equalsIgnoreCase("for"));
            if ((d.relation().equals("obl:for") || forClause) && d.dependent() > token.index()) {
              // Without its "for": what was asked is "a moratorium …".
              List<Integer> asked = new ArrayList<>(index.subtree(d.dependent(), Set.of()));
              asked.removeAll(index.children(d.dependent(), Set.of("case")));
              asked.removeIf(t -> index.token(t).text().equalsIgnoreCase("for") && index.head(t).filter(h -> h.relation().equals("mark")).isPresent());
              clause = sameSentence(index, token.sentence(), asked);
              break;
            }
          }
        }
        if (clause.isEmpty() && !forOnly && !cues.isVerbToSomeone(token.lemma())) {
          // "the top 33 percent rate he has proposed": a relative clause on what was said, the
          // noun its object, reports the noun's phrase.
          Optional<Dependency> relative = index.head(token.index()).filter(h -> h.relation().equals("acl:relcl") && h.governor() >= 0
              && h.governor() < token.index() && index.children(token.index(), Set.of("obj")).contains(h.governor()));
          if (relative.isPresent()) {
            clause = sameSentence(index, token.sentence(), index.subtree(relative.get().governor(), Set.of("acl:relcl", "acl", "punct")));
          }
        }
        if (clause.isEmpty() && !forOnly) {
          // "…, sources said." / "The plan, he said, is …": the cue hangs off the clause it reports.
          Optional<Dependency> parent = index.head(token.index());
          OptionalInt closingSubject = parent.isPresent() ? closingConjunctSubject(index, parent.get(), token.index()) : OptionalInt.empty();
          if (closingSubject.isPresent()) {
            // What stands before the cue's subject is what was said, what the parser hung on the
            // cue there too ("but only if …"); what follows the cue is the narrator's ("as they
            // bristled at …").
            int from = closingSubject.getAsInt();
            List<Integer> rest = new ArrayList<>(index.subtree(parent.get().governor(), Set.of()));
            rest.removeIf(t -> t >= from);
            clause = sameSentence(index, token.sentence(), rest);
          } else if (parent.isPresent() && parent.get().governor() >= 0 && (parent.get().relation().equals("parataxis") || setOffAfter(index, parent.get(), token.index())
              || reportsItsGovernor(index, parent.get(), token.index()))) {
            List<Integer> whole = index.subtree(parent.get().governor(), Set.of());
            List<Integer> cuePart = index.subtree(token.index(), Set.of());
            List<Integer> rest = new ArrayList<>(whole);
            rest.removeAll(cuePart);
            clause = sameSentence(index, token.sentence(), rest);
          }
        }
        if (clause.isEmpty() && !forOnly) {
          clause = openingClauseReported(index, token.index());
        }
        if (!clause.isEmpty()) {
          speaker = speakerOf(index, actors, quoteSpans, token.index());
          if (speaker.isEmpty()) {
            speaker = nominalRightBefore(index, quoteSpans, token.index()).map(t -> speaker(index, actors, t));
          }
          cue = Optional.of(token.span());
        }
      } else {
        Optional<Sourced> sourced = accordingToAt(index, actors, token.index());
        if (sourced.isPresent()) {
          List<Integer> whole = index.subtree(sourced.get().clause(), Set.of());
          whole.removeAll(index.subtree(sourced.get().source(), Set.of()));
          clause = sameSentence(index, token.sentence(), whole);
          speaker = Optional.of(sourced.get().speaker());
          cue = Optional.of(token.span());
        }
      }
      clause = clause.stream().filter(t -> !index.token(t).tag().equals(".") && !index.token(t).tag().equals(",")).toList();
      if (clause.isEmpty()) {
        continue;
      }
      Span content = index.spanOf(clause.get(0), clause.get(clause.size() - 1));
      // Reported speech in quotation marks is the direct quote itself, unless the quotation is a
      // long excerpt that reports speech of its own ("“… Melanie thought the whole thing was outrageous. …").
      // A clause with words of its own besides the quotation ("said she expects the campaign
      // “to continue …”") is reported speech with a quoted fragment, unless the quotation has a
      // cue of its own that does not introduce it from inside the clause ("the impact it said
      // Clinton would have: “…,” the union wrote").
      Optional<Span> thisCue = cue;
      boolean quoted = quoteSpans.stream().anyMatch(q -> q.overlaps(content) && q.length() * 2 >= content.length() && q.length() <= 3 * content.length())
          && (wordsOutside(text, content, quoteSpans) <= 1 || direct.stream().anyMatch(q -> content.contains(q.content()) && q.cue().isPresent()
              && !q.cue().equals(thisCue) && !(content.contains(q.cue().get()) && q.cue().get().end() <= q.content().start())));
      // A clause that opens with a quotation a nearer cue introduces is the parser hanging that
      // quote on this verb ("The spot concludes with footage of Trump saying, “…,” when …").
      boolean claimed = direct.stream().anyMatch(q -> q.cue().isPresent() && thisCue.isPresent()
          && thisCue.get().end() <= q.cue().get().start() && q.cue().get().end() <= q.content().start()
          && q.content().start() <= content.start() + 1 && content.start() < q.content().end());
      if (quoted || claimed || content.length() < 2 || !taken.add(content)) {
        continue;
      }
      // What was said is not who said it ("Citing an unfounded theory, …" with the object taken
      // for an inverted subject). The clause of a controlled verb holds its controller, who may
      // well be the speaker ("Clinton plans to …"), so only a word that is no subject drops out.
      List<Integer> said = clause;
      speaker = speaker.filter(s -> !said.contains(s.head()) || index.parents(s.head()).stream().anyMatch(d -> d.relation().startsWith("nsubj")));
      found.add(quote(text, content, false, speaker, cue, token.sentence()));
    }
    return found;
  }

  /** Words of a span outside every quotation ("that" in: that “we will win”). */
  static int wordsOutside(String text, Span span, List<Span> quoteSpans) {
    int words = 0;
    boolean inWord = false;
    for (int i = span.start(); i < span.end(); i++) {
      int position = i;
      boolean letter = Character.isLetterOrDigit(text.charAt(i)) && quoteSpans.stream().noneMatch(q -> q.start() <= position && position < q.end());
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /**
   * "It would take weeks, he said, and …", "… did not go over well, said one GOP source": a
   * finite cue set off by a comma after the clause it hangs on, which the parser labelled an
   * unlabelled dependent instead of parataxis.
   */
  private static boolean setOffAfter(DependencyIndex index, Dependency parent, int cue) {
    String tag = index.token(cue).tag();
    if (!parent.relation().equals("dep") || parent.governor() > cue || tag.equals("VBG") || tag.equals("VBN")) {
      return false;
    }
    int start = index.subtree(cue, Set.of("obj", "obl", "advmod", "obl:tmod", "punct")).get(0);
    return start > 0 && index.token(start - 1).text().equals(",") && start - 1 > parent.governor();
  }

  /**
   * "Trump could embrace a clean energy policy, but only if he can be convinced …, Sen. Lindsey
   * Graham told The Huffington Post on Thursday": the parser joined the closing cue to the clause
   * it reports as a conjunct ({@code conj:but(embrace, told)}), the "but" of the reported clause
   * taken for the cue's. A conjunct whose subject comes right after a comma, with no conjunction
   * of its own there, is set off after what it reports; so is a clause with its own subject after
   * a comma that the parser hung on a noun as its modifier. The position of the cue's subject
   * phrase, where the cue's own words start, or empty.
   */
  private static OptionalInt closingConjunctSubject(DependencyIndex index, Dependency parent, int cue) {
    if (!(parent.relation().startsWith("conj") || parent.relation().equals("acl")) || parent.governor() < 0 || parent.governor() > cue) {
      return OptionalInt.empty();
    }
    Optional<Integer> subject = index.children(cue).stream().filter(d -> d.relation().equals("nsubj") && d.dependent() < cue)
        .map(Dependency::dependent).findFirst();
    if (subject.isEmpty()) {
      return OptionalInt.empty();
    }
    int start = index.subtree(subject.get(), Set.of()).get(0);
    boolean commaBefore = start > 0 && index.token(start - 1).text().equals(",") && index.token(start - 1).sentence() == index.token(cue).sentence();
    // A clause truly joined to the first has its conjunction right before its subject ("…, and
    // officials told reporters"); a clause the parser made a noun's modifier ("an insult to all
    // African-Americans, top black lawmakers said Friday, as they bristled …") has a subject of
    // its own, which no modifier has.
    return commaBefore ? OptionalInt.of(start) : OptionalInt.empty();
  }

  /** Conjunctions of condition and time: what follows them is not vouched for. */
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "when", "whenever", "before", "after", "until", "once");

  /**
   * "…, though she acknowledged it was unlikely to work", "whether Scott had a gun, as police
   * have said": a subordinate cue ("though", "while", "as") with nothing of its own to report
   * that the parser hung, as an adverbial, on the clause that follows it, or that "as" attaches
   * to the clause it vouches for.
   */
  private static boolean reportsItsGovernor(DependencyIndex index, Dependency parent, int cue) {
    if (!parent.relation().startsWith("advcl")) {
      return false;
    }
    Optional<String> mark = index.children(cue).stream().filter(d -> d.relation().equals("mark"))
        .map(d -> index.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)).findFirst();
    // Someone said something: an active subject of its own, not a condition ("if a replacement
    // were offered") nor a passive ("while a curfew was announced") nor "as they spoke to …".
    boolean someoneSays = index.children(cue).stream().anyMatch(d -> d.relation().equals("nsubj"))
        && index.children(cue).stream().noneMatch(d -> d.relation().startsWith("obl") || d.relation().startsWith("aux:pass"));
    return mark.isPresent() && someoneSays && !CONDITIONS.contains(mark.get()) && (parent.governor() > cue || mark.get().equals("as"));
  }

  /**
   * "Secret Service protocol called for …, sources said.", "But the new plan is still tilted
   * toward the rich, the Tax Foundation said.": the parser made the cue the root and hung the
   * clause that opens the sentence on it as an adverbial or unlabelled dependent. Such a clause,
   * with no conjunction of its own ("when", "if") and a comma between it and the cue's subject,
   * is what the cue reports.
   */
  private static List<Integer> openingClauseReported(DependencyIndex index, int cue) {
    Optional<Integer> subject = index.children(cue).stream().filter(d -> d.relation().equals("nsubj") && d.dependent() < cue)
        .map(Dependency::dependent).findFirst();
    if (subject.isEmpty()) {
      return List.of();
    }
    int first = index.text().sentences().get(index.token(cue).sentence()).firstToken();
    for (Dependency d : index.children(cue)) {
      // A whole clause, with a subject of its own, not a participle phrase ("Speaking to students, …").
      if (!(d.relation().equals("advcl") || d.relation().equals("dep")) || d.dependent() > subject.get()
          || index.children(d.dependent()).stream().anyMatch(c -> c.relation().equals("mark"))
          || index.children(d.dependent()).stream().noneMatch(c -> c.relation().startsWith("nsubj") || c.relation().startsWith("csubj"))) {
        continue;
      }
      List<Integer> reported = index.subtree(d.dependent(), Set.of());
      int last = reported.get(reported.size() - 1);
      int opening = reported.get(0);
      // Only a sentence adverb or conjunction before it ("However,", "But"), only a comma after it.
      boolean opens = opening - first <= 2 && java.util.stream.IntStream.range(first, opening)
          .allMatch(t -> index.token(t).tag().startsWith("RB") || index.token(t).tag().equals("CC") || index.token(t).text().equals(","));
      boolean commaThenSubject = last + 1 < subject.get() && index.token(last + 1).text().equals(",")
          && index.subtree(subject.get(), Set.of()).get(0) == last + 2;
      if (opens && commaThenSubject) {
        return sameSentence(index, index.token(cue).sentence(), reported);
      }
    }
    return List.of();
  }

  private static List<Integer> sameSentence(DependencyIndex index, int sentence, List<Integer> tokens) {
    return tokens.stream().filter(t -> index.token(t).sentence() == sentence).sorted().toList();
  }
}
