package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ActorResolver;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import dev.annals.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "The EU agreed to lift sanctions on Syria's interior ministry ... Britain said on Tuesday it
 * would follow", "Hong Kong is expected to follow Beijing's decision": a side that follows
 * another does what the other did, to whom the other did it. The act copied is the last deed
 * told before by another side (whose decision it follows, when the text names its owner); said
 * of what is to come ("would follow", "is expected to follow") it is intended.
 */
public final class FollowedActs {
  private static final String FOLLOW = "follow";
  /** What one follows when one does as another did: "followed suit", "follow Beijing's decision". */
  private static final Set<String> FOLLOWED = Set.of("suit", "lead", "example", "decision", "move", "step", "path");
  /**
   * Roots of what one side can do as another did: intents, cooperation, aid, yielding, pressure
   * and force; not words, meetings or inquiries.
   */
  private static final Set<String> COPIED_ROOTS = Set.of("03", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20");

  /** Expressing intent to meet: an invitation, an offer of talks. */
  private static final String OFFER_TO_MEET = "036";

  private final EventLexicon lexicon;
  private final ActorResolver resolver;
  private final ModalityLexicon modality;

  public FollowedActs(EventLexicon lexicon, ActorResolver resolver, ModalityLexicon modality) {
    this.lexicon = lexicon;
    this.resolver = resolver;
    this.modality = modality;
  }

  /** The mentions, with the act each side that follows another does after it. */
  public List<CodedMention> add(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    SubjectActors subjects = new SubjectActors(index, actors, lexicon, new NounActors(index, actors, lexicon, resolver));
    // "would follow" is to come, "is expected to follow" too, "urged the EU to follow suit" only asked.
    ClauseMood mood = new ClauseMood(index, lexicon, modality);
    List<CodedMention> result = new ArrayList<>(coded);
    for (int verb = 0; verb < index.text().tokens().size(); verb++) {
      if (!index.token(verb).isVerb() || !index.lemma(verb).toLowerCase(Locale.ROOT).equals(FOLLOW) || index.isPassive(verb)) {
        continue;
      }
      List<Integer> objects = index.children(verb, Set.of("obj"));
      if (objects.stream().anyMatch(o -> !FOLLOWED.contains(index.lemma(o).toLowerCase(Locale.ROOT)))) {
        continue;
      }
      List<ActorMention> followers = subjects.of(verb);
      if (followers.size() != 1) {
        continue;
      }
      ActorMention follower = followers.get(0);
      // "a second team of engineers would follow next week": people of no country who follow,
      // following nothing named, come after the others; they copy no other side's act.
      if (objects.isEmpty() && follower.actor().kind() == dev.annals.model.ActorKind.GROUP && follower.actor().country().isEmpty()) {
        continue;
      }
      Optional<String> owner = objects.stream().flatMap(o -> index.children(o, Set.of("nmod:poss")).stream())
          .flatMap(p -> actors.at(p).stream()).map(m -> m.actor().code()).findFirst();
      Optional<CodedMention> followed = lastDeed(coded, verb, follower, owner);
      if (followed.isEmpty()) {
        continue;
      }
      CodedMention act = followed.get();
      int sentence = index.token(verb).sentence();
      result.add(new CodedMention(sentence, verb, List.of(verb), follower, act.target(), act.type(), mood.modalityOf(verb), false, false,
          act.tense(), "followed:" + act.pattern()));
    }
    return result;
  }

  /** The last deed told before the verb by another side, by the followed side when the text names it. */
  private static Optional<CodedMention> lastDeed(List<CodedMention> coded, int verb, ActorMention follower, Optional<String> owner) {
    // A deed done to someone before one of no target: "follow suit" copies the act the story is about.
    CodedMention last = null;
    CodedMention lastTargeted = null;
    for (CodedMention m : coded) {
      boolean other = !m.source().actor().code().equals(follower.actor().code());
      boolean ownerFits = owner.isEmpty() || m.source().actor().code().equals(owner.get())
          || m.source().actor().country().map(c -> owner.get().startsWith(c)).orElse(false);
      // Not what was only asked or might be: "invited European governments to help train the police".
      boolean done = m.modality() != Modality.HYPOTHETICAL;
      // Nor an offer to meet ("invited European governments to …"), which is words about a meeting.
      boolean meeting = m.type().code().startsWith(OFFER_TO_MEET);
      if (m.trigger() < verb && other && ownerFits && done && !meeting && !m.negated() && COPIED_ROOTS.contains(m.type().rootCode())) {
        last = m;
        lastTargeted = m.target().isPresent() ? m : lastTargeted;
      }
    }
    return Optional.ofNullable(lastTargeted != null ? lastTargeted : last);
  }
}
