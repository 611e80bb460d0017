package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Modality;
import org.junit.jupiter.api.Test;

/** What is asked for people held is asked of whoever detained them (AntecedentTargets); a demand joined to a saying is the sayer's own (ClauseMood). */
class HeldPeopleTest {
  private static final String THANKS = "France/France/NNP/LOCATION thanked/thank/VBD Germany/Germany/NNP/LOCATION ././.";
  private static final String THANKS_EDGES = "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)";

  @Test
  void accessToTheDetainedIsAskedOfTheirDetainersFarBackAndAsTheSayersOwnAct() {
    // "Armenian police detained two Russian citizens." Four sentences of other news, then
    // "Zakharova said Moscow would respond and demanded consular access to the detained Russians."
    var events = code(new HandBuiltText()
        .sentence("Armenian/Armenian/JJ/MISC police/police/NNS detained/detain/VBD two/two/CD Russian/Russian/JJ/MISC citizens/citizen/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence(THANKS, THANKS_EDGES).sentence(THANKS, THANKS_EDGES).sentence(THANKS, THANKS_EDGES).sentence(THANKS, THANKS_EDGES)
        .sentence("Russia/Russia/NNP/LOCATION said/say/VBD Moscow/Moscow/NNP/LOCATION would/would/MD respond/respond/VB and/and/CC demanded/demand/VBD "
                + "consular/consular/JJ access/access/NN to/to/IN the/the/DT detained/detain/VBN Russians/Russians/NNPS/MISC ././.",
            "nsubj(2,1) nsubj(7,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) cc(7,6) conj:and(2,7) amod(9,8) obj(7,9) case(13,10) det(13,11) amod(13,12) "
                + "nmod:to(9,13) punct(2,14)")).events();
    assertThat(events).filteredOn(e -> triple(e).startsWith("RUS ARMGOV 105")).extracting(e -> e.modality()).containsExactly(Modality.ASSERTED);
  }

  @Test
  void aReleaseIsAskedOfTheCourtThatSentencedThemFarBack() {
    // "A court in Minsk sentenced a Polish journalist on Tuesday. Poland protested. Poland protested.
    // Poland protested. Germany called for the journalist's release."
    String protested = "Poland/Poland/NNP/LOCATION protested/protest/VBD ././.";
    String protestedEdges = "nsubj(2,1) root(0,2) punct(2,3)";
    HandBuiltText text = new HandBuiltText()
        .sentence("A/a/DT court/court/NN in/in/IN Minsk/Minsk/NNP/LOCATION sentenced/sentence/VBD a/a/DT Polish/Polish/JJ/MISC journalist/journalist/NN "
            + "on/on/IN Tuesday/Tuesday/NNP ././.", "det(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) det(8,6) amod(8,7) obj(5,8) case(10,9) obl:on(5,10) punct(5,11)")
        .sentence(protested, protestedEdges).sentence(protested, protestedEdges).sentence(protested, protestedEdges)
        .sentence("Germany/Germany/NNP/LOCATION called/call/VBD for/for/IN the/the/DT journalist/journalist/NN 's/'s/POS release/release/NN ././.",
            "nsubj(2,1) root(0,2) case(7,3) det(5,4) nmod:poss(7,5) case(5,6) obl:for(2,7) punct(2,8)");
    assertThat(HandCoding.code(text).events()).extracting(e -> HandCoding.triple(e)).anyMatch(t -> t.matches("DEU BLR\\w* 025\\d*"));
  }
}
