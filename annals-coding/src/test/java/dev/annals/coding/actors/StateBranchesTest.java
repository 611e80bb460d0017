package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Those who head a state's branch, its legislature's committees, and officers among soldiers are of that branch (PhraseResolver). */
class StateBranchesTest {
  @Test
  void theHeadOfAStatesGovernmentIsThatGovernment() {
    // "The head of Myanmar's government met Russia's president on Tuesday."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT head/head/NN of/of/IN Myanmar/Myanmar/NNP/LOCATION 's/'s/POS government/government/NN met/meet/VBD "
            + "Russia/Russia/NNP/LOCATION 's/'s/POS president/president/NN on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,7) det(2,1) nmod:of(2,6) nsubj(7,2) obj(7,10) obl:on(7,12) punct(7,13) case(6,3) nmod:poss(6,4) case(4,5) nmod:poss(10,8) "
            + "case(8,9) case(12,11)"), LocalDate.of(2026, 10, 17));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("MMRGOV RUSGOV 040");
  }

  @Test
  void theChiefOfAStatesPoliceIsThatPolice() {
    // "The chief of Kenya's police met Russia's president on Tuesday."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT chief/chief/NN of/of/IN Kenya/Kenya/NNP/LOCATION 's/'s/POS police/police/NN met/meet/VBD Russia/Russia/NNP/LOCATION "
            + "'s/'s/POS president/president/NN on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,7) det(2,1) nmod:of(2,6) nsubj(7,2) obj(7,10) obl:on(7,12) punct(7,13) case(6,3) nmod:poss(6,4) case(4,5) nmod:poss(10,8) "
            + "case(8,9) case(12,11)"), LocalDate.of(2026, 10, 17));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("KENCOP RUSGOV 040");
  }

  @Test
  void aParliamentaryCommitteeOnDefenceIsTheLegislaturesNotTheArmys() {
    // "Peru's parliamentary defence committee accused the government on Thursday."
    var article = code(new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION 's/'s/POS parliamentary/parliamentary/JJ defence/defence/NN committee/committee/NN accused/accuse/VBD "
            + "the/the/DT government/government/NN on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,6) nmod:poss(5,1) compound(5,4) case(1,2) amod(4,3) nsubj(6,5) obj(6,8) obl:on(6,10) punct(6,11) det(8,7) case(10,9)"), LocalDate.of(2026, 6, 14));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("PERLEG PERGOV 112");
  }

  @Test
  void aCommitteeOfCongressIsCongresss() {
    // "Congress's defence committee accused Peru's president on Thursday."
    var article = code(new HandBuiltText().sentence(
        "Congress/Congress/NNP/ORGANIZATION 's/'s/POS defence/defence/NN committee/committee/NN accused/accuse/VBD Peru/Peru/NNP/LOCATION "
            + "'s/'s/POS president/president/NN on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:on(5,10) punct(5,11) nmod:poss(8,6) case(6,7) case(10,9)"), LocalDate.of(2026, 6, 14));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("PERLEG PERGOV 112");
  }

  @Test
  void officersWhoTrainWithSoldiersAreSoldiers() {
    // "South Korea's defence minister invited Peruvian officers to train with Korean armoured units
    // next year."
    var article = code(new HandBuiltText().sentence(
        "South/South/NNP/LOCATION Korea/Korea/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN invited/invite/VBD "
            + "Peruvian/Peruvian/JJ officers/officer/NNS to/to/TO train/train/VB with/with/IN Korean/Korean/JJ armoured/armoured/JJ "
            + "units/unit/NNS next/next/JJ year/year/NN ././.",
        "root(0,6) compound(2,1) case(2,3) nmod:poss(5,2) compound(5,4) nsubj(6,5) obj(6,8) xcomp(6,10) punct(6,17) amod(8,7) "
            + "nsubj:xsubj(10,8) mark(10,9) obl:with(10,14) obl:tmod(10,16) case(14,11) amod(14,12) amod(14,13) amod(16,15)"), LocalDate.of(2026, 6, 14));
    assertThat(article.events()).extracting(e -> triple(e)).contains("KORGOV PERMIL 036").doesNotContain("KORGOV PERCOP 036");
  }

  @Test
  void aTitleAnotherPlacesNameMakesIsNoOneOfTheBranchOfHeads() {
    // "The Washington bureau chief of China's news agency met Russia's president on Tuesday.": no
    // American of China's media.
    var article = code(new HandBuiltText().sentence(
        "The/the/DT Washington/Washington/NNP/LOCATION bureau/bureau/NN chief/chief/NN of/of/IN China/China/NNP/LOCATION 's/'s/POS "
            + "news/news/NN agency/agency/NN met/meet/VBD Russia/Russia/NNP/LOCATION 's/'s/POS president/president/NN on/on/IN "
            + "Tuesday/Tuesday/NNP ././.",
        "root(0,10) det(4,1) compound(4,2) compound(4,3) nmod:of(4,9) nsubj(10,4) obj(10,13) obl:on(10,15) punct(10,16) case(9,5) "
            + "nmod:poss(9,6) compound(9,8) case(6,7) nmod:poss(13,11) case(11,12) case(15,14)"), LocalDate.of(1997, 4, 3));
    assertThat(article.events()).noneMatch(e -> e.source().code().equals("USAMED"));
  }
}
