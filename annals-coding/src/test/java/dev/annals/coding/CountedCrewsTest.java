package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People counted by their nationalities are those nationals (PeopleCountedByNationality); a court
 * orders held the people held last when it names them by a word alone (ReleasedPeople); asking to
 * see people another side holds is asked of it (AntecedentTargets); a promise beside a gift is
 * made to whom the gift went, and a time expression is no object word (SharedAddressees, VerbObjects).
 */
class CountedCrewsTest {
  private static final List<String> CODED = triples(code(new HandBuiltText()
      .sentence("Cape/Cape/NNP/LOCATION Verdean/Verdean/NNP/LOCATION police/police/NN arrested/arrest/VBD four/four/CD crew/crew/NN members/member/NNS "
          + ",/,/, three/three/CD Brazilians/Brazilian/NNS and/and/CC a/a/DT Spaniard/Spaniard/NN ,/,/, on/on/IN Saturday/Saturday/NNP ././.",
          "compound(2,1) compound(3,2) nsubj(4,3) root(0,4) nummod(7,5) compound(7,6) obj(4,7) punct(7,8) nummod(10,9) conj:and(7,10) obj(4,10) "
              + "cc(13,11) det(13,12) conj:and(7,13) obj(4,13) punct(4,14) case(16,15) obl:on(4,16) punct(4,17)")
      .sentence("A/a/DT court/court/NN in/in/IN Praia/Praia/NNP/LOCATION ordered/order/VBD the/the/DT four/four/CD men/man/NNS held/hold/VBN "
          + "in/in/IN detention/detention/NN ././.",
          "det(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) det(8,6) nummod(8,7) obj(5,8) acl(8,9) case(11,10) obl:in(9,11) punct(5,12)")
      .sentence("Brazil/Brazil/NNP/LOCATION 's/'s/POS consulate/consulate/NN asked/ask/VBD to/to/TO see/see/VB the/the/DT three/three/CD "
          + "Brazilians/Brazilian/NNS ././.", "nmod:poss(3,1) case(1,2) nsubj(4,3) nsubj:xsubj(6,3) root(0,4) mark(6,5) xcomp(4,6) det(9,7) nummod(9,8) "
              + "obj(6,9) punct(4,10)")));

  @Test
  void peopleCountedByNationalityAreThoseNationals() {
    assertThat(CODED).contains("CPVCOP BRACVL 173", "CPVCOP ESP 173").noneMatch(t -> t.startsWith("CPVCOP CPVCVL"));
  }

  @Test
  void aCourtOrdersHeldThePeopleHeldLast() {
    assertThat(CODED).contains("CPVJUD BRACVL 173");
  }

  @Test
  void askingToSeeThePeopleHeldIsAskedOfTheirHolder() {
    assertThat(CODED).contains("BRAGOV CPVGOV 020");
  }

  @Test
  void aPromiseBesideAGiftIsMadeToWhomTheGiftWent() {
    assertThat(triples(code("Portugal/Portugal/NNP/LOCATION handed/hand/VBD over/over/RP a/a/DT patrol/patrol/NN boat/boat/NN to/to/IN "
        + "Cape/Cape/NNP/LOCATION Verde/Verde/NNP/LOCATION 's/'s/POS coast/coast/NN guard/guard/NN and/and/CC promised/promise/VBD two/two/CD "
        + "more/more/JJR by/by/IN the/the/DT end/end/NN of/of/IN the/the/DT year/year/NN ././.",
        "nsubj(2,1) nsubj(14,1) root(0,2) compound:prt(2,3) det(6,4) compound(6,5) obj(2,6) case(12,7) compound(9,8) nmod:poss(12,9) case(9,10) "
            + "compound(12,11) obl:to(2,12) cc(14,13) conj:and(2,14) nummod(16,15) obj(14,16) case(19,17) det(19,18) obl:by(14,19) case(22,20) "
            + "det(22,21) nmod:of(19,22) punct(2,23)"))).contains("PRT CPVMIL 072", "PRT CPVMIL 030");
  }

  @Test
  void theCrewAloneIsTheCrewNamedBeforeWithTheirCountry() {
    // "Chile arrested nine Peruvian crew members. Peru's consul visited the crew."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION arrested/arrest/VBD nine/nine/CD Peruvian/Peruvian/JJ/MISC crew/crew/NN members/member/NNS ././.",
            "nsubj(2,1) root(0,2) nummod(6,3) amod(6,4) compound(6,5) obj(2,6) punct(2,7)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS consul/consul/NN visited/visit/VBD the/the/DT crew/crew/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)"))))
        .contains("PERGOV PERCVL 042");
  }
}
