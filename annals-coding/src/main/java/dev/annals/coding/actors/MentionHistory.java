package dev.annals.coding.actors;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The actors one article has mentioned so far, in order, for the anaphora that refer back to
 * them: the last speaker for "he said", the last group of two or more for "they", the last
 * state or organisation for "its" and "the group".
 */
final class MentionHistory {
  private final List<ActorMention> people = new ArrayList<>();
  private final List<ActorMention> speakers = new ArrayList<>();
  private final List<ActorMention> subjects = new ArrayList<>();
  /** Subjects that are one person with no name ("the government spokesman", "a man"), with the pronoun for them. */
  private final List<Unnamed> unnamedSubjects = new ArrayList<>();
  private final List<Unnamed> unnamedSpeakers = new ArrayList<>();
  /** One person with no name named as no subject: "detained a German journalist", "arrested an Italian man". */
  private final List<Unnamed> unnamedOthers = new ArrayList<>();
  private final List<ActorMention> things = new ArrayList<>();
  private final List<List<ActorMention>> groups = new ArrayList<>();

  /** A mention of one person with no name and the pronoun ("he", "she" or "any") that may refer to that person. */
  private record Unnamed(ActorMention mention, String pronoun) {
    boolean answers(String word) {
      return pronoun.equals("any") || pronoun.equals(word);
    }
  }

  /**
   * Remembers the mentions of one phrase.
   *
   * @param subjectOfSpeech whether the phrase is the subject of a verb of saying
   * @param subject whether the phrase is a subject at all
   * @param unnamed the pronoun for the one person with no name the phrase names ("the spokesman":
   *     he), if it names one
   */
  void remember(List<ActorMention> mentions, boolean subjectOfSpeech, boolean subject, Optional<String> unnamed) {
    for (ActorMention mention : mentions) {
      if (unnamed.isPresent() && mention.actor().kind() != ActorKind.PERSON && subject) {
        unnamedSubjects.add(new Unnamed(mention, unnamed.get()));
        if (subjectOfSpeech) {
          unnamedSpeakers.add(new Unnamed(mention, unnamed.get()));
        }
      }
      if (unnamed.isPresent() && mention.actor().kind() != ActorKind.PERSON && !subject) {
        unnamedOthers.add(new Unnamed(mention, unnamed.get()));
      }
      if (mention.actor().kind() == ActorKind.PERSON && subjectOfSpeech) {
        speakers.add(mention);
      }
      if (mention.actor().kind() == ActorKind.PERSON && subject) {
        subjects.add(mention);
      }
      if (mention.actor().kind() == ActorKind.PERSON) {
        people.add(mention);
      } else {
        things.add(mention);
      }
    }
  }

  /** Remembers coordinated mentions ("Putin and Xi") as a group when they are two actors or more. */
  void rememberGroup(List<ActorMention> group) {
    if (distinctCodes(group) >= 2) {
      groups.add(List.copyOf(group));
    }
  }

  /** The last person mentioned. */
  Optional<ActorMention> lastPerson() {
    return last(people);
  }

  /** The last person mentioned who passes the test. */
  Optional<ActorMention> lastPerson(Predicate<ActorMention> test) {
    for (int i = people.size() - 1; i >= 0; i--) {
      if (test.test(people.get(i))) {
        return Optional.of(people.get(i));
      }
    }
    return Optional.empty();
  }

  /** The last person mentioned as the subject of a verb of saying. */
  Optional<ActorMention> lastSpeaker() {
    return last(speakers);
  }

  /**
   * The later of the last person named who was a subject of a verb of saying and the last one
   * with no name ("the spokesman said") that {@code word} ("he", "she") may refer to, for "he said".
   */
  Optional<ActorMention> lastSpeakerOrUnnamed(String word) {
    return later(last(speakers), lastUnnamed(unnamedSpeakers, word));
  }

  /** The later of the last person named who was a subject and the last unnamed one, whatever pronoun fits them, for "the 34-year-old". */
  Optional<ActorMention> lastSubjectOrUnnamed() {
    return later(last(subjects), last(unnamedSubjects).map(Unnamed::mention));
  }

  /** The later of the last person named who was a subject and the last unnamed one {@code word} may refer to, for "He also …". */
  Optional<ActorMention> lastSubjectOrUnnamed(String word) {
    return later(last(subjects), lastUnnamed(unnamedSubjects, word));
  }

  /** The last unnamed subject {@code word} may refer to that passes the test. */
  Optional<ActorMention> lastUnnamedSubject(String word, Predicate<ActorMention> test) {
    return lastUnnamed(unnamedSubjects, word, test);
  }

  /** The last one person with no name named as no subject ("detained a German journalist") that the pronoun may refer to and that passes the test. */
  Optional<ActorMention> lastUnnamedNonSubject(String word, Predicate<ActorMention> test) {
    return lastUnnamed(unnamedOthers, word, test);
  }

  /** The last one person with no name, subject or not, that the pronoun may refer to and that passes the test. */
  Optional<ActorMention> lastUnnamedPerson(String word, Predicate<ActorMention> test) {
    return later(lastUnnamed(unnamedSubjects, word, test), lastUnnamed(unnamedOthers, word, test));
  }

  private static Optional<ActorMention> lastUnnamed(List<Unnamed> unnamed, String word) {
    return lastUnnamed(unnamed, word, m -> true);
  }

  private static Optional<ActorMention> lastUnnamed(List<Unnamed> unnamed, String word, Predicate<ActorMention> test) {
    for (int i = unnamed.size() - 1; i >= 0; i--) {
      if (unnamed.get(i).answers(word) && test.test(unnamed.get(i).mention())) {
        return Optional.of(unnamed.get(i).mention());
      }
    }
    return Optional.empty();
  }

  /** The one of two mentions that comes later in the text, or whichever there is. */
  static Optional<ActorMention> later(Optional<ActorMention> a, Optional<ActorMention> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.or(() -> b);
    }
    return b.get().span().start() > a.get().span().start() ? b : a;
  }

  /** The last person mentioned as the subject of a clause. */
  Optional<ActorMention> lastSubject() {
    return last(subjects);
  }

  /** The last state, organisation, region or group mentioned: anything but a person. */
  Optional<ActorMention> lastThing() {
    return last(things);
  }

  /** The actor of the last mention other than a person that passes the test. */
  Optional<Actor> lastThing(Predicate<Actor> test) {
    return lastThingMentioned(mention -> test.test(mention.actor()));
  }

  /** The actor of the last mention other than a person whose mention (its words too) passes the test. */
  Optional<Actor> lastThingMentioned(Predicate<ActorMention> test) {
    return lastThingMention(test).map(ActorMention::actor);
  }

  /** The last mention other than a person's that passes the test. */
  Optional<ActorMention> lastThingMention(Predicate<ActorMention> test) {
    for (int i = things.size() - 1; i >= 0; i--) {
      if (test.test(things.get(i))) {
        return Optional.of(things.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The actor of the last mention that passes the test, a person's too: "NATO Secretary-General
   * Mark Rutte … said the alliance stood with Norway" finds NATO by the person who acts for it.
   */
  Optional<Actor> lastActorOf(Predicate<Actor> test) {
    Optional<ActorMention> thing = Optional.empty();
    for (int i = things.size() - 1; i >= 0 && thing.isEmpty(); i--) {
      if (test.test(things.get(i).actor())) {
        thing = Optional.of(things.get(i));
      }
    }
    Optional<ActorMention> person = lastPerson(p -> test.test(p.actor()));
    return later(thing, person).map(ActorMention::actor);
  }

  /** The last group of exactly {@code size} actors mentioned together: "the three" after "Egypt, Eritrea and Somalia". */
  Optional<List<ActorMention>> lastGroupOf(int size) {
    for (int i = groups.size() - 1; i >= 0; i--) {
      if (distinctCodes(groups.get(i)) == size) {
        return Optional.of(groups.get(i));
      }
    }
    return Optional.empty();
  }

  /** The last group of two actors or more mentioned together. */
  Optional<List<ActorMention>> lastGroup() {
    return last(groups);
  }

  /** Every person mentioned so far, in order. */
  List<ActorMention> people() {
    return Collections.unmodifiableList(people);
  }

  /** Every mention other than a person so far, in order. */
  List<ActorMention> things() {
    return Collections.unmodifiableList(things);
  }

  /** Every thing and person remembered so far, things first (a list of its own, free to sort). */
  List<ActorMention> namedSoFar() {
    List<ActorMention> named = new java.util.ArrayList<>(things);
    named.addAll(people);
    return named;
  }

  /** Every group remembered so far, in order. */
  List<List<ActorMention>> groups() {
    return Collections.unmodifiableList(groups);
  }

  /** Mentions that lie in the token's own sentence, before the token. */
  static Predicate<ActorMention> inSentenceBefore(dev.annals.coding.DependencyIndex index, dev.annals.model.Token token) {
    int sentenceStart = index.text().sentences().get(token.sentence()).span().start();
    return m -> m.span().start() >= sentenceStart && m.span().end() <= token.span().start();
  }

  /**
   * Whether one of the mention's words, as written, is the word in any case ("navy" in "A Nigerian
   * navy frigate"; "factions" in "armed factions"), read from its surface, not the article's tokens.
   */
  static boolean hasWord(ActorMention mention, String word) {
    return java.util.Arrays.stream(mention.surface().split("\\s+")).anyMatch(word::equalsIgnoreCase);
  }

  /** How many different actor codes the mentions carry. */
  static int distinctCodes(List<ActorMention> mentions) {
    return (int) mentions.stream().map(m -> m.actor().code()).distinct().count();
  }

  private static <T> Optional<T> last(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }
}
