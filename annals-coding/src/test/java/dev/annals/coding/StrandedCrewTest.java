package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A merchant ship's stranded crew: sailors on a cargo ship are its plain crew, not a navy's; what
 * is paid for people's travel is aid to them; and a court ordering a ship's sale sends no ship.
 */
class StrandedCrewTest {
  private static final LocalDate REPORTED = LocalDate.of(2026, 6, 13);

  @Test
  void sailorsOnACargoShipAreItsCrewNotANavy() {
    // "Nineteen Filipino sailors stranded on a cargo ship off Varna began a hunger strike on Wednesday."
    var article = code(new HandBuiltText().sentence(
        "Nineteen/nineteen/CD Filipino/Filipino/NNP sailors/sailor/NNS stranded/strand/VBN on/on/IN a/a/DT cargo/cargo/NN ship/ship/NN "
            + "off/off/IN Varna/Varna/NNP/LOCATION began/begin/VBD a/a/DT hunger/hunger/NN strike/strike/NN on/on/IN Wednesday/Wednesday/NNP "
            + "././.",
        "root(0,11) nummod(3,1) compound(3,2) nsubj(4,3) obl:on(4,8) csubj(11,4) obj(11,14) punct(11,17) case(8,5) det(8,6) compound(8,7) "
            + "nmod:off(8,10) case(10,9) det(14,12) compound(14,13) nmod:on(14,16) case(16,15)"), REPORTED);
    assertThat(article.events()).extracting(e -> e.type().code() + " " + e.source().code()).contains("142 PHLCVL");
  }

  @Test
  void sailorsWhoBoardedATankerAreNotItsCrew() {
    // "Nineteen Filipino sailors who boarded a tanker off Varna began a hunger strike on Wednesday."
    var article = code(new HandBuiltText().sentence(
        "Nineteen/nineteen/CD Filipino/Filipino/NNP sailors/sailor/NNS who/who/WP boarded/board/VBD a/a/DT tanker/tanker/NN off/off/IN "
            + "Varna/Varna/NNP/LOCATION began/begin/VBD a/a/DT hunger/hunger/NN strike/strike/NN on/on/IN Wednesday/Wednesday/NNP ././.",
        "root(0,10) nummod(3,1) compound(3,2) ref(3,4) acl:relcl(3,5) nsubj(5,3) obj(5,7) obl:off(5,9) nsubj(10,3) obj(10,13) punct(10,16) "
            + "det(7,6) case(9,8) det(13,11) compound(13,12) nmod:on(13,15) case(15,14)"), REPORTED);
    assertThat(article.events()).extracting(e -> e.type().code() + " " + e.source().code()).contains("142 PHLMIL");
  }

  @Test
  void payingForPeoplesFlightsIsAidToThem() {
    // "The International Labour Organization offered to pay for the Filipino fishermen's flights to Manila."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT International/International/NNP/ORGANIZATION Labour/Labour/NNP/ORGANIZATION Organization/Organization/NNP/ORGANIZATION "
            + "offered/offer/VBD to/to/TO pay/pay/VB for/for/IN the/the/DT Filipino/Filipino/JJ fishermen/fisherman/NNS 's/'s/POS "
            + "flights/flight/NNS to/to/IN Manila/Manila/NNP/LOCATION ././.",
        "root(0,5) det(4,1) compound(4,2) compound(4,3) nsubj(5,4) xcomp(5,7) punct(5,16) nsubj:xsubj(7,4) mark(7,6) obl:for(7,13) "
            + "case(13,8) nmod:poss(13,11) nmod:to(13,15) det(11,9) amod(11,10) case(11,12) case(15,14)"), REPORTED);
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("ILO PHLCVL 0331");
  }

  @Test
  void aCourtOrderingAShipsSaleSendsNoShip() {
    // "Bulgaria's transport minister said a court would order the ship's sale within a month."
    var article = code(new HandBuiltText().sentence(
        "Bulgaria/Bulgaria/NNP/LOCATION 's/'s/POS transport/transport/NN minister/minister/NN said/say/VBD a/a/DT court/court/NN "
            + "would/would/MD order/order/VB the/the/DT ship/ship/NN 's/'s/POS sale/sale/NN within/within/IN a/a/DT month/month/NN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) ccomp(5,9) punct(5,17) det(7,6) nsubj(9,7) aux(9,8) obj(9,13) "
            + "obl:within(9,16) det(11,10) case(11,12) nmod:poss(13,11) case(16,14) det(16,15)"), REPORTED);
    assertThat(article.events()).noneMatch(e -> e.type().code().startsWith("15"));
  }

  @Test
  void foodDeliveredToTheShipIsHumanitarianAidToItsCrew() {
    // "Nineteen Filipino sailors on a cargo ship began a hunger strike on Wednesday. Bulgaria's
    // maritime administration delivered food and water to the ship on Thursday."
    var article = code(new HandBuiltText().sentence(
        "Nineteen/nineteen/CD Filipino/Filipino/NNP sailors/sailor/NNS on/on/IN a/a/DT cargo/cargo/NN ship/ship/NN began/begin/VBD a/a/DT "
            + "hunger/hunger/NN strike/strike/NN on/on/IN Wednesday/Wednesday/NNP ././.",
        "root(0,8) nummod(3,1) compound(3,2) nmod:on(3,7) nsubj(8,3) obj(8,11) punct(8,14) case(7,4) det(7,5) compound(7,6) det(11,9) "
            + "compound(11,10) nmod:on(11,13) case(13,12)").sentence(
        "Bulgaria/Bulgaria/NNP/LOCATION 's/'s/POS maritime/maritime/JJ administration/administration/NN delivered/deliver/VBD food/food/NN "
            + "and/and/CC water/water/NN to/to/IN the/the/DT ship/ship/NN on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,6) obj(5,8) obl:to(5,11) obl:on(5,13) punct(5,14) conj:and(6,8) "
            + "cc(8,7) case(11,9) det(11,10) case(13,12)"), REPORTED);
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("07")).extracting(e -> triple(e)).containsExactly("BGRGOV PHLCVL 073");
  }
}
