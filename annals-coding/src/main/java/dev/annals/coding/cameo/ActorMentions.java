package dev.annals.coding.cameo;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which actor mentions are one actor, or one side, when the coder pairs sources with targets. */
final class ActorMentions {
  private ActorMentions() {}

  /** One mention per actor, the first; a mention found twice at the same place counts once. */
  static List<ActorMention> distinct(List<ActorMention> mentions) {
    Map<String, ActorMention> byCode = new LinkedHashMap<>();
    for (ActorMention mention : mentions) {
      byCode.putIfAbsent(mention.actor().code() + "@" + mention.span().start(), mention);
    }
    Map<String, ActorMention> byActor = new LinkedHashMap<>();
    for (ActorMention mention : byCode.values()) {
      byActor.putIfAbsent(mention.actor().code(), mention);
    }
    return new ArrayList<>(byActor.values());
  }

  /**
   * The same actor, or two actors of one country of which at most one names a sector, a state's
   * ("Turkish authorities" and "a Turkish town"); organisations are themselves only. A party is not
   * the other actors of its code: "President Ramaphosa criticised the ruling ANC" is ZAFGOV against
   * ZAFGOV, one body of the state against another. Those who fight the state (separatists, rebels,
   * insurgents) are another side than their country: "Transnistria accused Moldova" is MDASEP
   * against MDA. Its civilians, business or opposition are not: "Ghana urged its traders" and
   * "China barred Chinese firms" are the state's dealings with its own.
   */
  static boolean sameActor(ActorMention a, ActorMention b) {
    Actor x = a.actor();
    Actor y = b.actor();
    if (x.code().equals(y.code())) {
      return (x.kind() == ActorKind.PARTY) == (y.kind() == ActorKind.PARTY);
    }
    return x.kind() != ActorKind.ORGANISATION && y.kind() != ActorKind.ORGANISATION && x.country().isPresent() && x.country().equals(y.country()) && (x.sector().isEmpty() || y.sector().isEmpty())
        && !challengesState(x) && !challengesState(y);
  }

  /**
   * The targets that are another side than the sources: an organisation, or an actor of a
   * country none of the sources belongs to (an actor of no country is taken for the sources'
   * own, as the article's groups are placed later).
   */
  static List<ActorMention> otherSides(List<ActorMention> targets, List<ActorMention> sources) {
    return targets.stream().filter(t -> t.actor().kind() == ActorKind.ORGANISATION || (t.actor().country().isPresent()
        && sources.stream().noneMatch(s -> s.actor().country().equals(t.actor().country())))).toList();
  }

  /** Sectors of those who take up arms against their own state. */
  private static final Set<String> STATE_CHALLENGERS = Set.of("SEP", "REB", "INS");

  private static boolean challengesState(Actor actor) {
    return actor.sector().map(STATE_CHALLENGERS::contains).orElse(false);
  }
}
