package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom sympathy goes to (AntecedentTargets): the state whose people the latest violence struck, whoever struck them. */
class CondolencesTest {
  @Test
  void condolencesGoToTheStateWhosePeopleWereKilledThoughNotByTheCondoler() {
    // "Gunmen from Ethiopia's Dassanech community killed nine Kenyan fishermen on Lake Turkana on
    // Wednesday. Ethiopia's government expressed condolences."
    var article = code(new HandBuiltText()
        .sentence("Gunmen/gunman/NNS from/from/IN Ethiopia/Ethiopia/NNP/LOCATION 's/'s/POS Dassanech/Dassanech/NNP community/community/NN killed/kill/VBD "
                + "nine/nine/CD Kenyan/Kenyan/JJ fishermen/fisherman/NNS on/on/IN Lake/Lake/NNP/LOCATION Turkana/Turkana/NNP/LOCATION on/on/IN "
                + "Wednesday/Wednesday/NNP ././.",
            "nsubj(7,1) case(6,2) nmod:poss(6,3) case(3,4) compound(6,5) nmod:from(1,6) root(0,7) nummod(10,8) amod(10,9) obj(7,10) case(13,11) "
                + "compound(13,12) obl:on(7,13) case(15,14) obl:on(7,15) punct(7,16)")
        .sentence("Ethiopia/Ethiopia/NNP/LOCATION 's/'s/POS government/government/NN expressed/express/VBD condolences/condolence/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("ETHUAF KENCVL 190", "ETHGOV KENGOV 018");
  }

  @Test
  void condolencesForDeathsNoOneDealtGoToTheDeadsState() {
    // "A fire swept through a house in Kenya, killing nine Ethiopian workers. Kenya's government
    // expressed condolences."
    var article = code(new HandBuiltText()
        .sentence("A/a/DT fire/fire/NN swept/sweep/VBD through/through/IN a/a/DT house/house/NN in/in/IN Kenya/Kenya/NNP/LOCATION ,/,/, killing/kill/VBG "
                + "nine/nine/CD Ethiopian/Ethiopian/JJ workers/worker/NNS ././.",
            "det(2,1) nsubj(3,2) root(0,3) case(6,4) det(6,5) obl:through(3,6) case(8,7) nmod:in(6,8) punct(3,9) advcl(3,10) nummod(13,11) amod(13,12) "
                + "obj(10,13) punct(3,14)")
        .sentence("Kenya/Kenya/NNP/LOCATION 's/'s/POS government/government/NN expressed/express/VBD condolences/condolence/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("KENGOV ETHGOV 018").noneMatch(t -> t.endsWith(" 190"));
  }
}
