package dev.annals.coding;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends parse errors CoreNLP's dependency parser makes often in news, before anything reads the
 * graph. Each repair rebuilds only the edges of the construction it recognises and leaves the
 * sentence alone otherwise:
 *
 * <ul>
 *   <li>"accused India of sponsoring the militants, a charge New Delhi rejected": the name read as
 *       hung on "charge" and the noun before the apposition as the subject of "rejected";
 *   <li>"“Europe must defend itself,” Macron said": "said" read as a complement inside the
 *       quotation, whose predicate became the root;
 *   <li>"Jaishankar said India would support the bid", "Kellogg said Washington was ready to ease
 *       sanctions": the reported clause's subject read as the object of "said", and "said" as the
 *       clausal subject of the reported predicate ({@code obj(said, India)}, {@code csubj(support,
 *       said)}, the predicate as root). "Say" takes no proper name or pronoun as its object, so the
 *       name becomes the predicate's subject, the predicate the complement of "said", and the verbs
 *       that were its clausal subjects take its place in the tree.
 *   <li>a closing attribution ("..., killing seven civilians, regional governor Oleh Syniehubov
 *       said") read with the previous noun as the speaker;
 *   <li>"called on Western allies to send": "on" read as the marker of "send";
 *   <li>"began exporting fuel": the gerund read as an adjective of the object;
 *   <li>"rejected Thursday a UN appeal": the object read as a dependent of the day;
 *   <li>"arrived in Bosnia, Defense Secretary William Perry said": the speaker read as an
 *       apposition of the noun before it;
 *   <li>"a meeting next week of Palestinian factions": the "of" phrase read as the time's;
 *   <li>"delivered aid to 1.5 million Sudanese last month": the people read as an adjective of the time.
 * </ul>
 */
final class ParseRepairs {
  private static final Set<String> SAYING = Set.of("say", "add", "insist", "claim", "state");

  private ParseRepairs() {}

  static List<Dependency> repair(List<Token> tokens, List<Dependency> sentence) {
    List<Dependency> repaired = sentence;
    for (Repair repair : ORDER) {
      repaired = repair.apply(tokens, repaired);
    }
    return repaired;
  }

  /** One repair: the sentence's dependencies, mended or as they were. */
  @FunctionalInterface
  private interface Repair {
    List<Dependency> apply(List<Token> tokens, List<Dependency> sentence);
  }

  /** The repairs in the order they run; each reads the sentence as the ones before it left it. */
  private static final List<Repair> ORDER = List.of(
      ParseRepairs::reducedRelativeOfAppositive, ParseRepairs::quoteBeforeSaying, ParseRepairs::reportedSubject, ParseRepairs::trailingAttribution,
      ParseRepairs::callOn, ParseRepairs::aspectualGerund, ParseRepairs::dayBeforeObject, ParseRepairs::appositiveSpeaker,
      ParseRepairs::ofAfterTimeWord, ParseRepairs::peopleBeforeTimeWord);

  /**
   * "delivered food aid to 1.5 million Sudanese last month": the parser may take the whole run for
   * one noun phrase headed by "month", with "Sudanese" an adjective of it. A capitalised adjective
   * with a number, before "last", "next" or "this" and a period, is a group of people (the
   * phrase's head, where the period was attached) and the period is the time of the verb.
   */
  private static List<Dependency> peopleBeforeTimeWord(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency attachment : sentence) {
      int period = attachment.dependent();
      int relative = period - 1;
      int people = period - 2;
      if (attachment.governor() < 0 || people < 0 || !PERIODS.contains(tokens.get(period).lemma().toLowerCase(Locale.ROOT))
          || !RELATIVE.contains(tokens.get(relative).text().toLowerCase(Locale.ROOT))
          || !tokens.get(people).tag().equals("JJ") || !Character.isUpperCase(tokens.get(people).text().charAt(0))) {
        continue;
      }
      boolean adjectiveOfPeriod = sentence.stream().anyMatch(d -> d.governor() == period && d.dependent() == people && d.relation().equals("amod"));
      boolean counted = sentence.stream().anyMatch(d -> d.governor() == period && d.relation().equals("nummod") && d.dependent() < people);
      if (!adjectiveOfPeriod || !counted) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == attachment) {
          out.add(new Dependency(d.governor(), people, d.relation()));
          out.add(new Dependency(d.governor(), period, d.baseRelation().equals("nmod") ? "nmod:tmod" : "obl:tmod"));
        } else if (d.governor() == period && d.dependent() == people) {
          continue;
        } else if (d.governor() == period && d.dependent() < people) {
          // The number and the preposition go with the people.
          out.add(new Dependency(people, d.dependent(), d.relation()));
        } else {
          out.add(d);
        }
      }
      return out;
    }
    return sentence;
  }

  /** Nouns of a claim that a reduced relative clause after them answers: "a charge New Delhi rejected". */
  private static final Set<String> CLAIM_NOUNS = Set.of("charge", "claim", "accusation", "allegation", "assertion", "report", "suggestion");

  /**
   * "accused India of sponsoring the militants, a charge New Delhi rejected": the parser may make
   * the noun before the apposition ("militants") the subject of "rejected" and hang "New Delhi" on
   * "charge". A name right between a claim noun in apposition and a verb is the verb's subject,
   * and the verb a relative clause on the claim noun.
   */
  private static List<Dependency> reducedRelativeOfAppositive(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int verb = subject.governor();
      if (!subject.relation().equals("nsubj") || verb < 0 || !tokens.get(verb).tag().startsWith("VB")) {
        continue;
      }
      for (Dependency appos : sentence) {
        int claim = appos.dependent();
        if (appos.governor() != subject.dependent() || !appos.relation().equals("appos") || claim > verb
            || !CLAIM_NOUNS.contains(tokens.get(claim).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        // The name: the proper nouns right before the verb, hung on the claim noun.
        int name = verb - 1;
        if (name <= claim || !tokens.get(name).tag().startsWith("NNP")) {
          continue;
        }
        int nameHead = name;
        boolean hungOnClaim = sentence.stream().anyMatch(d -> d.dependent() == nameHead && d.governor() == claim);
        if (!hungOnClaim) {
          continue;
        }
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : sentence) {
          boolean verbAttachment = d.dependent() == verb && d.governor() != claim;
          if (d == subject || (d.dependent() == nameHead && d.governor() == claim) || verbAttachment) {
            continue;
          }
          out.add(d);
        }
        out.add(new Dependency(verb, nameHead, "nsubj"));
        out.add(new Dependency(claim, verb, "acl:relcl"));
        return out;
      }
    }
    return sentence;
  }

  /**
   * "“Europe must be able to defend itself,” Macron said after the talks.": the parser may take
   * the quotation's predicate for the sentence's root and "said" for a complement inside the
   * quotation. A verb of saying after the closing quotation mark, with its subject there too, is
   * what the sentence asserts; the quotation is its complement, as CoreNLP parses the shorter
   * "“We must reach every child,” Tedros said."
   */
  private static List<Dependency> quoteBeforeSaying(List<Token> tokens, List<Dependency> sentence) {
    int root = sentence.stream().filter(d -> d.governor() < 0).mapToInt(Dependency::dependent).findFirst().orElse(-1);
    if (root < 0) {
      return sentence;
    }
    for (Dependency attachment : sentence) {
      int verb = attachment.dependent();
      int governor = attachment.governor();
      if (governor < 0 || governor > verb || !SAYING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int first = sentence.stream().mapToInt(Dependency::dependent).min().orElse(root);
      int closing = closingQuoteBetween(tokens, first, root, verb);
      boolean subjectAfterQuote = closing >= 0 && sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("nsubj") && d.dependent() > closing);
      if (!subjectAfterQuote || governor > closing || root > closing) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d != attachment && d.governor() >= 0) {
          out.add(d);
        }
      }
      out.add(new Dependency(-1, verb, "root"));
      out.add(new Dependency(verb, root, "ccomp"));
      return out;
    }
    return sentence;
  }

  /**
   * The last quotation mark after {@code root} and before {@code to} that closes one opened before
   * the root, or -1. The tagger may tag a straight closing quotation mark as an opening one.
   */
  private static int closingQuoteBetween(List<Token> tokens, int sentenceStart, int root, int to) {
    boolean opened = false;
    for (int t = sentenceStart; t < root; t++) {
      opened |= isQuotationMark(tokens.get(t));
    }
    if (!opened) {
      return -1;
    }
    for (int t = to - 1; t > root; t--) {
      if (isQuotationMark(tokens.get(t))) {
        return t;
      }
    }
    return -1;
  }

  private static boolean isQuotationMark(Token token) {
    return Set.of("``", "''").contains(token.tag()) || Set.of("\"", "“", "”", "''", "``").contains(token.text());
  }

  /**
   * "NATO troops have arrived in Bosnia, Defense Secretary William Perry said": the parser may
   * hang the speaker on the noun before it as an apposition and leave "said" with no subject, so
   * that Bosnia is read as the secretary. A name right before a subjectless verb of saying is
   * its speaker, not an apposition.
   */
  private static List<Dependency> appositiveSpeaker(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency appos : sentence) {
      int speaker = appos.dependent();
      int verb = speaker + 1;
      if (!appos.relation().equals("appos") || appos.governor() < 0 || appos.governor() >= speaker || verb >= tokens.size()
          || !tokens.get(speaker).tag().startsWith("NNP") || !SAYING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
          || sentence.stream().noneMatch(d -> d.dependent() == verb)
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d != appos) {
          out.add(d);
        }
      }
      out.add(new Dependency(verb, speaker, "nsubj"));
      return out;
    }
    return sentence;
  }

  private static final Set<String> PERIODS = Set.of("week", "weekend", "month", "year", "fortnight");
  private static final Set<String> RELATIVE = Set.of("next", "last", "this", "coming", "past");
  private static final Set<String> DATE_ENTITIES = Set.of("DATE", "TIME", "DURATION", "SET");

  /**
   * "rejected an invitation to attend a meeting next week of Palestinian factions", "the visit
   * last month of the Iranian president": news puts a relative time ("next week") between a noun
   * and its "of" phrase, and the parser hangs the "of" phrase on the time word, so the meeting
   * loses whose meeting it is. A period word after "next", "last", "this" right after a noun of
   * the same clause is not "of" anybody ("next week of the factions" names no period), so its
   * "of" phrase goes back to that noun. "The week of the election" (no relative word) and "last
   * week of March" (a date) are left alone.
   */
  private static List<Dependency> ofAfterTimeWord(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int period = time.dependent();
      int relative = period - 1;
      int noun = period - 2;
      if (!(time.relation().equals("obl:tmod") || time.relation().equals("nmod:tmod")) || noun < 0 || period + 1 >= tokens.size()
          || tokens.get(noun).sentence() != tokens.get(period).sentence()
          || !PERIODS.contains(tokens.get(period).lemma().toLowerCase(Locale.ROOT))
          || !RELATIVE.contains(tokens.get(relative).text().toLowerCase(Locale.ROOT))
          || !tokens.get(noun).isNoun() || !tokens.get(period + 1).lemma().equalsIgnoreCase("of")
          || !(time.governor() == noun || sentence.stream().anyMatch(d -> d.governor() == time.governor() && d.dependent() == noun))) {
        continue;
      }
      Dependency of = sentence.stream()
          .filter(d -> d.governor() == period && d.relation().equals("nmod:of") && d.dependent() > period
              && !DATE_ENTITIES.contains(tokens.get(d.dependent()).entity()))
          .findFirst().orElse(null);
      if (of == null) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d != of) {
          out.add(d);
        }
      }
      out.add(new Dependency(noun, of.dependent(), "nmod:of"));
      return out;
    }
    return sentence;
  }

  private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight");

  /**
   * "Beirut rejected Thursday a United Nations appeal", "the army lifted Friday a blockade": news
   * puts the day between the verb and its object, and the parser reads the day as the verb's time
   * and the object as a loose dependent of the day, so the act loses its object. A day word right
   * after a verb that has no object gives the noun hanging from it back to the verb as its object.
   */
  private static List<Dependency> dayBeforeObject(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency tmod : sentence) {
      int verb = tmod.governor();
      int day = tmod.dependent();
      if (verb < 0 || !tmod.relation().equals("obl:tmod") || day != verb + 1 || !tokens.get(verb).isVerb()
          || !DAY_WORDS.contains(tokens.get(day).text().toLowerCase(Locale.ROOT))
          || sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"))) {
        continue;
      }
      Dependency stray = sentence.stream()
          .filter(d -> d.governor() == day && d.relation().equals("dep") && d.dependent() > day && tokens.get(d.dependent()).isNoun())
          .findFirst().orElse(null);
      if (stray == null) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d != stray) {
          out.add(d);
        }
      }
      out.add(new Dependency(verb, stray.dependent(), "obj"));
      return out;
    }
    return sentence;
  }

  private static final Set<String> ASPECTUAL = Set.of("begin", "start", "resume", "continue", "stop", "halt", "cease", "keep", "finish");

  /**
   * "Azerbaijan began exporting fuel to Armenia": the parser makes "exporting" an adjective of
   * "fuel" and "fuel" the object of "began", so the act is lost. A gerund right after an
   * aspectual verb is the verb it governs: "exporting" becomes the complement of "began" and
   * takes the object and the began's prepositional phrases.
   */
  private static List<Dependency> aspectualGerund(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency obj : sentence) {
      int verb = obj.governor();
      int noun = obj.dependent();
      if (verb < 0 || !obj.relation().equals("obj") || !ASPECTUAL.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int gerund = verb + 1;
      boolean misread = gerund < noun && tokens.get(gerund).tag().equals("VBG")
          && sentence.stream().anyMatch(d -> d.governor() == noun && d.dependent() == gerund && d.relation().equals("amod"));
      if (!misread) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == obj || (d.governor() == noun && d.dependent() == gerund)) {
          continue;
        }
        if (d.governor() == verb && d.baseRelation().equals("obl")) {
          out.add(new Dependency(gerund, d.dependent(), d.relation()));
          continue;
        }
        out.add(d);
      }
      out.add(new Dependency(verb, gerund, "xcomp"));
      out.add(new Dependency(gerund, noun, "obj"));
      sentence.stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj"))
          .forEach(d -> out.add(new Dependency(gerund, d.dependent(), "nsubj:xsubj")));
      return out;
    }
    return sentence;
  }

  /**
   * "Zelensky called on Western allies to send more air defence systems": the parser sometimes
   * reads "on" as the marker of "send" and the allies as its subject, so the appeal loses its
   * addressee. It is mended to the parse CoreNLP gives the same phrase elsewhere: "on" a particle
   * of "called", the allies its object and the controller of "send".
   */
  private static List<Dependency> callOn(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency advcl : sentence) {
      int verb = advcl.governor();
      int act = advcl.dependent();
      if (verb < 0 || !advcl.baseRelation().equals("advcl") || !tokens.get(verb).lemma().equalsIgnoreCase("call")) {
        continue;
      }
      // "called Thursday on Arabs to unite": a day word may stand between the verb and "on".
      int onAt = verb + 1 < tokens.size() && DAY_WORDS.contains(tokens.get(verb + 1).text().toLowerCase(Locale.ROOT)) ? verb + 2 : verb + 1;
      Dependency on = sentence.stream().filter(d -> d.governor() == act && d.relation().equals("mark") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("on") && d.dependent() == onAt)
          .findFirst().orElse(null);
      Dependency addressee = sentence.stream().filter(d -> d.governor() == act && d.relation().equals("nsubj") && d.dependent() < act).findFirst().orElse(null);
      if (on == null || addressee == null) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d != advcl && d != on && d != addressee) {
          out.add(d);
        }
      }
      out.add(new Dependency(verb, on.dependent(), "compound:prt"));
      out.add(new Dependency(verb, addressee.dependent(), "obj"));
      out.add(new Dependency(verb, act, "xcomp"));
      out.add(new Dependency(act, addressee.dependent(), "nsubj:xsubj"));
      return out;
    }
    return sentence;
  }

  /** "Jaishankar said India would support the bid": see the class comment. */
  private static List<Dependency> reportedSubject(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency csubj : sentence) {
      if (!csubj.relation().equals("csubj")) {
        continue;
      }
      int verb = csubj.dependent();
      int predicate = csubj.governor();
      if (!SAYING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT)) || predicate <= verb) {
        continue;
      }
      for (Dependency obj : sentence) {
        int subject = obj.dependent();
        boolean nameOrPronoun = tokens.get(subject).tag().startsWith("NNP") || tokens.get(subject).tag().equals("PRP");
        if (obj.governor() == verb && obj.relation().equals("obj") && nameOrPronoun && subject > verb && subject < predicate) {
          return rebuilt(sentence, verb, predicate, subject);
        }
      }
    }
    return sentence;
  }

  /**
   * "Russian forces struck Kharkiv, killing seven civilians, regional governor Oleh Syniehubov
   * said": the parser makes "civilians" the subject of "said" (with the governor in apposition
   * to it) and "said" a complement of "killing". An attribution closing the sentence is the
   * source's, and it reports the whole sentence: the apposition becomes the subject and "said"
   * hangs from the root, as CoreNLP parses such sentences when they are shorter.
   */
  private static List<Dependency> trailingAttribution(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int verb = subject.governor();
      if (!subject.relation().equals("nsubj") || verb < 0 || !SAYING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency appos : sentence) {
        int speaker = appos.dependent();
        boolean named = tokens.get(speaker).tag().startsWith("NNP");
        if (appos.governor() == subject.dependent() && appos.relation().equals("appos") && named && speaker == verb - 1 && subject.dependent() < speaker) {
          int root = sentence.stream().filter(d -> d.governor() < 0).mapToInt(Dependency::dependent).findFirst().orElse(-1);
          List<Dependency> out = new ArrayList<>();
          for (Dependency d : sentence) {
            if (d == appos || d == subject) {
              continue;
            }
            if (d.dependent() == verb && d.relation().equals("ccomp") && root >= 0 && root != verb) {
              out.add(new Dependency(root, verb, "parataxis"));
              continue;
            }
            out.add(d);
          }
          out.add(new Dependency(verb, speaker, "nsubj"));
          // "The Palestinians reject proposed Israeli changes to the deal, Erakat said": the noun
          // that was taken for the speaker is the object of the main verb, when "said" hung from
          // it, it has none and nothing else governs the noun. (A subordinate verb is left alone:
          // "..., killing seven civilians, X said" reads its own object.)
          int noun = subject.dependent();
          int holder = sentence.stream().filter(d -> d.dependent() == verb && d.relation().equals("ccomp")).mapToInt(Dependency::governor).findFirst().orElse(-1);
          boolean orphan = out.stream().noneMatch(d -> d.dependent() == noun);
          if (orphan && holder >= 0 && holder == root && holder < noun && tokens.get(holder).isVerb()
              && out.stream().noneMatch(d -> d.governor() == holder && (d.relation().equals("obj") || d.relation().equals("nsubj:pass")))) {
            out.add(new Dependency(holder, noun, "obj"));
          }
          return out;
        }
      }
    }
    return sentence;
  }

  private static List<Dependency> rebuilt(List<Dependency> sentence, int verb, int predicate, int subject) {
    List<Dependency> out = new ArrayList<>();
    // The first verb that was a clausal subject of the predicate heads the sentence now: with
    // "Kellogg thanked X and said Washington was ready", "thanked".
    int newHead = sentence.stream().filter(d -> d.governor() == predicate && d.relation().equals("csubj"))
        .mapToInt(Dependency::dependent).min().orElse(verb);
    for (Dependency d : sentence) {
      if (d.governor() == verb && d.dependent() == subject && d.relation().equals("obj")) {
        continue;
      }
      if (d.governor() == predicate && d.relation().equals("csubj")) {
        continue;
      }
      if (d.dependent() == predicate && !d.relation().equals("ccomp")) {
        // The predicate's own attachment (root, or whatever held it) passes to the new head.
        out.add(new Dependency(d.governor(), newHead, d.relation()));
        continue;
      }
      if (d.governor() == predicate && d.relation().equals("punct") && d.dependent() > predicate) {
        out.add(new Dependency(newHead, d.dependent(), d.relation()));
        continue;
      }
      out.add(d);
    }
    out.add(new Dependency(predicate, subject, "nsubj"));
    out.add(new Dependency(verb, predicate, "ccomp"));
    return out;
  }
}
