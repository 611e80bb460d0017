package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.DateOrigin;
import dev.annals.model.DatePrecision;
import dev.annals.model.EventDate;
import dev.annals.model.EventMention;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import dev.annals.model.QuadClass;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "The government" a country's own people deal with is their own, once the story has placed them. */
class OwnGovernmentsTest {
  private static Actor state(String iso3, Optional<String> sector) {
    return new Actor(iso3 + sector.orElse(""), iso3, Optional.of(iso3), sector, ActorKind.STATE);
  }

  private static EventMention appeal(Actor source, String targetWords, Actor target) {
    ActorMention relatives = new ActorMention(new Span(0, 9), "Relatives", source);
    ActorMention ruler = new ActorMention(new Span(17, 31), targetWords, target);
    EventType type = new EventType("020", "Make an appeal or request", 3.0, QuadClass.VERBAL_COOPERATION);
    return new EventMention("a.txt", 2, "Relatives urged the government to bring the men home.", new Span(0, 53), new Span(10, 15), "urged", relatives,
        Optional.of(ruler), type, new EventDate("2026-03-22", LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 22), DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, Optional.empty()), Modality.ASSERTED, false, Optional.empty(), Optional.empty(), 0.8);
  }

  @Test
  void theGovernmentOfAnotherStateIsThePeoplesOwn() {
    EventMention aimed = OwnGovernments.aimed(appeal(state("MRT", Optional.of("CVL")), "the government", state("DZA", Optional.of("GOV"))), OwnGovernmentsTest::state);
    assertThat(aimed.target().get().actor().code()).isEqualTo("MRTGOV");
  }

  @Test
  void aGovernmentNamedByItsCountryStays() {
    EventMention aimed = OwnGovernments.aimed(appeal(state("MRT", Optional.of("CVL")), "Algeria's government", state("DZA", Optional.of("GOV"))),
        OwnGovernmentsTest::state);
    assertThat(aimed.target().get().actor().code()).isEqualTo("DZAGOV");
  }

  @Test
  void aStatesOwnOfficialsDealWithAnyGovernment() {
    EventMention aimed = OwnGovernments.aimed(appeal(state("MRT", Optional.of("GOV")), "the government", state("DZA", Optional.of("GOV"))), OwnGovernmentsTest::state);
    assertThat(aimed.target().get().actor().code()).isEqualTo("DZAGOV");
  }
}
