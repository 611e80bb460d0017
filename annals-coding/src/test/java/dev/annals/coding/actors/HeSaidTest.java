package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whom the "they" of what a person says, and the "them" after a closing attribution, refer to. */
class HeSaidTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 14);

  /** "A Chinese spokesman said the men were tourists. The Philippine adviser rejected that account. He said they would be charged." */
  private static HandBuiltText spokesmanThenAdviser() {
    return new HandBuiltText()
        .sentence("A/a/DT Chinese/Chinese/JJ/MISC spokesman/spokesman/NN said/say/VBD the/the/DT men/man/NNS were/be/VBD tourists/tourist/NNS ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) nsubj(8,6) cop(8,7) ccomp(4,8) punct(4,9)")
        .sentence("The/the/DT Philippine/Philippine/JJ/MISC adviser/adviser/NN rejected/reject/VBD that/that/DT account/account/NN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)")
        .sentence("He/he/PRP said/say/VBD they/they/PRP would/would/MD be/be/VB charged/charge/VBN ././.",
            "nsubj(2,1) root(0,2) nsubj:pass(6,3) aux(6,4) aux:pass(6,5) ccomp(2,6) punct(2,7)");
  }

  @Test
  void theyThatSomethingIsDoneToIsNotThePersonWhoSaysIt() {
    assertThat(code(spokesmanThenAdviser(), DAY).events()).extracting(e -> triple(e)).noneMatch(t -> t.matches(".* (PHLGOV|CHNGOV) 1(73|37)"));
  }

  @Test
  void themIsNotThoseWhoToldIt() {
    // "Hundreds of Uzbek residents protested, witnesses said. Police detained several of them."
    var text = new HandBuiltText()
        .sentence("Hundreds/hundred/NNS of/of/IN Uzbek/Uzbek/JJ/MISC residents/resident/NNS protested/protest/VBD ,/,/, witnesses/witness/NNS said/say/VBD ././.",
            "det:qmod(4,1) fixed(1,2) amod(4,3) nsubj(5,4) root(0,5) punct(5,6) nsubj(8,7) parataxis(5,8) punct(5,9)")
        .sentence("Police/police/NNS detained/detain/VBD several/several/JJ of/of/IN them/they/PRP ././.",
            "nsubj(2,1) root(0,2) det:qmod(5,3) fixed(3,4) obj(2,5) punct(2,6)");
    assertThat(code(text, DAY).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("UZBCVL 173"));
  }

  @Test
  void theyWhoWillBeChargedAreThoseHeldNotTheProsecutorsWhoSaySo() {
    // "A Ghanaian court released the Togolese drivers. Ghanaian prosecutors said they would be charged."
    var text = new HandBuiltText()
        .sentence("A/a/DT Ghanaian/Ghanaian/JJ/MISC court/court/NN released/release/VBD the/the/DT Togolese/Togolese/JJ/MISC drivers/driver/NNS ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(4,8)")
        .sentence("Ghanaian/Ghanaian/JJ/MISC prosecutors/prosecutor/NNS said/say/VBD they/they/PRP would/would/MD be/be/VB charged/charge/VBN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nsubj:pass(7,4) aux(7,5) aux:pass(7,6) ccomp(3,7) punct(3,8)");
    assertThat(code(text, DAY).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("GHA\\S* TGOCVL 1(73|37)"))
        .noneMatch(t -> t.matches("\\S+ GHAJUD 1(73|37)"));
  }
}
