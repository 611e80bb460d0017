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
  /** Subjects that are one person by office, with no name ("the government spokesman"), with the pronoun for them. */
  private final List<Office> officeSubjects = new ArrayList<>();
  private final List<Office> officeSpeakers = new ArrayList<>();

  /** A mention of one person by office and the pronoun ("he", "she" or "any") that may refer to the holder. */
  private record Office(ActorMention mention, String pronoun) {
    boolean answers(String word) {
      return pronoun.equals("any") || pronoun.equals(word);
    }
  }
  private final List<ActorMention> things = new ArrayList<>();
  private final List<List<ActorMention>> groups = new ArrayList<>();

  /**
   * Remembers the mentions of one phrase.
   *
   * @param subjectOfSpeech whether the phrase is the subject of a verb of saying
   * @param subject whether the phrase is a subject at all
   * @param office the pronoun for the one person by office the phrase names with no name ("the
   *     spokesman": he), if it names one
   */
  void remember(List<ActorMention> mentions, boolean subjectOfSpeech, boolean subject, Optional<String> office) {
    for (ActorMention mention : mentions) {
      if (office.isPresent() && mention.actor().kind() != ActorKind.PERSON && subject) {
        officeSubjects.add(new Office(mention, office.get()));
        if (subjectOfSpeech) {
          officeSpeakers.add(new Office(mention, office.get()));
        }
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

  /** The last person mentioned as the subject of a verb of saying. */
  Optional<ActorMention> lastSpeaker() {
    return last(speakers);
  }

  /**
   * The later of the last person who was a subject of a verb of saying and the last one by office
   * ("the spokesman said") that {@code word} ("he", "she") may refer to, for "he said".
   */
  Optional<ActorMention> lastSpeakerOrOffice(String word) {
    return later(last(speakers), lastOffice(officeSpeakers, word));
  }

  /** The later of the last person who was a subject and the last subject by office {@code word} may refer to, for "He also …". */
  Optional<ActorMention> lastSubjectOrOffice(String word) {
    return later(last(subjects), lastOffice(officeSubjects, word));
  }

  private static Optional<ActorMention> lastOffice(List<Office> offices, String word) {
    for (int i = offices.size() - 1; i >= 0; i--) {
      if (offices.get(i).answers(word)) {
        return Optional.of(offices.get(i).mention());
      }
    }
    return Optional.empty();
  }

  private static Optional<ActorMention> later(Optional<ActorMention> a, Optional<ActorMention> b) {
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
    for (int i = things.size() - 1; i >= 0; i--) {
      Actor actor = things.get(i).actor();
      if (test.test(actor)) {
        return Optional.of(actor);
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

  /** Every group remembered so far, in order. */
  List<List<ActorMention>> groups() {
    return Collections.unmodifiableList(groups);
  }

  /** How many different actor codes the mentions carry. */
  static int distinctCodes(List<ActorMention> mentions) {
    return (int) mentions.stream().map(m -> m.actor().code()).distinct().count();
  }

  private static <T> Optional<T> last(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }
}
