package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Criticism aimed at no one, beside an appeal in one series of verbs (SharedAddressees.aimCriticism). */
class CriticismBesideAppealsTest {
  @Test
  void criticismOfAThingBesideAnAppealIsAimedAtWhomTheAppealIsMadeOf() {
    // "Thailand's ambassador in Colombo visited the temple on Thursday, called the animal's care
    // unacceptable and urged Sri Lanka's wildlife ministry to move it to a state orphanage."
    var article = code(new HandBuiltText().sentence(
        "Thailand/Thailand/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN in/in/IN Colombo/Colombo/NNP/LOCATION visited/visit/VBD "
            + "the/the/DT temple/temple/NN on/on/IN Thursday/Thursday/NNP ,/,/, called/call/VBD the/the/DT animal/animal/NN 's/'s/POS "
            + "care/care/NN unacceptable/unacceptable/JJ and/and/CC urged/urge/VBD Sri/Sri/NNP/LOCATION Lanka/Lanka/NNP/LOCATION 's/'s/POS "
            + "wildlife/wildlife/NN ministry/ministry/NN to/to/TO move/move/VB it/it/PRP to/to/IN a/a/DT state/state/NN orphanage/orphanage/NN "
            + "././.",
        "root(0,6) nmod:poss(3,1) nmod:in(3,5) case(1,2) nsubj(6,3) obj(6,8) obl:on(6,10) punct(6,11) conj:and(6,12) conj:and(6,19) "
            + "punct(6,32) nsubj(12,3) xcomp(12,17) nsubj(19,3) cc(19,18) obj(19,24) xcomp(19,26) case(5,4) det(8,7) case(10,9) det(14,13) "
            + "case(14,15) nmod:poss(16,14) nsubj(17,16) compound(21,20) case(21,22) nmod:poss(24,21) compound(24,23) nsubj:xsubj(26,24) "
            + "mark(26,25) obj(26,27) obl:to(26,31) case(31,28) det(31,29) compound(31,30)"), LocalDate.of(2026, 2, 15));
    assertThat(article.events()).extracting(e -> triple(e)).contains("THAGOV LKAGOV 111");
  }

  @Test
  void criticismBesideAnAppealToBothSidesIsAimedAtNeither() {
    // "China's embassy in Lima asked Peru's government to guarantee the safety of the mine's
    // workers. Peru's ombudsman's office criticised the handling of the protest and called on both
    // sides to return to talks."
    var article = code(new HandBuiltText().sentence(
        "China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Lima/Lima/NNP/LOCATION asked/ask/VBD Peru/Peru/NNP/LOCATION "
            + "'s/'s/POS government/government/NN to/to/TO guarantee/guarantee/VB the/the/DT safety/safety/NN of/of/IN the/the/DT mine/mine/NN "
            + "'s/'s/POS workers/worker/NNS ././.",
        "root(0,6) nmod:poss(3,1) nmod:in(3,5) case(1,2) nsubj(6,3) obj(6,9) xcomp(6,11) punct(6,19) case(5,4) nmod:poss(9,7) case(7,8) "
            + "nsubj:xsubj(11,9) mark(11,10) obj(11,13) det(13,12) nmod:of(13,18) case(18,14) nmod:poss(18,16) det(16,15) case(16,17)").sentence(
        "Peru/Peru/NNP/LOCATION 's/'s/POS ombudsman/ombudsman/NN 's/'s/POS office/office/NN criticised/criticise/VBD the/the/DT "
            + "handling/handling/NN of/of/IN the/the/DT protest/protest/NN and/and/CC called/call/VBN on/on/IN both/both/DT sides/side/NNS "
            + "to/to/TO return/return/VB to/to/IN talks/talk/NNS ././.",
        "root(0,6) nmod:poss(3,1) case(3,4) case(1,2) nmod:poss(5,3) nsubj(6,5) obj(6,8) conj:and(6,13) punct(6,21) nsubj(13,5) cc(13,12) "
            + "advcl:to(13,18) det(8,7) nmod:of(8,11) case(11,9) det(11,10) mark(18,14) nsubj(18,16) mark(18,17) obl:to(18,20) det(16,15) "
            + "case(20,19)"), LocalDate.of(2026, 2, 16));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 111"));
  }
}
