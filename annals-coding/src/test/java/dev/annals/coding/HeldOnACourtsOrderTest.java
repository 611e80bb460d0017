package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * People seized abroad and held on a court's order: "them" that a court orders held are the people
 * seized last, not their seizers; the order is their detention, and "held" holds no one of its own.
 */
class HeldOnACourtsOrderTest {
  @Test
  void thoseACourtOrdersHeldAreThePeopleSeizedLast() {
    // "Four Turkish nationals registered as refugees in Kenya were seized by armed men in Nairobi on Tuesday. A court in Ankara ordered them held in custody on Thursday."
    var article = code(new HandBuiltText().sentence(
        "Four/four/CD Turkish/Turkish/JJ nationals/national/NNS registered/register/VBN as/as/IN refugees/refugee/NNS in/in/IN "
            + "Kenya/Kenya/NNP/LOCATION were/be/VBD seized/seize/VBN by/by/IN armed/armed/JJ men/man/NNS in/in/IN Nairobi/Nairobi/NNP/LOCATION "
            + "on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,4) nummod(3,1) amod(3,2) nsubj(4,3) obl:as(4,6) obl:in(4,8) dep(4,10) punct(4,18) case(6,5) case(8,7) aux:pass(10,9) "
            + "obl:agent(10,13) obl:in(10,15) obl:on(10,17) case(13,11) amod(13,12) case(15,14) case(17,16)").sentence(
        "A/a/DT court/court/NN in/in/IN Ankara/Ankara/NNP/LOCATION ordered/order/VBD them/they/PRP held/hold/VBN in/in/IN "
            + "custody/custody/NN on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,5) det(2,1) nmod:in(2,4) nsubj(5,2) dep(5,7) punct(5,12) case(4,3) nsubj(7,6) obl:in(7,9) obl:on(7,11) case(9,8) "
            + "case(11,10)"), LocalDate.of(2026, 10, 11));
    assertThat(article.events()).filteredOn(e -> e.date().value().equals("2026-10-08")).extracting(e -> triple(e)).containsExactly("TURJUD TURCVL 173");
  }
}
