package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An order given to one's own body is no demand made of the side that did the deed (AntecedentTargets.ordersItsOwn). */
class OwnOrdersTest {
  private static final String ATTACKED = "Turkish/Turkish/JJ/MISC workers/worker/NNS attacked/attack/VBD Kazakh/Kazakh/JJ/MISC staff/staff/NN ././.";
  private static final String ATTACKED_EDGES = "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) punct(3,6)";

  @Test
  void anOrderToACommissionIsNoDemandOfTheAttackers() {
    // "Turkish workers attacked Kazakh staff. Kazakhstan's president ordered a commission to examine pay."
    var text = new HandBuiltText().sentence(ATTACKED, ATTACKED_EDGES).sentence(
        "Kazakhstan/Kazakhstan/NNP/LOCATION 's/'s/POS president/president/NN ordered/order/VBD a/a/DT commission/commission/NN to/to/TO examine/examine/VB "
            + "pay/pay/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) nsubj:xsubj(8,6) mark(8,7) xcomp(4,8) obj(8,9) punct(4,10)");
    assertThat(triples(code(text))).noneMatch(t -> t.startsWith("KAZGOV TUR") && t.endsWith(" 100"));
  }

  @Test
  void aDemandNamingNoOneIsStillMadeOfTheAttackers() {
    // "Turkish workers attacked Kazakh staff. Kazakhstan's president demanded an explanation."
    var text = new HandBuiltText().sentence(ATTACKED, ATTACKED_EDGES).sentence(
        "Kazakhstan/Kazakhstan/NNP/LOCATION 's/'s/POS president/president/NN demanded/demand/VBD an/a/DT explanation/explanation/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)");
    assertThat(triples(code(text))).anyMatch(t -> t.startsWith("KAZGOV TUR") && t.contains(" 10"));
  }
}
