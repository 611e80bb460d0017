package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Property called illegal, seized or destroyed with no owner named, is criminals' of where it was found. */
class IllegalGoodsTest {
  private static List<String> triples(String tokens, String edges) {
    return code(tokens, edges).events().stream().map(HandCoding::triple).toList();
  }

  @Test
  void illegalDredgesDestroyedInACountryAreItsCriminals() {
    // "Bolivian police destroyed 23 illegal dredges in Peru's Madre region."
    assertThat(triples("Bolivian/Bolivian/JJ/MISC police/police/NN destroyed/destroy/VBD 23/23/CD illegal/illegal/JJ dredges/dredge/NNS in/in/IN "
            + "Peru/Peru/NNP/LOCATION 's/'s/POS Madre/Madre/NNP/LOCATION region/region/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) case(11,7) nmod:poss(11,8) case(8,9) compound(11,10) obl:in(3,11) punct(3,12)"))
        .contains("BOLCOP PERCRM 1712");
  }

  @Test
  void dredgesNotCalledIllegalHaveNoOwnerToName() {
    // "Bolivian police destroyed 23 dredges in Peru's Madre region."
    assertThat(triples("Bolivian/Bolivian/JJ/MISC police/police/NN destroyed/destroy/VBD 23/23/CD dredges/dredge/NNS in/in/IN "
            + "Peru/Peru/NNP/LOCATION 's/'s/POS Madre/Madre/NNP/LOCATION region/region/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) case(10,6) nmod:poss(10,7) case(7,8) compound(10,9) obl:in(3,10) punct(3,11)"))
        .noneMatch(t -> t.contains("CRM"));
  }
}
