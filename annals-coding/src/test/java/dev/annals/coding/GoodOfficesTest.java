package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An offer of good offices with no one named to receive it, in a story of two states. */
class GoodOfficesTest {
  private static HandBuiltText twoStatesThen(String tokens, String edges) {
    // "Chile criticised Peru. Peru rejected Chile's note."
    return new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION criticised/criticise/VBD Peru/Peru/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Peru/Peru/NNP/LOCATION rejected/reject/VBD Chile/Chile/NNP/LOCATION 's/'s/POS note/note/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")
        .sentence(tokens, edges);
  }

  @Test
  void aThirdPartysOfferToMediateIsMadeToTheStorysTwoStates() {
    // "The African Union offered to mediate."
    assertThat(code(twoStatesThen("The/the/DT African/African/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION offered/offer/VBD to/to/TO mediate/mediate/VB ././.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) punct(4,7)")).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("AU CHL 0")).anyMatch(t -> t.startsWith("AU PER 0"));
  }

  @Test
  void anOfferInASentenceThatNamesOthersIsLeftToIt() {
    // "The African Union offered to mediate, Bolivia said."
    assertThat(code(twoStatesThen("The/the/DT African/African/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION offered/offer/VBD to/to/TO mediate/mediate/VB "
            + ",/,/, Bolivia/Bolivia/NNP/LOCATION said/say/VBD ././.",
        "det(3,1) compound(3,2) nsubj(4,3) ccomp(9,4) mark(6,5) xcomp(4,6) punct(9,7) nsubj(9,8) root(0,9) punct(9,10)")).events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("AU CHL") || t.startsWith("AU PER"));
  }

  @Test
  void aClauseJoinedWithASubjectOfItsOwnNamesNoOneTheOfferIsMadeTo() {
    // "Peru expelled Mexico's ambassador. Mexico condemned Peru. Brazil offered to mediate, and Peru said it would study the proposal."
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION expelled/expel/VBD Mexico/Mexico/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")
        .sentence("Mexico/Mexico/NNP/LOCATION condemned/condemn/VBD Peru/Peru/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Brazil/Brazil/NNP/LOCATION offered/offer/VBD to/to/TO mediate/mediate/VB ,/,/, and/and/CC Peru/Peru/NNP/LOCATION said/say/VBD it/it/PRP "
                + "would/would/MD study/study/VB the/the/DT proposal/proposal/NN ././.",
            "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) punct(4,5) cc(8,6) nsubj(8,7) conj:and(2,8) nsubj(11,9) aux(11,10) ccomp(8,11) "
                + "det(13,12) obj(11,13) punct(2,14)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("BRA PER 039", "BRA MEX 039");
  }
}
