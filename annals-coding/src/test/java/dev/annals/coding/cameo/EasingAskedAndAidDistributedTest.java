package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** Appeals for a measure "to be lifted", whom they are made of (AntecedentTargets), and food aid handed out. */
class EasingAskedAndAidDistributedTest {
  private static final String CALLED = "Cuba/Cuba/NNP/LOCATION called/call/VBD for/for/IN the/the/DT %s/%s/%s to/to/TO be/be/VB lifted/lift/VBN ././.";
  private static final String CALLED_EDGES = "nsubj(2,1) root(0,2) mark(8,3) det(5,4) nsubj:pass(8,5) mark(8,6) aux:pass(8,7) advcl:to(2,8) punct(2,9)";

  @Test
  void sanctionsToBeLiftedAreAskedOfWhoeverImposedThem() {
    // "The United States tightened sanctions on Cuba on Friday. Cuba called for the sanctions to be lifted."
    var article = code(new HandBuiltText()
        .sentence("The/the/DT United/United/NNP/LOCATION States/States/NNP/LOCATION tightened/tighten/VBD sanctions/sanction/NNS on/on/IN Cuba/Cuba/NNP/LOCATION "
                + "on/on/IN Friday/Friday/NNP ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) case(7,6) nmod:on(5,7) case(9,8) obl:on(4,9) punct(4,10)")
        .sentence(String.format(CALLED, "sanctions", "sanction", "NNS"), CALLED_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).contains("USA CUB 163", "CUB USA 0254");
  }

  @Test
  void anEmbargoToBeLiftedIsAskedOfTheSideWhoseSanctionsWereNamed() {
    // "Washington accused Havana of blaming its mismanagement on American sanctions. Cuba called for
    // the embargo to be lifted." (The sanctions are only what Havana is said to blame: no event.)
    var article = code(new HandBuiltText()
        .sentence("Washington/Washington/NNP/LOCATION accused/accuse/VBD Havana/Havana/NNP/LOCATION of/of/IN blaming/blame/VBG its/its/PRP$ "
                + "mismanagement/mismanagement/NN on/on/IN American/American/JJ sanctions/sanction/NNS ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) advcl:of(2,5) nmod:poss(7,6) obj(5,7) case(10,8) amod(10,9) obl:on(5,10) punct(2,11)")
        .sentence(String.format(CALLED, "embargo", "embargo", "NN"), CALLED_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CUB USA 0254");
  }

  @Test
  void fundsAskedForToHelpPeopleAreNoAppealToThosePeople() {
    // "UNHCR appealed for $120 million to help Afghan returnees.": the clause tells what the money is for.
    var article = code(new HandBuiltText().sentence(
        "UNHCR/UNHCR/NNP/ORGANIZATION appealed/appeal/VBD for/for/IN $/$/$ 120/120/CD million/million/CD to/to/TO help/help/VB Afghan/Afghan/JJ returnees/returnee/NNS ././.",
        "nsubj(2,1) root(0,2) mark(8,3) nsubj(8,4) nummod(4,6) compound(6,5) mark(8,7) advcl:to(2,8) amod(10,9) obj(8,10) punct(2,11)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("UNHCR") && t.endsWith(" 023"));
  }

  @Test
  void riceDistributedToSchoolsIsFoodAid() {
    // "The World Food Programme said it would distribute part of the rice to schools in eastern Cuba."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT World/World/NNP/ORGANIZATION Food/Food/NNP/ORGANIZATION Programme/Programme/NNP/ORGANIZATION said/say/VBD it/it/PRP would/would/MD "
            + "distribute/distribute/VB part/part/NN of/of/IN the/the/DT rice/rice/NN to/to/IN schools/school/NNS in/in/IN eastern/eastern/JJ Cuba/Cuba/NNP/LOCATION ././.",
        "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) nsubj(8,6) aux(8,7) ccomp(5,8) obj(8,9) case(12,10) det(12,11) nmod:of(9,12) "
            + "case(14,13) obl:to(8,14) case(17,15) amod(17,16) nmod:in(14,17) punct(5,18)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("WFP CUBEDU 03") || t.startsWith("WFP CUBEDU 07"));
  }

  @Test
  void aMeasureDemandedLiftedInAThatClauseIsAskedOfWhoeverBarredTheVessels() {
    // "The European Union barred Faroese fishing vessels from landing mackerel in its ports on
    // Wednesday. The Faroese government demanded that the measure be lifted before the summer season."
    var article = code(new HandBuiltText()
        .sentence("The/the/DT European/European/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION barred/bar/VBD Faroese/Faroese/JJ fishing/fishing/NN "
                + "vessels/vessel/NNS from/from/IN landing/land/VBG mackerel/mackerel/NN in/in/IN its/its/PRP$ ports/port/NNS on/on/IN "
                + "Wednesday/Wednesday/NNP ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) amod(7,5) compound(7,6) obj(4,7) case(10,8) amod(10,9) obl:from(4,10) case(13,11) "
                + "nmod:poss(13,12) nmod:in(10,13) case(15,14) obl:on(4,15) punct(4,16)")
        .sentence("The/the/DT Faroese/Faroese/JJ government/government/NN demanded/demand/VBD that/that/IN the/the/DT measure/measure/NN be/be/VB "
                + "lifted/lift/VBN before/before/IN the/the/DT summer/summer/NN season/season/NN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) mark(9,5) det(7,6) nsubj:pass(9,7) aux:pass(9,8) ccomp(4,9) case(13,10) det(13,11) "
                + "compound(13,12) obl:before(9,13) punct(4,14)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("FROGOV EU 1054");
  }
}
