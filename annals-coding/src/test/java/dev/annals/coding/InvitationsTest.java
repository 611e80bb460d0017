package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An invitation offers to meet (036), and the visit it asks for is no event of its own (ActsOnlyAskedFor). */
class InvitationsTest {
  // "Erdogan invited Sisi to visit Ankara."
  private static final String INVITED = "Erdogan/Erdogan/NNP/PERSON invited/invite/VBD Sisi/Sisi/NNP/PERSON to/to/TO visit/visit/VB Ankara/Ankara/NNP/LOCATION ././.";
  private static final String INVITED_EDGES = "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) obj(5,6) punct(2,7)";

  @Test
  void anInvitationIsAnOfferToMeet() {
    assertThat(code(new HandBuiltText().sentence(INVITED, INVITED_EDGES), java.time.LocalDate.of(2024, 2, 15)).events())
        .extracting(e -> triple(e)).contains("TURGOV EGYGOV 036");
  }

  @Test
  void theVisitInvitedToIsOnlyAskedFor() {
    assertThat(code(new HandBuiltText().sentence(INVITED, INVITED_EDGES), java.time.LocalDate.of(2024, 2, 15)).events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 042"));
  }

  @Test
  void followingSuitAfterAnInvitationCopiesNoInvitation() {
    // "Erdogan invited Sisi to visit Ankara. Greece would follow suit."
    var events = code(new HandBuiltText().sentence(INVITED, INVITED_EDGES)
        .sentence("Greece/Greece/NNP/LOCATION would/would/MD follow/follow/VB suit/suit/NN ././.", "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) punct(3,5)"),
        java.time.LocalDate.of(2024, 2, 15)).events();
    assertThat(events).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("GRC") && t.endsWith(" 036"));
  }

  @Test
  void onesHostIsTheSideOneVisited() {
    // "Lourenco visited Zambia. Lourenco invited his host to visit Luanda."
    var events = code(new HandBuiltText()
        .sentence("Lourenco/Lourenco/NNP/PERSON visited/visit/VBD Zambia/Zambia/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Lourenco/Lourenco/NNP/PERSON invited/invite/VBD his/his/PRP$ host/host/NN to/to/TO visit/visit/VB Luanda/Luanda/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) mark(6,5) xcomp(2,6) obj(6,7) punct(2,8)"),
        java.time.LocalDate.of(2026, 3, 13)).events();
    assertThat(events).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("AGOGOV ZMB") && t.endsWith(" 036"));
  }

  @Test
  void aLeaderWelcomedInAPlaceByAnotherIsHosted() {
    // "Maldivian President Muizzu was welcomed in Colombo by Sri Lankan President Dissanayake."
    var events = code(new HandBuiltText().sentence(
            "Maldivian/Maldivian/JJ/MISC President/President/NNP Muizzu/Muizzu/NNP/PERSON was/be/VBD welcomed/welcome/VBN in/in/IN Colombo/Colombo/NNP/LOCATION "
                + "by/by/IN Sri/Sri/NNP/LOCATION Lankan/Lankan/NNP/LOCATION President/President/NNP Dissanayake/Dissanayake/NNP/PERSON ././.",
            "amod(3,1) compound(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(7,6) obl:in(5,7) case(12,8) compound(12,9) compound(12,10) compound(12,11) "
                + "obl:agent(5,12) punct(5,13)"),
        java.time.LocalDate.of(2026, 6, 1)).events();
    assertThat(events).extracting(e -> triple(e)).contains("LKAGOV MDVGOV 043").noneMatch(t -> t.endsWith(" 051"));
  }

  @Test
  void aLeaderWelcomedWithNoPlaceIsPraised() {
    // "Maldivian President Muizzu was welcomed by Sri Lankan President Dissanayake.": no place told.
    var events = code(new HandBuiltText().sentence(
            "Maldivian/Maldivian/JJ/MISC President/President/NNP Muizzu/Muizzu/NNP/PERSON was/be/VBD welcomed/welcome/VBN "
                + "by/by/IN Sri/Sri/NNP/LOCATION Lankan/Lankan/NNP/LOCATION President/President/NNP Dissanayake/Dissanayake/NNP/PERSON ././.",
            "amod(3,1) compound(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(10,6) compound(10,7) compound(10,8) compound(10,9) "
                + "obl:agent(5,10) punct(5,11)"),
        java.time.LocalDate.of(2026, 6, 1)).events();
    assertThat(events).extracting(e -> triple(e)).contains("LKAGOV MDVGOV 051").noneMatch(t -> t.endsWith(" 043"));
  }

  // "Erdogan invited Sisi to Ankara in June." / "Erdogan on Monday invited Sisi to Ankara in June."
  private static final String INVITED_TO_A_PLACE = "Erdogan/Erdogan/NNP/PERSON invited/invite/VBD Sisi/Sisi/NNP/PERSON to/to/TO Ankara/Ankara/NNP/LOCATION "
      + "in/in/IN June/June/NNP ././.";
  private static final String INVITED_TO_A_PLACE_EDGES = "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) case(7,6) obl:in(2,7) punct(2,8)";

  @Test
  void aTimeAfterWhereTheGuestIsAskedToComeDatesTheVisitNotTheInvitation() {
    var events = code(new HandBuiltText().sentence(INVITED_TO_A_PLACE, INVITED_TO_A_PLACE_EDGES).timex(7, 7, "DATE"), java.time.LocalDate.of(2024, 2, 15)).events();
    assertThat(events).filteredOn(e -> e.type().code().equals("036")).extracting(e -> e.date().value()).containsExactly("2024-02-15");
  }

  @Test
  void aTimeBeforeWhereTheGuestIsAskedToComeStillDatesTheInvitation() {
    var events = code(new HandBuiltText().sentence("Erdogan/Erdogan/NNP/PERSON on/on/IN Monday/Monday/NNP invited/invite/VBD Sisi/Sisi/NNP/PERSON to/to/TO "
        + "Ankara/Ankara/NNP/LOCATION in/in/IN June/June/NNP ././.",
        "nsubj(4,1) case(3,2) obl:on(4,3) root(0,4) obj(4,5) case(7,6) obl:to(4,7) case(9,8) obl:in(4,9) punct(4,10)").timex(3, 3, "DATE").timex(9, 9, "DATE"),
        java.time.LocalDate.of(2024, 2, 15)).events();
    assertThat(events).filteredOn(e -> e.type().code().equals("036")).extracting(e -> e.date().value()).containsExactly("2024-02-12");
  }
}
