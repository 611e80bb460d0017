package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A body named by its members' word, with no country in its name: "fishermen's groups", "a farmers' association". */
class MembersBodiesTest {
  private static final String BANNED = "Poland/Poland/NNP/LOCATION banned/ban/VBD Ukrainian/Ukrainian/JJ grain/grain/NN ././.";
  private static final String BANNED_EDGES = "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)";

  @Test
  void aBodyItsMembersWordNamesActsAsAGroupOfThem() {
    // "Poland banned Ukrainian grain. Farmers' groups urged Ukraine to stop exports."
    var article = code(new HandBuiltText().sentence(BANNED, BANNED_EDGES)
        .sentence("Farmers/farmer/NNS '/'/POS groups/group/NNS urged/urge/VBD Ukraine/Ukraine/NNP/LOCATION to/to/TO stop/stop/VB exports/export/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) nsubj:xsubj(7,5) mark(7,6) xcomp(4,7) obj(7,8) punct(4,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("\\S*AGR UKR 02\\d*"));
  }

  @Test
  void aSingularBodyOfMembersToo() {
    // "Poland banned Ukrainian grain. A farmers' association urged Ukraine to stop exports."
    var article = code(new HandBuiltText().sentence(BANNED, BANNED_EDGES)
        .sentence("A/a/DT farmers/farmer/NNS '/'/POS association/association/NN urged/urge/VBD Ukraine/Ukraine/NNP/LOCATION to/to/TO stop/stop/VB "
                + "exports/export/NNS ././.",
            "det(4,1) nmod:poss(4,2) case(2,3) nsubj(5,4) root(0,5) obj(5,6) nsubj:xsubj(8,6) mark(8,7) xcomp(5,8) obj(8,9) punct(5,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("\\S*AGR UKR 02\\d*"));
  }

  @Test
  void aBodyOfMembersNamedAfterOfToo() {
    // "Poland banned Ukrainian grain. An association of exporters urged Ukraine to stop exports."
    var article = code(new HandBuiltText().sentence(BANNED, BANNED_EDGES)
        .sentence("An/a/DT association/association/NN of/of/IN exporters/exporter/NNS urged/urge/VBD Ukraine/Ukraine/NNP/LOCATION to/to/TO stop/stop/VB "
                + "exports/export/NNS ././.",
            "det(2,1) nsubj(5,2) case(4,3) nmod:of(2,4) root(0,5) obj(5,6) nsubj:xsubj(8,6) mark(8,7) xcomp(5,8) obj(8,9) punct(5,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("\\S*BUS UKR 02\\d*"));
  }

  @Test
  void aCoalitionOfBodiesActsThroughTheBodies() {
    // "Poland banned Ukrainian grain. A coalition of Polish farmers' groups urged Ukraine to stop
    // exports.": a body of no name made of other bodies is theirs.
    var article = code(new HandBuiltText().sentence(BANNED, BANNED_EDGES)
        .sentence("A/a/DT coalition/coalition/NN of/of/IN Polish/Polish/JJ farmers/farmer/NNS '/'/POS groups/group/NNS urged/urge/VBD "
                + "Ukraine/Ukraine/NNP/LOCATION to/to/TO stop/stop/VB exports/export/NNS ././.",
            "det(2,1) nsubj(8,2) case(7,3) amod(7,4) nmod:poss(7,5) case(5,6) nmod:of(2,7) root(0,8) obj(8,9) nsubj:xsubj(11,9) mark(11,10) "
                + "xcomp(8,11) obj(11,12) punct(8,13)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("POLAGR UKR 02\\d*"));
  }

  @Test
  void theMembersOfABodyOfPeopleActAsTheBodyDoes() {
    // "A union of Polish truckers said its members would stop driving to Ukraine."
    var article = code(new HandBuiltText()
        .sentence("A/a/DT union/union/NN of/of/IN Polish/Polish/JJ truckers/trucker/NNS said/say/VBD its/its/PRP$ members/member/NNS would/would/MD "
                + "stop/stop/VB driving/drive/VBG to/to/TO Ukraine/Ukraine/NNP/LOCATION ././.",
            "det(2,1) nsubj(6,2) case(5,3) amod(5,4) nmod:of(2,5) root(0,6) nmod:poss(8,7) nsubj(10,8) aux(10,9) ccomp(6,10) xcomp(10,11) "
                + "case(13,12) obl:to(11,13) punct(6,14)"));
    // (A strike announced is a threat of one, 133.)
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("POLLAB UKR 1[34]3"));
  }

  @Test
  void membersCalledByAWordOfTheirOwnAreThosePeople() {
    // "A union of Polish truckers said its crew members would stop driving to Ukraine": crew
    // members are crews, not the union.
    var article = code(new HandBuiltText()
        .sentence("A/a/DT union/union/NN of/of/IN Polish/Polish/JJ truckers/trucker/NNS said/say/VBD its/its/PRP$ crew/crew/NN members/member/NNS "
                + "would/would/MD stop/stop/VB driving/drive/VBG to/to/TO Ukraine/Ukraine/NNP/LOCATION ././.",
            "det(2,1) nsubj(6,2) case(5,3) amod(5,4) nmod:of(2,5) root(0,6) nmod:poss(9,7) compound(9,8) nsubj(11,9) aux(11,10) ccomp(6,11) "
                + "xcomp(11,12) case(14,13) obl:to(12,14) punct(6,15)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("POLLAB UKR"));
  }

  @Test
  void aGroupOfLeadersIsReadAsTheLeadersAre() {
    // "A group of Yoruba leaders announced that they would forgive Nigerian President Olusegun
    // Obasanjo.": a group "of" people is a number of them, read as they are, not a body of their
    // word's sector (leaders would make it a government of no country, placed on Nigeria's own).
    var article = code(new HandBuiltText()
        .sentence("A/a/DT group/group/NN of/of/IN Yoruba/Yoruba/NNP/PERSON leaders/leader/NNS announced/announce/VBD that/that/IN they/they/PRP "
                + "would/would/MD forgive/forgive/VB Nigerian/Nigerian/JJ President/President/NNP Olusegun/Olusegun/NNP/PERSON Obasanjo/Obasanjo/NNP/PERSON ././.",
            "det(2,1) nsubj(6,2) case(5,3) compound(5,4) nmod:of(2,5) root(0,6) mark(10,7) nsubj(10,8) aux(10,9) ccomp(6,10) amod(12,11) compound(14,12) "
                + "compound(14,13) obj(10,14) punct(6,15)"), java.time.LocalDate.of(2003, 6, 1));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" 010"));
  }

  @Test
  void anAssociationOfNoMembersNamedIsABodyOfCivilSociety() {
    // "Poland banned Ukrainian grain. An association in Warsaw urged Ukraine to stop exports."
    var article = code(new HandBuiltText().sentence(BANNED, BANNED_EDGES)
        .sentence("An/a/DT association/association/NN in/in/IN Warsaw/Warsaw/NNP/LOCATION urged/urge/VBD Ukraine/Ukraine/NNP/LOCATION to/to/TO stop/stop/VB "
                + "exports/export/NNS ././.",
            "det(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) obj(5,6) nsubj:xsubj(8,6) mark(8,7) xcomp(5,8) obj(8,9) punct(5,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("POLNGO UKR 02\\d*"));
  }

  @Test
  void aUnionOfASectorIsOfThatSectorAndOneOfPlainPeopleIsLabour() {
    // "Poland banned Ukrainian grain. An exporters' union urged Ukraine to stop exports." (a
    // business body), and "A drivers' union urged ..." (a labour union).
    for (String members : new String[] {"drivers/driver", "exporters/exporter"}) {
      var article = code(new HandBuiltText().sentence(BANNED, BANNED_EDGES)
          .sentence("An/a/DT " + members + "/NNS '/'/POS union/union/NN urged/urge/VBD Ukraine/Ukraine/NNP/LOCATION to/to/TO stop/stop/VB "
                  + "exports/export/NNS ././.",
              "det(4,1) nmod:poss(4,2) case(2,3) nsubj(5,4) root(0,5) obj(5,6) nsubj:xsubj(8,6) mark(8,7) xcomp(5,8) obj(8,9) punct(5,10)"));
      String sector = members.startsWith("exporters") ? "BUS" : "LAB";
      assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("\\S*" + sector + " UKR 02\\d*"));
    }
  }

  @Test
  void aFederationOfWorkingPeopleIsLabourAndAnAssociationOfThemCivilSociety() {
    // "Poland banned Ukrainian grain. A truckers' federation urged Ukraine to stop exports." (a
    // labour body, as a drivers' union is), and "A truckers' association urged ..." (a body of
    // civil society, as the victims' association is).
    for (String body : new String[] {"federation/federation", "association/association"}) {
      var article = code(new HandBuiltText().sentence(BANNED, BANNED_EDGES)
          .sentence("A/a/DT truckers/trucker/NNS '/'/POS " + body + "/NN urged/urge/VBD Ukraine/Ukraine/NNP/LOCATION to/to/TO stop/stop/VB "
                  + "exports/export/NNS ././.",
              "det(4,1) nmod:poss(4,2) case(2,3) nsubj(5,4) root(0,5) obj(5,6) nsubj:xsubj(8,6) mark(8,7) xcomp(5,8) obj(8,9) punct(5,10)"));
      String sector = body.startsWith("federation") ? "LAB" : "NGO";
      assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("\\S*" + sector + " UKR 02\\d*"));
    }
  }
}
