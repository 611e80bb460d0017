package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Evidence asked for and handed over, a state's office, and a lawyer's "defence". */
class EvidenceAskedForTest {
  // "Gambia's justice minister asked Switzerland to share the evidence with a special tribunal.
  // Switzerland's federal justice office said on Thursday that it would hand over the files. A
  // former Gambian minister's lawyer said the defence would take the case to the European Court of
  // Human Rights."
  private static final HandBuiltText ASKED = new HandBuiltText().sentence(
        "Gambia/Gambia/NNP/LOCATION 's/'s/POS justice/justice/NN minister/minister/NN asked/ask/VBD Switzerland/Switzerland/NNP/LOCATION "
            + "to/to/TO share/share/VB the/the/DT evidence/evidence/NN with/with/IN a/a/DT special/special/JJ tribunal/tribunal/NN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,6) xcomp(5,8) punct(5,15) nsubj:xsubj(8,6) mark(8,7) obj(8,10) "
            + "det(10,9) nmod:with(10,14) case(14,11) det(14,12) amod(14,13)").sentence(
        "Switzerland/Switzerland/NNP/LOCATION 's/'s/POS federal/federal/JJ justice/justice/NN office/office/NN said/say/VBD on/on/IN "
            + "Thursday/Thursday/NNP that/that/IN it/it/PRP would/would/MD hand/hand/VB over/over/RP the/the/DT files/file/NNS ././.",
        "root(0,6) nmod:poss(5,1) compound(5,4) case(1,2) amod(4,3) nsubj(6,5) obl:on(6,8) ccomp(6,12) punct(6,16) case(8,7) mark(12,9) "
            + "nsubj(12,10) aux(12,11) compound:prt(12,13) obj(12,15) det(15,14)").sentence(
        "A/a/DT former/former/JJ Gambian/Gambian/JJ minister/minister/NN 's/'s/POS lawyer/lawyer/NN said/say/VBD the/the/DT "
            + "defence/defence/NN would/would/MD take/take/VB the/the/DT case/case/NN to/to/IN the/the/DT European/European/NNP/ORGANIZATION "
            + "Court/Court/NNP/ORGANIZATION of/of/IN/ORGANIZATION Human/Human/NNP/ORGANIZATION Rights/Rights/NNPS/ORGANIZATION ././.",
        "root(0,7) det(4,1) amod(4,2) amod(4,3) case(4,5) nmod:poss(6,4) nsubj(7,6) ccomp(7,11) punct(7,21) det(9,8) nsubj(11,9) aux(11,10) "
            + "obj(11,13) obl:to(11,17) det(13,12) case(17,14) det(17,15) compound(17,16) nmod:of(17,20) case(20,18) compound(20,19)");

  @Test
  void filesAStatesOfficeWillHandOverAnswerWhoAskedForThem() {
    assertThat(code(ASKED, LocalDate.of(2026, 1, 23)).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHEGOV GMBGOV 0"));
  }

  @Test
  void theDefenceAfterALawyerIsTheLawyersSideNotAnArmy() {
    assertThat(code(ASKED, LocalDate.of(2026, 1, 23)).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("GMBELI ECHR "))
        .noneMatch(t -> t.startsWith("GMBMIL") || t.startsWith("MIL"));
  }

  @Test
  void aCaseTakenToACourtIsALawsuit() {
    assertThat(code(ASKED, LocalDate.of(2026, 1, 23)).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("GMBELI ") && t.endsWith(" 115"));
  }

  @Test
  void aMatterTakenToACouncilIsAComplaint() {
    // "Gambia said it would take the matter to the UN Security Council."
    assertThat(code(new HandBuiltText().sentence(
        "Gambia/Gambia/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD take/take/VB the/the/DT matter/matter/NN to/to/IN the/the/DT "
            + "UN/UN/NNP/ORGANIZATION Security/Security/NNP/ORGANIZATION Council/Council/NNP/ORGANIZATION ././.",
        "root(0,2) nsubj(2,1) ccomp(2,5) punct(2,13) nsubj(5,3) aux(5,4) obj(5,7) obl:to(5,12) det(7,6) case(12,8) det(12,9) "
            + "compound(12,10) compound(12,11)"), LocalDate.of(2026, 1, 23)).events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 115"));
  }
}
