package dev.annals.coding.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annals.coding.knowledge.KnowledgeFileException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the three PETRARCH dictionary formats, on small made-up dictionaries. */
class PetrarchFilesTest {
  private static List<PetrarchLines.Line> lines(String text) {
    return PetrarchLines.clean("test.txt", List.of(text.split("\n", -1)));
  }

  @Test
  void commentsOfBothKindsAreRemovedButHashesInsideCodesStay() {
    List<PetrarchLines.Line> lines = lines("""
        <!-- a comment
        over two lines -->
        VALDORIA [VAL] # note
        - * TIES [###]
        <! -- odd opening --> KESTREL [KES]
        """);
    assertThat(lines).extracting(PetrarchLines.Line::text).containsExactly("VALDORIA [VAL]", "- * TIES [###]", "KESTREL [KES]");
  }

  @Test
  void actorsHaveSynonymsAndDatedCodes() {
    List<PetrarchActor> actors = PetrarchActorFile.parse(lines("""
        VALDORIA_ [VAL]
        +VALDORIAN
        +NORTH_MARCH
        ORLEK BASSO  # a person
        \t[VALGOV 19950601-19990815]
        \t[VALREB >990816]
        \t[VAL]
        THE_TWIN_CITIES [KES/VAL]
        OLD_ARGON
        \t[ARG <911226]
        """));
    assertThat(actors).hasSize(4);
    assertThat(actors.get(0).names()).containsExactly(List.of("valdoria"), List.of("valdorian"), List.of("north", "march"));
    PetrarchActor orlek = actors.get(1);
    assertThat(orlek.codeOn(LocalDate.of(1997, 3, 1))).contains("VALGOV");
    assertThat(orlek.codeOn(LocalDate.of(1999, 8, 15))).contains("VALGOV");
    assertThat(orlek.codeOn(LocalDate.of(2001, 1, 1))).contains("VALREB");
    assertThat(orlek.codeOn(LocalDate.of(1990, 1, 1))).contains("VAL");
    assertThat(actors.get(2).codeOn(LocalDate.of(2000, 1, 1))).contains("KES/VAL");
    // Only a code before 1991: afterwards the name is known but codes no one.
    assertThat(actors.get(3).codeOn(LocalDate.of(1990, 1, 1))).contains("ARG");
    assertThat(actors.get(3).codeOn(LocalDate.of(1995, 1, 1))).isEmpty();
  }

  @Test
  void aBadCodeBlockNamesFileAndLine() {
    assertThatThrownBy(() -> PetrarchActorFile.parse(lines("VALDORIA [VAL 1995]")))
        .isInstanceOf(KnowledgeFileException.class).hasMessageContaining("test.txt line 1");
  }

  @Test
  void agentsGetPluralsSubstitutionsAndPlacement() {
    List<PetrarchAgent> agents = PetrarchAgentFile.parse(lines("""
        !PERSON! = MAN, MEN
        FOREIGN_MINISTER [~GOVFRM]
        POLICE {} [ ~COP]
        HARBOUR!PERSON! [~LAB]
        RELIEF_AGENCY [NGO~]
        GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
        """));
    assertThat(agents.get(0).names()).contains(List.of("foreign", "minister"), List.of("foreign", "ministers"));
    assertThat(agents.get(0).code()).isEqualTo("GOVFRM");
    assertThat(agents.get(1).names()).containsExactly(List.of("police"));
    assertThat(agents.get(2).names()).contains(List.of("harbourman"), List.of("harbourmen"));
    assertThat(agents.get(3).prefix()).isTrue();
    assertThat(agents.get(3).names()).contains(List.of("relief", "agencies"));
    assertThat(agents.get(4).names()).contains(List.of("golden", "goose"), List.of("golden", "geese"));
  }

  @Test
  void verbsHaveSpellingsPatternsSynsetsAndTwoWayCodes() {
    PetrarchVerbs verbs = PetrarchVerbFile.parse(lines("""
        &FUNDS
        +DUCATS
        +GOLD CROWNS

        --- DONATE [070] ---
        DONATE
        - * &FUNDS [903]
        - NOT_* [112]
        - * TO_+ $ [071]

        --- ARRIVE [032:033] ---
        ARRIVE
        +TURN_UP {+TURNED_UP}

        --- BREAK [---] --- # only with patterns
        BREAK {BROKE BROKEN}
        - * TIES [161]
        """));
    assertThat(verbs.size()).isEqualTo(4);
    PetrarchVerb donate = verbs.forToken("donated", "donate").get(0);
    assertThat(donate.bare().code()).contains("070");
    assertThat(donate.patterns()).extracting(p -> p.code().orElse("")).contains("903", "112", "071");
    PetrarchPattern funds = donate.patterns().stream().filter(p -> p.code().equals(Optional.of("903"))).findFirst().orElseThrow();
    assertThat(funds.after().get(0).alternatives()).containsExactly(List.of("ducats"), List.of("gold", "crowns"));
    PetrarchPattern not = donate.patterns().stream().filter(p -> p.code().equals(Optional.of("112"))).findFirst().orElseThrow();
    assertThat(not.verbTouchesBefore()).isTrue();
    PetrarchVerb arrive = verbs.forToken("arrives", "arrive").get(0);
    assertThat(arrive.bare().code()).contains("032");
    assertThat(arrive.bare().reverseCode()).contains("033");
    assertThat(verbs.forToken("turned", "turn")).anySatisfy(v -> assertThat(v.words()).containsExactly("turn", "up"));
    PetrarchVerb broke = verbs.forToken("broke", "break").get(0);
    assertThat(broke.bare().code()).as("[---] is no event").isEmpty();
    assertThat(verbs.forToken("departed", "depart")).isEmpty();
  }

  @Test
  void anUnknownSynsetIsAnError() {
    assertThatThrownBy(() -> PetrarchVerbFile.parse(lines("""
        --- DONATE [070] ---
        DONATE
        - * &MISSING [903]
        """))).isInstanceOf(KnowledgeFileException.class).hasMessageContaining("unknown synset &MISSING");
  }
}
