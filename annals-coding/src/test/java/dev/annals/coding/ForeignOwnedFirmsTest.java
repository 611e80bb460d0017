package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A firm named by its owners' country, in the country a story is about, and the measures taken against it. */
class ForeignOwnedFirmsTest {
  // "Sierra Leone's mines ministry suspended the export licence of a Chinese-owned iron ore company
  // on Tuesday. The company rejected the claims and said it would appeal. China's embassy urged the
  // government to resolve the dispute. Hundreds of mine workers blocked a road on Thursday,
  // demanding that exports resume. Environmental groups welcomed the suspension."
  private static final CodedArticle LICENCE_SUSPENDED = code(new HandBuiltText()
          .sentence("Sierra/Sierra/NNP/LOCATION Leone/Leone/NNP/LOCATION 's/'s/POS mines/mine/NNS ministry/ministry/NN suspended/suspend/VBD "
              + "the/the/DT export/export/NN licence/licence/NN of/of/IN a/a/DT Chinese/Chinese/JJ -/-/HYPH owned/own/VBN iron/iron/NN "
              + "ore/ore/NN company/company/NN on/on/IN Tuesday/Tuesday/NNP ././.",
              "root(0,6) compound(2,1) case(2,3) nmod:poss(5,2) compound(5,4) nsubj(6,5) obj(6,9) obl:on(6,19) punct(6,20) det(9,7) "
              + "compound(9,8) nmod:of(9,17) case(17,10) det(17,11) amod(17,14) compound(17,15) compound(17,16) dep(14,12) punct(14,13) "
              + "case(19,18)")
          .sentence("The/the/DT company/company/NN rejected/reject/VBD the/the/DT claims/claim/NNS and/and/CC said/say/VBD it/it/PRP "
              + "would/would/MD appeal/appeal/VB ././.",
              "root(0,3) det(2,1) nsubj(3,2) obj(3,5) conj:and(3,7) punct(3,11) nsubj(7,2) cc(7,6) ccomp(7,10) det(5,4) nsubj(10,8) "
              + "aux(10,9)")
          .sentence("China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN urged/urge/VBD the/the/DT government/government/NN to/to/TO "
              + "resolve/resolve/VB the/the/DT dispute/dispute/NN ././.",
              "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) xcomp(4,8) punct(4,11) det(6,5) nsubj:xsubj(8,6) mark(8,7) "
              + "obj(8,10) det(10,9)")
          .sentence("Hundreds/hundred/NNS of/of/IN mine/mine/NN workers/worker/NNS blocked/block/VBD a/a/DT road/road/NN on/on/IN "
              + "Thursday/Thursday/NNP ,/,/, demanding/demand/VBG that/that/IN exports/export/NNS resume/resume/NN ././.",
              "root(0,5) det:qmod(4,1) compound(4,3) fixed(1,2) nsubj(5,4) obj(5,7) obl:on(5,9) punct(5,10) dep(5,11) punct(5,15) "
              + "det(7,6) case(9,8) obj(11,14) amod(14,12) compound(14,13)")
          .sentence("Environmental/environmental/JJ groups/group/NNS welcomed/welcome/VBD the/the/DT suspension/suspension/NN ././.",
              "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) punct(3,6) det(5,4)"), LocalDate.of(2026, 9, 18));

  @Test
  void workersOfTheStoryAreOfTheCountryItIsAboutNotOfTheFirmsOwners() {
    // China is named five times (the firm three), Sierra Leone three: the firm does not make China home.
    assertThat(LICENCE_SUSPENDED.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("SLELAB ")).noneMatch(t -> t.startsWith("CHNLAB"));
  }

  @Test
  void aSuspensionWelcomedIsTheWelcomeOfWhoeverSuspended() {
    assertThat(LICENCE_SUSPENDED.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("\\w*NGO SLEGOV 051"));
  }
}
