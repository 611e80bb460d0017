package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body of people ("an association of the victims' descendants") is of those people's country. */
class BodiesOfPeopleTest {
  @Test
  void anAssociationOfAPeoplesDescendantsIsOfTheirCountry() {
    // "Italy honoured Ethiopian victims. An association of the victims' descendants urged Rome to pay reparations."
    var article = code(new HandBuiltText()
        .sentence("Italy/Italy/NNP/LOCATION honoured/honour/VBD Ethiopian/Ethiopian/JJ/MISC victims/victim/NNS ././.", "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence("An/a/DT association/association/NN of/of/IN the/the/DT victims/victim/NNS ~'/'/POS descendants/descendant/NNS urged/urge/VBD Rome/Rome/NNP/LOCATION "
            + "to/to/TO pay/pay/VB reparations/reparation/NNS ././.",
            "det(2,1) nsubj(8,2) case(7,3) det(5,4) nmod:poss(7,5) case(5,6) nmod:of(2,7) root(0,8) obj(8,9) mark(11,10) xcomp(8,11) obj(11,12) punct(8,13)"));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("ETHNGO ITAGOV "));
  }
}
