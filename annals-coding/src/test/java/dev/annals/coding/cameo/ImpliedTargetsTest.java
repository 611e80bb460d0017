package dev.annals.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImpliedTargetsTest {
  private final ImpliedTargets implied = ImpliedTargets.load();
  private static final Actor KENYAN_STUDENTS = new Actor("KENEDU", "Kenya students", Optional.of("KEN"), Optional.of("EDU"), ActorKind.STATE);
  private static final Actor KENYA_GOVERNMENT = new Actor("KENGOV", "Kenya government", Optional.of("KEN"), Optional.of("GOV"), ActorKind.STATE);

  @Test
  void aProtestIsAimedAtTheGovernmentOfItsPlaceBeforeTheProtestersOwnCountry() {
    assertThat(implied.of("1412", KENYAN_STUDENTS, Optional.of("UGA"))).contains(new ImpliedTargets.Implied("UGA", Optional.of("GOV")));
    assertThat(implied.of("141", KENYAN_STUDENTS, Optional.empty())).contains(new ImpliedTargets.Implied("KEN", Optional.of("GOV")));
  }

  @Test
  void anOppositionRallyingAbroadOpposesItsOwnGovernment() {
    // "exiled Guinean opposition leaders held a rally in Dakar", and their call for protests there.
    Actor guineanOpposition = new Actor("GINOPP", "Guinea opposition", Optional.of("GIN"), Optional.of("OPP"), ActorKind.STATE);
    assertThat(implied.of("141", guineanOpposition, Optional.of("SEN"))).contains(new ImpliedTargets.Implied("GIN", Optional.of("GOV")));
    assertThat(implied.of("020", guineanOpposition, Optional.of("SEN"))).contains(new ImpliedTargets.Implied("GIN", Optional.of("GOV")));
  }

  @Test
  void forceUsedOrShownAbroadIsAimedAtTheCountryOfItsPlaceButNotAtHome() {
    Actor kenyanArmy = new Actor("KENMIL", "Kenya military", Optional.of("KEN"), Optional.of("MIL"), ActorKind.STATE);
    assertThat(implied.of("190", kenyanArmy, Optional.of("SOM"))).contains(new ImpliedTargets.Implied("SOM", Optional.empty()));
    assertThat(implied.of("150", kenyanArmy, Optional.of("SOM"))).contains(new ImpliedTargets.Implied("SOM", Optional.empty()));
    assertThat(implied.of("190", kenyanArmy, Optional.of("KEN"))).isEmpty();
    assertThat(implied.of("190", kenyanArmy, Optional.empty())).isEmpty();
  }

  @Test
  void aCurfewIsAimedAtThePeople() {
    assertThat(implied.of("1723", KENYA_GOVERNMENT, Optional.empty())).contains(new ImpliedTargets.Implied("KEN", Optional.of("CVL")));
  }

  @Test
  void codesNotListedAndActorsOfNoCountryImplyNothing() {
    assertThat(implied.of("144", KENYAN_STUDENTS, Optional.of("KEN"))).isEmpty();
    assertThat(implied.of("042", KENYAN_STUDENTS, Optional.of("KEN"))).isEmpty();
    Actor protesters = new Actor("CVL", "protesters", Optional.empty(), Optional.of("CVL"), ActorKind.GROUP);
    assertThat(implied.of("141", protesters, Optional.empty())).isEmpty();
  }

  @Test
  void aidStoppedIsAimedAtThePeopleOfThePlaceAndNeverAtTheSourcesOwnCountry() {
    assertThat(implied.of("1623", KENYA_GOVERNMENT, Optional.of("SOM"))).contains(new ImpliedTargets.Implied("SOM", Optional.of("CVL")));
    assertThat(implied.of("162", KENYA_GOVERNMENT, Optional.empty())).isEmpty();
  }

  @Test
  void aGovernmentDoesNotProtestAgainstItself() {
    assertThat(implied.of("141", KENYA_GOVERNMENT, Optional.of("KEN"))).isEmpty();
  }
}
