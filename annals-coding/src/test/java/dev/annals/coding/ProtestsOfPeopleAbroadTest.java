package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A protest's purpose is read inside the protest when convention aims the protest, as when its
 * text does; and a country's people who live abroad protest there against their own government.
 */
class ProtestsOfPeopleAbroadTest {
  private static final LocalDate DATE = LocalDate.of(2026, 6, 10);

  private static List<String> triples(HandBuiltText text) {
    return HandCoding.triples(HandCoding.code(text, DATE));
  }

  @Test
  void aDemandThatIsTheProtestsPurposeIsReadInsideAProtestAimedByConvention() {
    // "Thousands of farmers marched through Nairobi on Sunday to demand lower fuel prices."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Thousands/thousand/NNS of/of/IN farmers/farmer/NNS marched/march/VBD through/through/IN "
            + "Nairobi/Nairobi/NNP/LOCATION on/on/IN Sunday/Sunday/NNP to/to/TO demand/demand/VB lower/low/JJR fuel/fuel/NN "
            + "prices/price/NNS ././.",
            "root(0,4) det:qmod(3,1) fixed(1,2) nsubj(4,3) obl:through(4,6) obl:on(4,8) xcomp(4,10) punct(4,14) "
            + "nsubj:xsubj(10,3) mark(10,9) obj(10,13) case(6,5) case(8,7) amod(13,11) compound(13,12)")
        );
    assertThat(coded).anyMatch(t -> t.matches("KEN\\w* KENGOV 14\\d*")).noneMatch(t -> t.matches("\\S+ \\S+ 10\\d*"));
  }

  @Test
  void emigrantsProtestingAbroadProtestAgainstTheirOwnGovernment() {
    // "Hundreds of Venezuelan emigrants rallied in Madrid on Saturday to demand free elections."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Hundreds/hundred/NNS of/of/IN Venezuelan/Venezuelan/JJ emigrants/emigrant/NNS rallied/rally/VBD in/in/IN "
            + "Madrid/Madrid/NNP/LOCATION on/on/IN Saturday/Saturday/NNP to/to/TO demand/demand/VB free/free/JJ "
            + "elections/election/NNS ././.",
            "root(0,5) det:qmod(4,1) amod(4,3) fixed(1,2) nsubj(5,4) obl:in(5,7) obl:on(5,9) xcomp(5,11) punct(5,14) "
            + "nsubj:xsubj(11,4) mark(11,10) obj(11,13) case(7,6) case(9,8) amod(13,12)")
        );
    assertThat(coded).anyMatch(t -> t.matches("VENCVL VENGOV 14\\d*")).noneMatch(t -> t.contains(" ESP"));
  }
}
