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

  @Test
  void conservationGroupsAreBodiesOfCivilSociety() {
    // "Botswana's conservation groups urged the government to halt exports."
    assertThat(triples(code("Botswana/Botswana/NNP/LOCATION 's/'s/POS conservation/conservation/NN groups/group/NNS urged/urge/VBD the/the/DT "
        + "government/government/NN to/to/TO halt/halt/VB exports/export/NNS ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) mark(9,8) xcomp(5,9) obj(9,10) punct(5,11)")))
        .anyMatch(t -> t.startsWith("BWANGO BWAGOV "));
  }

  @Test
  void tourGuidesWorkForALiving() {
    // "Peruvian tour guides marched against the government."
    assertThat(triples(code("Peruvian/Peruvian/JJ/MISC tour/tour/NN guides/guide/NNS marched/march/VBD against/against/IN the/the/DT "
        + "government/government/NN ././.",
        "amod(3,1) compound(3,2) nsubj(4,3) root(0,4) case(7,5) det(7,6) obl:against(4,7) punct(4,8)")))
        .anyMatch(t -> t.startsWith("PERLAB "));
  }

  @Test
  void membersOfASmugglingRingAreCriminals() {
    // "Spanish police arrested six members of an Andorran smuggling ring."
    assertThat(triples(code("Spanish/Spanish/JJ/MISC police/police/NN arrested/arrest/VBD six/six/CD members/member/NNS of/of/IN an/a/DT "
        + "Andorran/Andorran/JJ/MISC smuggling/smuggling/NN ring/ring/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) case(10,6) det(10,7) amod(10,8) compound(10,9) nmod:of(5,10) punct(3,11)")))
        .contains("ESPCOP ANDCRM 173");
  }

  @Test
  void aRingIsABodyOfPeopleThoughSingular() {
    // "Spanish police arrested six members of a smuggling ring."
    assertThat(triples(code("Spanish/Spanish/JJ/MISC police/police/NN arrested/arrest/VBD six/six/CD members/member/NNS of/of/IN a/a/DT "
        + "smuggling/smuggling/NN ring/ring/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) case(9,6) det(9,7) compound(9,8) nmod:of(5,9) punct(3,10)")))
        .anyMatch(t -> t.startsWith("ESPCOP ") && t.endsWith("CRM 173"));
  }

  @Test
  void aFarmIsABusiness() {
    // "Vietnam accused a Japanese farm."
    assertThat(triples(code("Vietnam/Vietnam/NNP/LOCATION accused/accuse/VBD a/a/DT Japanese/Japanese/JJ/MISC farm/farm/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)")))
        .contains("VNM JPNBUS 112");
  }
}
