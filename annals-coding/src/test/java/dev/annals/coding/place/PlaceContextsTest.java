package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.actors.ActorDictionary;
import dev.annals.model.AnnotatedText;
import dev.annals.model.EntityMention;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names that the words around them show to be places, on hand-built sentences. */
class PlaceContextsTest {
  private static PlaceContexts contexts;

  @BeforeAll
  static void load() {
    ActorDictionary dictionary = ActorDictionary.load();
    Set<String> countries = Set.of("mexico", "canada");
    contexts = new PlaceContexts(Gazetteer.forCountries(dictionary.countries()), countries::contains);
  }

  private static AnnotatedText build(HandBuiltText text) {
    return text.build(LocalDate.of(2009, 3, 24));
  }

  private static Set<String> places(HandBuiltText text) {
    AnnotatedText annotated = build(text);
    String[] entityOf = new String[annotated.tokens().size()];
    for (EntityMention mention : annotated.entities()) {
      for (int t = mention.firstToken(); t < mention.endToken(); t++) {
        entityOf[t] = mention.type();
      }
    }
    return contexts.placeNames(annotated, entityOf);
  }

  @Test
  void aNameBeforeThePlacesPublicBodiesOrPeopleIsAPlace() {
    assertThat(places(new HandBuiltText()
        .sentence("The/the/DT/ORGANIZATION Athens/Athens/NNP/ORGANIZATION Police/Police/NNP/ORGANIZATION Department/Department/NNP/ORGANIZATION arrested/arrest/VBD a/a/DT man/man/NN ././.", "")
        .sentence("A/a/DT Chapin/Chapin/NNP/PERSON man/man/NN died/die/VBD ././.", "")
        .sentence("Grand/Grand/NNP/ORGANIZATION Ledge/Ledge/NN/ORGANIZATION Police/Police/NNS/ORGANIZATION Chief/Chief/NNP Martin/Martin/NNP/PERSON Underhill/Underhill/NNP/PERSON spoke/speak/VBD ././.", "")
        .sentence("Fire/fire/NN damages/damage/VBZ N.W./N.W./NNP Rochester/Rochester/NNP residents/resident/NNS ././.", "")))
        .containsExactlyInAnyOrder("athens", "chapin", "grand ledge", "rochester");
  }

  @Test
  void wordsThatOnlyLookLikeNamesBeforeThoseNounsAreNoPlaces() {
    assertThat(places(new HandBuiltText()
        .sentence("One/one/CD man/man/NN was/be/VBD hurt/hurt/VBN and/and/CC Many/many/JJ women/woman/NNS left/leave/VBD ././.", "")
        .sentence("Metro/Metro/NNP Police/Police/NNP and/and/CC the/the/DT Flint/Flint/NNP Hill/Hill/NNP Fire/Fire/NNP Department/Department/NNP came/come/VBD ././.", "")
        .sentence("The/the/DT 4th/4th/JJ Ward/Ward/NNP Alderman/Alderman/NNP and/and/CC Vice/Vice/NNP Mayor/Mayor/NNP Ray/Ray/NNP/PERSON Melton/Melton/NNP/PERSON met/meet/VBD ././.", "")
        .sentence("They/they/PRP went/go/VBD to/to/TO the/the/DT Chamber/Chamber/NNP of/of/IN Commerce/Commerce/NNP Mayor/Mayor/NNP 's/'s/POS Breakfast/Breakfast/NNP ././.", "")))
        .isEmpty();
    // "City woman fined" in an article that writes "city": the city the story is about, not a town called City.
    assertThat(places(new HandBuiltText()
        .sentence("City/City/NNP woman/woman/NN fined/fine/VBN ././.", "")
        .sentence("The/the/DT city/city/NN woman/woman/NN paid/pay/VBD ././.", ""))).isEmpty();
  }

  @Test
  void aDatelineNamesAPlaceEvenAfterTheBylineAndDate() {
    HandBuiltText text = new HandBuiltText()
        .sentence("Mansfield/Mansfield/NNP/PERSON OKs/ok/VBZ refinancing/refinancing/NN ././.", "")
        .sentence("Gannett/Gannett/NNP/ORGANIZATION March/March/NNP/DATE 24/24/CD/DATE ,/,/, 2009/2009/CD/DATE MANSFIELD/MANSFIELD/NNP --/--/: The/the/DT council/council/NN met/meet/VBD ././.", "");
    assertThat(places(text)).containsExactly("mansfield");
    assertThat(PlaceContexts.dateline(text.build(LocalDate.of(2009, 3, 24)).tokens(), 9, 10,
        text.build(LocalDate.of(2009, 3, 24)).sentences().get(1))).isTrue();
  }

  @Test
  void aPersonsHomeTownAfterOfOrFromIsAPlace() {
    assertThat(places(new HandBuiltText()
        .sentence("Jon/Jon/NNP/PERSON Smith/Smith/NNP/PERSON ,/,/, 33/33/CD ,/,/, of/of/IN Wooster/Wooster/NNP/PERSON ,/,/, was/be/VBD charged/charge/VBN ././.", "")
        .sentence("Adam/Adam/NNP/PERSON Newport/Newport/NNP/PERSON from/from/IN Botley/Botley/NNP/PERSON spoke/speak/VBD ././.", "")
        .sentence("Jane/Jane/NNP/PERSON Doe/Doe/NNP/PERSON of/of/IN Ford/Ford/NNP Motor/Motor/NNP spoke/speak/VBD ././.", "")))
        .containsExactlyInAnyOrder("wooster", "botley");
  }

  @Test
  void aNameAfterADirectionAndOfOrAPersonsNameAfterNearIsAPlace() {
    assertThat(places(new HandBuiltText()
        .sentence("It/it/PRP was/be/VBD six/six/CD miles/mile/NNS northeast/northeast/RB of/of/IN Gilroy/Gilroy/NNP and/and/CC south/south/RB of/of/IN Ford/Ford/NNP Motor/Motor/NNP ././.", "")
        .sentence("A/a/DT resident/resident/NN who/who/WP lives/live/VBZ near/near/IN Glen/Glen/NNP/PERSON Ellyn/Ellyn/NNP/PERSON called/call/VBD ././.", "")))
        .containsExactlyInAnyOrder("gilroy", "glen ellyn");
  }

  @Test
  void aLegislatorsDistrictAfterThePartyLetterIsAPlaceAndMayBeACounty() {
    PlaceContexts.Found found = contexts.find(build(new HandBuiltText()
        .sentence("Brent/Brent/NNP/PERSON Boggs/Boggs/NNP/PERSON ,/,/, D/D/NNP ~-/-/HYPH ~Braxton/Braxton/NNP/PERSON ,/,/, spoke/speak/VBD "
            + "after/after/IN D/D/NNP ~-/-/HYPH ~Day/Day/NNP ././.", "")), new String[20]);
    assertThat(found.districts()).containsExactly("braxton");
    assertThat(found.places()).contains("braxton").doesNotContain("day");
  }

  @Test
  void aWordOfAFullPersonsNameInTheArticleIsNoPlace() {
    assertThat(places(new HandBuiltText()
        .sentence("Jim/Jim/NNP/PERSON Chapin/Chapin/NNP/PERSON spoke/speak/VBD ././.", "")
        .sentence("A/a/DT Chapin/Chapin/NNP/PERSON man/man/NN died/die/VBD ././.", ""))).isEmpty();
  }
}
