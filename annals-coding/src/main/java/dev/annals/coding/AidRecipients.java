package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Modality;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * "South Africa sent helicopters to Mozambique … Chapo appealed to the World Food Programme for
 * food … The UN humanitarian office released $10 million from an emergency fund, while the
 * European Union pledged 5 million euros": aid given or pledged with no recipient named goes where
 * the story's aid goes, to whoever received the last aid told or asked for it, of another country
 * than the giver.
 */
final class AidRecipients {
  /** How many sentences back the aid told before may be. */
  private static final int REACH = 6;
  /** How many sentences back the giver's meeting or agreement with the recipient may be. */
  private static final int PARTNER_REACH = 1;

  private AidRecipients() {}

  static List<CodedMention> aim(DependencyIndex index, ArticleActors actors,
      Function<Token, Optional<Actor>> modifierActor, List<CodedMention> coded) {
    List<CodedMention> result = new ArrayList<>();
    for (CodedMention m : coded) {
      CodedMention changed = m;
      if (m.target().isEmpty() && actsOnItsOwn(index, actors, m)) {
        // "China would take all necessary measures to defend its sovereignty": what a side does
        // for its own is no aid to anyone.
        result.add(m);
        continue;
      }
      if (m.target().isEmpty() && isAid(m)) {
        changed = countryItIsFor(index, actors, modifierActor, m).map(m::withTarget).orElse(m);
      }
      if (changed.target().isEmpty() && isGivenOrPledged(m)) {
        changed = recipient(result, m).map(r -> m.withTarget(ActorMention.at(index.token(m.trigger()), r))).orElse(m);
      }
      // (Not aid two sides give together: "the two governments agreed to provide army escorts for
      // trade convoys" aids neither of them.)
      boolean joint = coded.stream().anyMatch(o -> o != m && o.trigger() == m.trigger() && !o.source().actor().equals(m.source().actor()));
      if (changed.target().isEmpty() && (isAid(m) || isOfferToNoOne(index, m)) && !joint && m.source().actor().country().isPresent()) {
        // "the two governments signed a loan agreement … Japan will lend about 300 million
        // dollars for the first phase": aid with no recipient named, after its giver met or
        // signed with a state, goes to that state; so does an offer ("The two leaders signed
        // agreements on Tuesday … Brazil also offered to share its expertise in sugarcane ethanol").
        changed = EarlierEvents.partnerOf(result, m, PARTNER_REACH).filter(p -> p.country().isPresent() && !p.country().equals(m.source().actor().country()))
            .map(r -> m.withTarget(ActorMention.at(index.token(m.trigger()), r))).orElse(changed);
      }
      if (changed.target().isEmpty() && isAid(m) && !joint && m.source().actor().country().isPresent()) {
        changed = thankedOrAskedBy(index, coded, m).or(() -> aidedElsewhere(index, coded, m))
            .map(r -> m.withTarget(ActorMention.at(index.token(m.trigger()), r))).orElse(changed);
      }
      result.add(changed);
    }
    return result;
  }

  /** Possessive pronouns by which a side names its own: "its sovereignty", "their borders". */
  private static final Set<String> OWN = Set.of("its", "their", "our");

  /** Whether the act's object is the doer's own: "its sovereignty", "China's borders" said of China. */
  private static boolean actsOnItsOwn(DependencyIndex index, ArticleActors actors, CodedMention m) {
    List<Integer> objects = index.children(m.trigger(), Set.of("obj"));
    // "train Guyana's coast guard to protect offshore oil platforms": protection of things that
    // name no one, with no one named it is for, guards the protector's own.
    boolean guardsThings = m.type().code().startsWith(PROTECTION) && GUARDING.contains(index.lemma(m.trigger())) && !objects.isEmpty()
        && objects.stream().allMatch(o -> actors.at(o).isEmpty() && index.children(o, Set.of("nmod:poss", "nmod:of")).stream().allMatch(p -> actors.at(p).isEmpty()));
    return guardsThings || objects.stream().flatMap(o -> index.children(o, Set.of("nmod:poss")).stream())
        .anyMatch(p -> OWN.contains(index.token(p).text().toLowerCase(java.util.Locale.ROOT)) && index.token(p).tag().equals("PRP$")
            || actors.at(p).stream().anyMatch(a -> a.actor().country().isPresent() && a.actor().country().equals(m.source().actor().country())));
  }

  /** Military protection (074). */
  private static final String PROTECTION = "074";
  /** Verbs of guarding what they take: "protect the platforms" (not "provide escorts", which gives them). */
  private static final Set<String> GUARDING = Set.of("protect", "guard", "defend", "secure", "patrol");

  /** Appeal for aid (023). */
  private static final String APPEAL_FOR_AID = "023";
  /** Codes of the answers of whom aid is for: thanks (051, praise) and appeals for aid. */
  private static final Set<String> ANSWERS_OF_THE_AIDED = Set.of("051", APPEAL_FOR_AID);
  /** How many sentences apart the aid and the thanks or the appeal may be. */
  private static final int ANSWER_REACH = 2;

  /**
   * "A New Zealand air force Hercules landed with water purification units and tarpaulins …
   * Vanuatu's prime minister thanked New Zealand and Australia and asked both to help": aid with
   * no recipient named goes to the state of another country that thanks its giver's country, or
   * asks it for aid, in the sentences around it, the nearest first.
   */
  private static Optional<Actor> thankedOrAskedBy(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    return answerOfTheAided(coded, m, c -> c.target().flatMap(t -> t.actor().country()).equals(m.source().actor().country())
        && (c.type().code().startsWith(APPEAL_FOR_AID) || isThanks(index, c)));
  }

  /** Verbs of thanks and praise for a favour. */
  private static final Set<String> THANKING = Set.of("thank", "praise", "hail", "commend", "applaud", "laud");
  /** What one expresses when thanking: "expressed gratitude". */
  private static final Set<String> THANKS = Set.of("gratitude", "thanks", "appreciation");

  /**
   * Whether the praise is thanks: "thanked Fiji", "expressed gratitude"; not support voiced for a
   * side ("Malaysia … expressed support for Brunei" receives nothing from Brunei's navy).
   */
  private static boolean isThanks(DependencyIndex index, CodedMention c) {
    String lemma = index.lemma(c.trigger()).toLowerCase(java.util.Locale.ROOT);
    return THANKING.contains(lemma) || index.children(c.trigger(), Set.of("obj")).stream().anyMatch(o -> THANKS.contains(index.lemma(o).toLowerCase(java.util.Locale.ROOT)));
  }

  /** Clauses that tell what thanks are for: "thanked Australia [for sending firefighters]". */
  private static final Set<String> THANKED_FOR = Set.of("advcl:for", "obl:for");

  /**
   * "Carney thanked Australia for sending more than 300 firefighters to Canada … New Zealand's
   * government said it would send another 60 firefighters next week": with no answer to this
   * giver, aid goes to the state that thanked another for a favour, or asked for aid, nearby.
   */
  private static Optional<Actor> aidedElsewhere(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    return answerOfTheAided(coded, m, c -> c.type().code().startsWith(APPEAL_FOR_AID) || !index.children(c.trigger(), THANKED_FOR).isEmpty());
  }

  /** The state of another country than the giver's (or one who holds its office) whose thanks or appeal for aid nearby passes the test, the nearest first. */
  private static Optional<Actor> answerOfTheAided(List<CodedMention> coded, CodedMention m, java.util.function.Predicate<CodedMention> answers) {
    Optional<String> giver = m.source().actor().country();
    return coded.stream()
        .filter(c -> Math.abs(c.sentence() - m.sentence()) <= ANSWER_REACH && ANSWERS_OF_THE_AIDED.stream().anyMatch(c.type().code()::startsWith)
            && answers.test(c) && (c.source().actor().kind() == ActorKind.STATE || c.source().actor().kind() == ActorKind.PERSON)
            && c.source().actor().country().isPresent() && !c.source().actor().country().equals(giver))
        .min(java.util.Comparator.comparingInt(c -> Math.abs(c.sentence() - m.sentence())))
        .map(c -> c.source().actor());
  }

  /**
   * "would lend 500 million dollars for the Zambian section of the line": aid for a thing of a
   * country (its adjective or its possessive on what the aid is for) goes to that country.
   */
  private static Optional<ActorMention> countryItIsFor(DependencyIndex index, ArticleActors actors,
      Function<Token, Optional<Actor>> modifierActor, CodedMention m) {
    for (int purpose : index.children(m.trigger(), Set.of("obl:for"))) {
      for (int owner : index.children(purpose, Set.of("amod", "nmod:poss"))) {
        List<ActorMention> named = new ArrayList<>(actors.at(owner));
        modifierActor.apply(index.token(owner)).ifPresent(a -> named.add(ActorMention.at(index.token(owner), a)));
        Optional<ActorMention> state = named.stream()
            .filter(a -> a.actor().kind() == ActorKind.STATE && !a.actor().country().equals(m.source().actor().country())).findFirst();
        if (state.isPresent()) {
          return state;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Aid given (07), or aid of a named kind pledged (0331 to 0334); not a bare 033, which the
   * lexicon also gives to offers of experts or of a part in talks.
   */
  /** Intents to cooperate or to give (03). */
  private static final String INTENT_ROOT = "03";

  /** An offer that names no one it is made to: "offered to share its expertise". */
  private static boolean isOfferToNoOne(DependencyIndex index, CodedMention m) {
    // (Not one read as the content of a statement, which the statement's own answer aims.)
    return m.type().rootCode().equals(INTENT_ROOT) && index.lemma(m.trigger()).equals("offer") && !m.negated()
        && m.modality() != Modality.REPORTED;
  }

  private static boolean isAid(CodedMention m) {
    return m.type().rootCode().equals("07") || (m.type().code().startsWith("033") && m.type().code().length() == 4);
  }

  /**
   * Aid given or pledged, not only planned: "said it would send experts to review the reservoir's
   * operating rules" may go to a third side, and the lexicon reads some plans ("ready to take part
   * in the talks") as aid.
   */
  private static boolean isGivenOrPledged(CodedMention m) {
    return isAid(m) && EarlierEvents.isDone(m);
  }

  /** Who received the latest aid told before, or asked for aid, when another side than the giver. */
  private static Optional<Actor> recipient(List<CodedMention> earlier, CodedMention m) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      CodedMention e = earlier.get(i);
      if (e.sentence() < m.sentence() - REACH) {
        break;
      }
      Optional<Actor> received = Optional.empty();
      if (isAid(e) && e.target().isPresent()) {
        received = Optional.of(e.target().get().actor());
      } else if (e.type().code().startsWith(APPEAL_FOR_AID)) {
        received = Optional.of(e.source().actor());
      }
      // Another country than the giver's: a state does not aid its own army.
      if (received.isPresent() && received.get().country().isPresent() && !received.get().country().equals(m.source().actor().country())) {
        return received;
      }
    }
    return Optional.empty();
  }
}
