package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Saying a deed is what one calls a deed to condemn it condemns its doer. */
class JudgedDeedsTest {
  private static final String CROSSED = "Peruvian/Peruvian/JJ/MISC soldiers/soldier/NNS attacked/attack/VBD a/a/DT Chilean/Chilean/JJ/MISC village/village/NN ././.";
  private static final String CROSSED_EDGES = "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)";

  @Test
  void sayingTheDeedWasABreachCondemnsItsDoer() {
    // "Peruvian soldiers attacked a Chilean village. Chile said the attack was a breach of its sovereignty."
    HandBuiltText text = new HandBuiltText().sentence(CROSSED, CROSSED_EDGES)
        .sentence("Chile/Chile/NNP/LOCATION said/say/VBD the/the/DT attack/attack/NN was/be/VBD a/a/DT breach/breach/NN of/of/IN its/its/PRP$ "
            + "sovereignty/sovereignty/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(7,4) cop(7,5) det(7,6) ccomp(2,7) case(10,8) nmod:poss(10,9) nmod:of(7,10) punct(2,11)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER") && t.endsWith(" 111"));
  }

  @Test
  void sayingSomethingElseOfTheDeedJudgesNoOne() {
    // "... Chile said the attack was a surprise.": no word of condemnation.
    HandBuiltText text = new HandBuiltText().sentence(CROSSED, CROSSED_EDGES)
        .sentence("Chile/Chile/NNP/LOCATION said/say/VBD the/the/DT attack/attack/NN was/be/VBD a/a/DT surprise/surprise/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(7,4) cop(7,5) det(7,6) ccomp(2,7) punct(2,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHL PER") && t.endsWith(" 111"));
  }

  @Test
  void sayingTheRemarksAmountedToInterferenceCondemnsWhoeverMadeThemOnTheDayItIsSaid() {
    // Published Wednesday 2023-05-10: "Peru urged Chile to hold a vote. Chile told Peru on Monday
    // the remarks amounted to interference." The remarks are Peru's appeal.
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION urged/urge/VBD Chile/Chile/NNP/LOCATION to/to/TO hold/hold/VB a/a/DT vote/vote/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) det(7,6) obj(5,7) punct(2,8)")
        .sentence("Chile/Chile/NNP/LOCATION told/tell/VBD Peru/Peru/NNP/LOCATION on/on/IN Monday/Monday/NNP the/the/DT remarks/remark/NNS "
            + "amounted/amount/VBD to/to/IN interference/interference/NN ././.",
            "nsubj(2,1) root(0,2) iobj(2,3) case(5,4) obl:on(2,5) det(7,6) nsubj(8,7) ccomp(2,8) case(10,9) obl:to(8,10) punct(2,11)")
        .timex(5, 5, "DATE");
    assertThat(code(text).events()).filteredOn(e -> e.type().code().equals("111")).extracting(e -> triple(e) + " " + e.date().value())
        .contains("CHL PER 111 2023-05-08");
  }

  @Test
  void theUseOfWeaponsJudgedIsTheLatestViolenceNotTheDetentionAfterIt() {
    // "A Chilean patrol boat fired warning shots at a Peruvian trawler on Monday and seized it.
    // Chilean police detained its crew. Peru called the use of weapons "excessive"."
    HandBuiltText text = new HandBuiltText()
        .sentence("A/a/DT Chilean/Chilean/JJ patrol/patrol/NN boat/boat/NN fired/fire/VBD warning/warning/NN shots/shot/NNS "
            + "at/at/IN a/a/DT Peruvian/Peruvian/JJ trawler/trawler/NN on/on/IN Monday/Monday/NNP and/and/CC seized/seize/VBD "
            + "it/it/PRP ././.",
            "root(0,5) det(4,1) amod(4,2) compound(4,3) nsubj(5,4) obj(5,7) obl:at(5,11) obl:on(5,13) conj:and(5,15) "
            + "punct(5,17) nsubj(15,4) cc(15,14) obj(15,16) compound(7,6) case(11,8) det(11,9) amod(11,10) case(13,12)")
        .sentence("Chilean/Chilean/JJ police/police/NN detained/detain/VBD its/its/PRP$ crew/crew/NN ././.",
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) punct(3,6) nmod:poss(5,4)")
        .sentence("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT use/use/NN of/of/IN weapons/weapon/NNS \"/\"/'' "
            + "excessive/excessive/JJ \"/\"/'' ././.",
            "root(0,2) nsubj(2,1) obj(2,4) punct(2,9) punct(2,10) det(4,3) nmod:of(4,6) case(6,5) punct(6,7) amod(6,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER CHLMIL 111").noneMatch(t -> t.startsWith("PER CHLCOP 111"));
  }

  @Test
  void adviceJudgedIsItsGiversWords() {
    // 'Lima urged Peruvians to avoid the border. Chile's interior minister called that advice "an
    // overreaction".'
    HandBuiltText text = new HandBuiltText()
        .sentence("Lima/Lima/NNP/LOCATION urged/urge/VBD Peruvians/Peruvian/NNPS to/to/TO avoid/avoid/VB the/the/DT "
            + "border/border/NN ././.",
            "root(0,2) nsubj(2,1) obj(2,3) xcomp(2,5) punct(2,8) nsubj:xsubj(5,3) mark(5,4) obj(5,7) det(7,6)")
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS interior/interior/NN minister/minister/NN called/call/VBD that/that/DT "
            + "advice/advice/NN \"/\"/`` an/a/DT overreaction/overreaction/NN \"/\"/'' ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,12) det(7,6) punct(7,8) dep(7,10) "
            + "punct(7,11) det(10,9)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHLGOV PERGOV 111");
  }
}
