package dev.annals.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.HandCoding;
import dev.annals.model.CodedArticle;
import dev.annals.model.Modality;
import org.junit.jupiter.api.Test;

/** A side that follows another does what the other did, to whom the other did it. */
class FollowedActsTest {
  private static final String SANCTIONS = "Chile/Chile/NNP/LOCATION imposed/impose/VBD sanctions/sanction/NNS on/on/IN Peru/Peru/NNP/LOCATION ././.";
  private static final String SANCTIONS_EDGES = "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6)";

  @Test
  void aSideThatSaysItWillFollowIntendsTheActItFollows() {
    // "Chile imposed sanctions on Peru. Bolivia said it would follow."
    CodedArticle article = HandCoding.code(new HandBuiltText().sentence(SANCTIONS, SANCTIONS_EDGES)
        .sentence("Bolivia/Bolivia/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD follow/follow/VB ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) punct(2,6)"));
    assertThat(article.events()).filteredOn(e -> HandCoding.triple(e).equals("BOL PER 163")).singleElement()
        .extracting(e -> e.modality()).isEqualTo(Modality.INTENDED);
  }

  @Test
  void aSideOnlyAskedToFollowDoesNothing() {
    // "Chile imposed sanctions on Peru. Bolivia urged Argentina to follow suit."
    CodedArticle article = HandCoding.code(new HandBuiltText().sentence(SANCTIONS, SANCTIONS_EDGES)
        .sentence("Bolivia/Bolivia/NNP/LOCATION urged/urge/VBD Argentina/Argentina/NNP/LOCATION to/to/TO follow/follow/VB suit/suit/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) nsubj:xsubj(5,3) obj(5,6) punct(2,7)"));
    assertThat(article.events()).extracting(HandCoding::triple).contains("BOL ARG 020").noneMatch(t -> t.startsWith("ARG PER"));
  }

  @Test
  void followingSomethingElseCopiesNoAct() {
    // "Chile imposed sanctions on Peru. Bolivia followed the talks."
    CodedArticle article = HandCoding.code(new HandBuiltText().sentence(SANCTIONS, SANCTIONS_EDGES)
        .sentence("Bolivia/Bolivia/NNP/LOCATION followed/follow/VBD the/the/DT talks/talk/NNS ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(HandCoding::triple).noneMatch(t -> t.startsWith("BOL PER"));
  }

  @Test
  void peopleOfNoCountryWhoWillFollowComeAfterAndCopyNoAct() {
    // "Chile imposed sanctions on Peru. Chile's ministry said a team of engineers would follow."
    CodedArticle article = HandCoding.code(new HandBuiltText().sentence(SANCTIONS, SANCTIONS_EDGES)
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS ministry/ministry/NN said/say/VBD a/a/DT team/team/NN of/of/IN engineers/engineer/NNS "
                + "would/would/MD follow/follow/VB ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) nsubj(10,6) case(8,7) nmod:of(6,8) aux(10,9) ccomp(4,10) punct(4,11)"));
    assertThat(article.events()).extracting(HandCoding::triple).noneMatch(t -> t.endsWith(" 163") && !t.startsWith("CHL PER"));
  }
}
