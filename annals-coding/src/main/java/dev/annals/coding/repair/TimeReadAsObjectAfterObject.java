package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "prompting Athens to summon Albania's ambassador the same day": the parser reads the verb as
 * one with two objects, the ambassador given ({@code iobj(summon, ambassador)}) and the day the
 * thing ({@code obj(summon, day)}), so the summons has a day for its object. A time of the
 * calendar after the verb's first object, told with a word that places it ("the same day", "that
 * evening", "this week", "the next morning"), is when, and the first object the verb's own:
 * {@code obj(summon, ambassador)}, {@code obl:tmod(summon, day)}. Verbs that give stay as they
 * are: "gave Iran the weekend to answer" gives the time. A passive verb's placed time read as its
 * object ("which was granted the same day") is when, too. The parser may also find the time
 * right ({@code obl:tmod(met, day)}) yet keep the object it passed over as a receiver with nothing
 * given: "Brazil's ambassador met Nigeria's foreign minister in Abuja the same day" has
 * {@code iobj(met, minister)} and no object; a verb that does not give has it for its object.
 */
public final class TimeReadAsObjectAfterObject implements ParseRepair {
  private static final Set<String> TIMES = Set.of("day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "fortnight");
  /** Words that place a time rather than count it: not "a" ("gave the country a year"). */
  private static final Set<String> PLACING = Set.of("the", "that", "this", "next", "last", "same", "following");
  private static final Set<String> GIVING = Set.of("give", "grant", "allow", "offer", "afford", "leave", "lend", "send");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int verb = time.governor();
      int noun = time.dependent();
      if (verb >= 0 && time.relation().equals("obl:tmod") && tokens.get(verb).isVerb() && isPlacedTime(tokens, sentence, noun) && !isGiving(tokens, verb)
          && sentence.stream().noneMatch(d -> d.governor() == verb && d.relation().equals("obj"))) {
        Optional<Dependency> receiver = nounReceiverBefore(tokens, sentence, verb, noun);
        if (receiver.isPresent()) {
          return DependencyEdits.replaced(sentence, receiver.get(), new Dependency(verb, receiver.get().dependent(), "obj"));
        }
      }
      if (verb < 0 || !time.relation().equals("obj") || !tokens.get(verb).isVerb() || !isPlacedTime(tokens, sentence, noun)) {
        continue;
      }
      // "consular access …, which was granted the same day": a passive verb has its thing for its
      // subject; a placed time read as its object is when, whatever the verb.
      if (sentence.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("nsubj:pass"))) {
        return DependencyEdits.replaced(sentence, time, new Dependency(verb, noun, "obl:tmod"));
      }
      if (isGiving(tokens, verb)) {
        continue;
      }
      Optional<Dependency> first = nounReceiverBefore(tokens, sentence, verb, noun);
      if (first.isEmpty()) {
        continue;
      }
      Dependency given = first.get();
      return DependencyEdits.mapped(sentence, d -> d == given ? new Dependency(verb, d.dependent(), "obj") : d == time ? new Dependency(verb, noun, "obl:tmod") : d);
    }
    return sentence;
  }

  private static boolean isGiving(List<Token> tokens, int verb) {
    return GIVING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT));
  }

  /** The verb's first indirect object before the time, when it is a noun: the object the parser passed over. */
  private static Optional<Dependency> nounReceiverBefore(List<Token> tokens, List<Dependency> sentence, int verb, int time) {
    return sentence.stream().filter(d -> d.governor() == verb && d.relation().equals("iobj") && d.dependent() < time).findFirst()
        .filter(d -> tokens.get(d.dependent()).isNoun());
  }

  /** A time noun whose own words place it: "the same day", "that evening". */
  private static boolean isPlacedTime(List<Token> tokens, List<Dependency> sentence, int noun) {
    return TIMES.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT)) && sentence.stream()
        .anyMatch(d -> d.governor() == noun && (d.relation().equals("det") || d.relation().equals("amod"))
            && PLACING.contains(tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT)));
  }
}
