package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupPlacementsTest {
  private static final Actor CIVILIANS = group("CVL");
  private static final Actor FARMERS = group("AGR");
  // "civic group members, anti-war landowners": two groups coded from one phrase.
  private static final Span MEMBERS = new Span(0, 40);
  private static final Span ASSAULT = new Span(100, 111);

  @Test
  void groupsCodedFromOneSpanKeepTheirOwnPlacements() {
    GroupPlacements placements = new GroupPlacements(List.of(new ActorMention(MEMBERS, "members", CIVILIANS), new ActorMention(MEMBERS, "members", FARMERS)));
    placements.remember(new ActorMention(MEMBERS, "members", FARMERS), new ActorMention(MEMBERS, "members", placed("JPN", "AGR")));
    placements.remember(new ActorMention(MEMBERS, "members", CIVILIANS), new ActorMention(MEMBERS, "members", placed("JPN", "CVL")));
    assertThat(placements.sameMention(new ActorMention(MEMBERS, "members", CIVILIANS))).map(Actor::code).contains("JPNCVL");
  }

  @Test
  void aKindOfGroupPlacedBeforeIsTakenOnlyForAGroupNamedAgainByOtherWords() {
    GroupPlacements placements = new GroupPlacements(List.of(new ActorMention(MEMBERS, "protesters", CIVILIANS)));
    placements.remember(new ActorMention(MEMBERS, "protesters", CIVILIANS), new ActorMention(MEMBERS, "protesters", placed("MLI", "CVL")));
    // "Algiers condemned the assault": its doers, named by the deed.
    assertThat(placements.sameKind(new ActorMention(ASSAULT, "the assault", CIVILIANS))).map(Actor::code).contains("MLICVL");
    // Civilians named by words of their own are not taken for the protesters.
    GroupPlacements named = new GroupPlacements(List.of(new ActorMention(MEMBERS, "protesters", CIVILIANS), new ActorMention(ASSAULT, "villagers", CIVILIANS)));
    named.remember(new ActorMention(MEMBERS, "protesters", CIVILIANS), new ActorMention(MEMBERS, "protesters", placed("MLI", "CVL")));
    assertThat(named.sameKind(new ActorMention(ASSAULT, "villagers", CIVILIANS))).isEmpty();
  }

  @Test
  void aPronounNamesItsGroupAgain() {
    // "Police fired at protesters ... as they marched": "they" is a mention of its own words.
    GroupPlacements placements = new GroupPlacements(List.of(new ActorMention(MEMBERS, "protesters", CIVILIANS), new ActorMention(ASSAULT, "they", CIVILIANS)));
    placements.remember(new ActorMention(MEMBERS, "protesters", CIVILIANS), new ActorMention(MEMBERS, "protesters", placed("MLI", "CVL")));
    assertThat(placements.sameKind(new ActorMention(ASSAULT, "they", CIVILIANS))).map(Actor::code).contains("MLICVL");
  }

  private static Actor group(String sector) {
    return new Actor(sector, sector, Optional.empty(), Optional.of(sector), ActorKind.GROUP);
  }

  private static Actor placed(String country, String sector) {
    return new Actor(country + sector, sector, Optional.of(country), Optional.of(sector), ActorKind.GROUP);
  }
}
