package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An extradition request is made to the state that holds the man; his lawyer's fight against it is no force. */
class ExtraditionRequestsFiledTest {
  private static dev.annals.model.CodedArticle manHeldInNairobi() {
    // "Kenyan police arrested a Rwandan man in Nairobi on Thursday. Rwandan prosecutors said they
    // would file an extradition request next week. The suspect's lawyer said his client was a
    // victim of mistaken identity and would fight extradition."
    return code(new HandBuiltText().sentence(
        "Kenyan/Kenyan/JJ police/police/NNS arrested/arrest/VBD a/a/DT Rwandan/Rwandan/JJ man/man/NN in/in/IN Nairobi/Nairobi/NNP/LOCATION "
            + "on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:in(3,8) obl:on(3,10) punct(3,11) det(6,4) amod(6,5) case(8,7) case(10,9)").sentence(
        "Rwandan/Rwandan/JJ prosecutors/prosecutor/NNS said/say/VBD they/they/PRP would/would/MD file/file/VB an/a/DT "
            + "extradition/extradition/NN request/request/NN next/next/JJ week/week/NN ././.",
        "root(0,3) amod(2,1) nsubj(3,2) ccomp(3,6) punct(3,12) nsubj(6,4) aux(6,5) obj(6,9) obl:tmod(6,11) det(9,7) compound(9,8) "
            + "amod(11,10)").sentence(
        "The/the/DT suspect/suspect/NN 's/'s/POS lawyer/lawyer/NN said/say/VBD his/he/PRP$ client/client/NN was/be/VBD a/a/DT "
            + "victim/victim/NN of/of/IN mistaken/mistaken/JJ identity/identity/NN and/and/CC would/would/MD fight/fight/VB "
            + "extradition/extradition/NN ././.",
        "root(0,5) det(2,1) case(2,3) nmod:poss(4,2) nsubj(5,4) ccomp(5,10) conj:and(5,16) punct(5,18) nsubj(16,4) cc(16,14) aux(16,15) "
            + "obj(16,17) nmod:poss(7,6) nsubj(10,7) cop(10,8) det(10,9) nmod:of(10,13) case(13,11) amod(13,12)"), LocalDate.of(2026, 4, 13));
  }

  @Test
  void anExtraditionRequestToBeFiledIsMadeOfTheStateHoldingTheMan() {
    assertThat(manHeldInNairobi().events()).extracting(e -> triple(e)).contains("RWAJUD KENGOV 0213");
  }

  @Test
  void fightingExtraditionInCourtIsNoUseOfForce() {
    assertThat(manHeldInNairobi().events()).noneMatch(e -> e.type().rootCode().equals("19"));
  }
}
