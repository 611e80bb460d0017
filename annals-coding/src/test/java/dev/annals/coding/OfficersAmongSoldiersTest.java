package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Officers (police by their bare word) in a story that has named soldiers and no police are soldiers. */
class OfficersAmongSoldiersTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 14);

  @Test
  void officersAfterSoldiersAndNoPoliceAreSoldiers() {
    // "Norway will send 100 army engineers to Finland in May. An advance team of Norwegian officers
    // arrived in Helsinki on Thursday."
    List<String> coded = HandCoding.triples(HandCoding.code(new HandBuiltText()
        .sentence("Norway/Norway/NNP/LOCATION will/will/MD send/send/VB 100/100/CD army/army/NN engineers/engineer/NNS to/to/IN "
            + "Finland/Finland/NNP/LOCATION in/in/IN May/May/NNP ././.",
            "root(0,3) nsubj(3,1) aux(3,2) obj(3,6) obl:to(3,8) obl:in(3,10) punct(3,11) nummod(6,4) compound(6,5) "
            + "case(8,7) case(10,9)")
        .sentence("An/a/DT advance/advance/NN team/team/NN of/of/IN Norwegian/Norwegian/JJ officers/officer/NNS "
            + "arrived/arrive/VBD in/in/IN Helsinki/Helsinki/NNP/LOCATION on/on/IN Thursday/Thursday/NNP ././.",
            "root(0,7) det(3,1) compound(3,2) nmod:of(3,6) nsubj(7,3) obl:in(7,9) obl:on(7,11) punct(7,12) case(6,4) "
            + "amod(6,5) case(9,8) case(11,10)")
        , DATE));
    assertThat(coded).anyMatch(t -> t.matches("NORMIL FIN\\w* 042")).noneMatch(t -> t.startsWith("NORCOP"));
  }
}
