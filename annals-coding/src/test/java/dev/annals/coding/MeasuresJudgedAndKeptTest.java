package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A measure said to break a rule condemns whoever imposed it; one said to stay in place refuses whoever asked to lift it; a friend of criminals is no praise. */
class MeasuresJudgedAndKeptTest {
  @Test
  void aMeasureSaidToBreakAProtocolCondemnsWhoImposedIt() {
    // "Botswana imposed a ban on Zambian vegetables. Zambia said the ban broke the trade protocol."
    var triples = code(new HandBuiltText()
        .sentence("Botswana/Botswana/NNP/LOCATION imposed/impose/VBD a/a/DT ban/ban/NN on/on/IN Zambian/Zambian/JJ/MISC vegetables/vegetable/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) amod(7,6) nmod:on(4,7) punct(2,8)")
        .sentence("Zambia/Zambia/NNP/LOCATION said/say/VBD the/the/DT ban/ban/NN broke/break/VBD the/the/DT trade/trade/NN protocol/protocol/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) ccomp(2,5) det(8,6) compound(8,7) obj(5,8) punct(2,9)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("ZMB BWA 111");
  }

  @Test
  void aMeasureSaidToStayInPlaceRefusesWhoeverAskedToLiftIt() {
    // "Zambia asked Botswana to lift its ban. Botswana said the ban would stay in place."
    var triples = code(new HandBuiltText()
        .sentence("Zambia/Zambia/NNP/LOCATION asked/ask/VBD Botswana/Botswana/NNP/LOCATION to/to/TO lift/lift/VB its/its/PRP$ ban/ban/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) nmod:poss(7,6) obj(5,7) punct(2,8)")
        .sentence("Botswana/Botswana/NNP/LOCATION said/say/VBD the/the/DT ban/ban/NN would/would/MD stay/stay/VB in/in/IN place/place/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) case(8,7) obl:in(6,8) punct(2,9)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("BWA ZMB 124");
  }

  @Test
  void withNoOneWhoAskedAMeasureKeptIsAStatement() {
    // "Botswana said the ban would stay in place."
    var triples = code(new HandBuiltText()
        .sentence("Botswana/Botswana/NNP/LOCATION said/say/VBD the/the/DT ban/ban/NN would/would/MD stay/stay/VB in/in/IN place/place/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) case(8,7) obl:in(6,8) punct(2,9)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).noneMatch(t -> t.endsWith(" 124"));
  }

  @Test
  void aSideThatBreaksAMeasureDefiesWhoImposedIt() {
    // "Libya imposed an embargo on Chad. Niger violated the embargo.": the measure, not the side
    // that breaks it, is what the breaking is about.
    var triples = code(new HandBuiltText()
        .sentence("Libya/Libya/NNP/LOCATION imposed/impose/VBD an/a/DT embargo/embargo/NN on/on/IN Chad/Chad/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:on(4,6) punct(2,7)")
        .sentence("Niger/Niger/NNP/LOCATION violated/violate/VBD the/the/DT embargo/embargo/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("NER LBY 128");
  }

  @Test
  void aFriendOfCriminalsIsNoPraise() {
    // 'Milei called his counterpart, Gustavo Petro, "a friend of drug traffickers" on Friday.'
    var triples = code(new HandBuiltText().sentence(
        "Milei/Milei/NNP/PERSON called/call/VBD his/his/PRP$ counterpart/counterpart/NN ,/,/, Gustavo/Gustavo/NNP/PERSON Petro/Petro/NNP/PERSON ,/,/, \"/\"/'' "
            + "a/a/DT friend/friend/NN of/of/IN drug/drug/NN traffickers/trafficker/NNS \"/\"/'' on/on/IN Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) punct(4,5) compound(7,6) appos(4,7) punct(4,8) punct(4,9) det(11,10) dep(4,11) case(14,12) compound(14,13) "
            + "nmod:of(11,14) punct(4,15) case(17,16) obl:on(2,17) punct(2,18)")).events().stream().map(e -> triple(e)).toList();
    assertThat(triples).contains("ARGGOV COLGOV 111").noneMatch(t -> t.endsWith(" 051"));
  }

  @Test
  void aBodyAskedToArbitrateIfNotLetThroughIsAThreatToTheSideAtOdds() {
    // "Zambia protested against Botswana's ban on vegetable imports. Zambia said it could ask the
    // African Union to arbitrate if the lorries were not let through."
    var triples = code(new HandBuiltText()
        .sentence("Zambia/Zambia/NNP/LOCATION protested/protest/VBD against/against/IN Botswana/Botswana/NNP/LOCATION 's/'s/POS ban/ban/NN on/on/IN "
                + "vegetable/vegetable/NN imports/import/NNS ././.",
            "nsubj(2,1) root(0,2) case(6,3) nmod:poss(6,4) case(4,5) obl:against(2,6) case(9,7) compound(9,8) nmod:on(6,9) punct(2,10)")
        .sentence("Zambia/Zambia/NNP/LOCATION said/say/VBD it/it/PRP could/could/MD ask/ask/VB the/the/DT African/African/NNP/ORGANIZATION "
                + "Union/Union/NNP/ORGANIZATION to/to/TO arbitrate/arbitrate/VB if/if/IN the/the/DT lorries/lorry/NNS were/be/VBD not/not/RB let/let/VB "
                + "through/through/RP ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(8,6) compound(8,7) obj(5,8) nsubj:xsubj(10,8) mark(10,9) xcomp(5,10) mark(16,11) "
                + "det(13,12) nsubj(16,13) aux(16,14) advmod(16,15) advcl:if(10,16) compound:prt(16,17) punct(2,18)"))
        .events().stream().map(e -> triple(e)).toList();
    assertThat(triples).anyMatch(t -> t.startsWith("ZMB BWA 13")).noneMatch(t -> t.startsWith("ZMB AU "));
  }
}
