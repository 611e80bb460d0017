package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rescue told in a made-up report: the surname of a person named in full (a country's name too)
 * calls the person again; a call made to tell something is the call; "both men" are those taken,
 * not the clause's own subject; harm told in the passive inside an operation is the operation's
 * doers'; armed men of no side named are the armed group named by the same word before.
 */
class RescuesAndCallsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 17);

  /** "Prime Minister Luis Montenegro condemned the kidnapping. President Daniel Chapo telephoned Montenegro to tell him the men were safe." */
  private static List<String> callToMontenegro() {
    return code(new HandBuiltText()
        .sentence("Prime/Prime/NNP Minister/Minister/NNP Luis/Luis/NNP/PERSON Montenegro/Montenegro/NNP/PERSON condemned/condemn/VBD the/the/DT kidnapping/kidnapping/NN ././.",
            "compound(4,2) compound(2,1) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)")
        .sentence("President/President/NNP Daniel/Daniel/NNP/PERSON Chapo/Chapo/NNP/PERSON telephoned/telephone/VBD Montenegro/Montenegro/NNP/LOCATION "
                + "to/to/TO tell/tell/VB him/he/PRP the/the/DT men/man/NNS were/be/VBD safe/safe/JJ ././.",
            "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) mark(7,6) advcl:to(4,7) iobj(7,8) det(10,9) nsubj(12,10) cop(12,11) ccomp(7,12) punct(4,13)"),
        DAY).events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void aSurnameThatNamesACountryCallsThePersonNamedInFull() {
    assertThat(callToMontenegro()).contains("MOZGOV PRTGOV 041").noneMatch(t -> t.contains("MNE"));
  }

  @Test
  void whatACallWasMadeToTellIsTheCallNotAStatement() {
    assertThat(callToMontenegro()).noneMatch(t -> t.endsWith(" 010"));
  }

  /** "Islamic State militants abducted two Portuguese engineers. Mozambican troops freed both men in an operation in which four militants were killed." */
  private static List<String> rescue() {
    return code(new HandBuiltText()
        .sentence("Islamic/Islamic/NNP State/State/NNP militants/militant/NNS abducted/abduct/VBD two/two/CD Portuguese/Portuguese/JJ/MISC engineers/engineer/NNS ././.",
            "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) nummod(7,5) amod(7,6) obj(4,7) punct(4,8)")
        .sentence("Mozambican/Mozambican/JJ/MISC troops/troops/NNS freed/free/VBD both/both/DT men/man/NNS in/in/IN an/a/DT operation/operation/NN "
                + "in/in/IN which/which/WDT four/four/CD militants/militant/NNS were/be/VBD killed/kill/VBN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) obl:in(3,8) obl:in(14,8) case(10,9) ref(8,10) nummod(12,11) "
                + "nsubj:pass(14,12) aux:pass(14,13) acl:relcl(8,14) punct(3,15)"),
        DAY).events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void bothMenAreThePeopleTakenNotTheTroopsThatFreedThem() {
    assertThat(rescue()).contains("MOZMIL PRTCVL 0841");
  }

  @Test
  void killingsInsideTheRescueOperationAreTheRescuersAndTheMilitantsTheGroupNamedBefore() {
    assertThat(rescue()).contains("MOZMIL ISIS 190");
  }
}
