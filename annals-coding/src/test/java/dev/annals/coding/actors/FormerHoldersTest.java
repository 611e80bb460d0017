package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A former office-holder told again by the office (NounAnaphora). */
class FormerHoldersTest {
  @Test
  void theFormerGovernorIsTheOneNamedBeforeNotTheGovernment() {
    // "Lisbon opened an inquiry into a former Angolan governor. The former governor denied any wrongdoing."
    var article = code(new HandBuiltText()
        .sentence("Lisbon/Lisbon/NNP/LOCATION opened/open/VBD an/an/DT inquiry/inquiry/NN into/into/IN a/a/DT former/former/JJ Angolan/Angolan/JJ "
                + "governor/governor/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(9,5) det(9,6) amod(9,7) amod(9,8) nmod:into(4,9) punct(2,10)")
        .sentence("The/the/DT former/former/JJ governor/governor/NN denied/deny/VBD any/any/DT wrongdoing/wrongdoing/NN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("AGOELI") && t.endsWith(" 016"))
        .noneMatch(t -> t.startsWith("PRTGOV") && t.endsWith(" 016"));
  }

  @Test
  void aFormerRulerOfNoCountryIsOfTheCountryWhoseFormerOfficialsTheStoryTellsOf() {
    // "A Swiss appeals court on Tuesday upheld the sentence of a former Gambian interior minister.
    // Switzerland's federal justice office said on Thursday that it would hand over the files. The
    // party of the former ruler condemned the verdict."
    var article = code(new HandBuiltText().sentence(
        "A/a/DT Swiss/Swiss/JJ appeals/appeal/NNS court/court/NN on/on/IN Tuesday/Tuesday/NNP upheld/uphold/VBD the/the/DT "
            + "sentence/sentence/NN of/of/IN a/a/DT former/former/JJ Gambian/Gambian/JJ interior/interior/NN minister/minister/NN ././.",
        "root(0,7) det(4,1) amod(4,2) compound(4,3) nmod:on(4,6) nsubj(7,4) obj(7,9) punct(7,16) case(6,5) det(9,8) nmod:of(9,15) "
            + "case(15,10) det(15,11) amod(15,12) amod(15,13) compound(15,14)").sentence(
        "Switzerland/Switzerland/NNP/LOCATION 's/'s/POS federal/federal/JJ justice/justice/NN office/office/NN said/say/VBD on/on/IN "
            + "Thursday/Thursday/NNP that/that/IN it/it/PRP would/would/MD hand/hand/VB over/over/RP the/the/DT files/file/NNS ././.",
        "root(0,6) nmod:poss(5,1) compound(5,4) case(1,2) amod(4,3) nsubj(6,5) obl:on(6,8) ccomp(6,12) punct(6,16) case(8,7) mark(12,9) "
            + "nsubj(12,10) aux(12,11) compound:prt(12,13) obj(12,15) det(15,14)").sentence(
        "The/the/DT party/party/NN of/of/IN the/the/DT former/former/JJ ruler/ruler/NN condemned/condemn/VBD the/the/DT verdict/verdict/NN "
            + "././.",
        "root(0,7) det(2,1) nmod:of(2,6) nsubj(7,2) obj(7,9) punct(7,10) case(6,3) det(6,4) amod(6,5) det(9,8)"), java.time.LocalDate.of(2026, 1, 23));
    assertThat(article.events()).extracting(e -> triple(e)).contains("GMBPTY CHEJUD 111").noneMatch(t -> t.startsWith("CHEPTY"));
  }
}
