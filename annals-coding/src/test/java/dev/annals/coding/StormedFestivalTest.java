package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A government's opponents who storm a gathering its people hold riot against them; the violence a
 * government blames on others is theirs when a third state condemns it; tear gas fired at no one
 * named is fired at the crowd that protested just before.
 */
class StormedFestivalTest {
  private static dev.annals.model.CodedArticle festival() {
    // "Opponents of Eritrea's government stormed a festival held by Eritrean diplomats near Zurich on
    // Saturday. Eritrea's information minister blamed asylum seekers for the violence. Switzerland's
    // justice minister condemned the violence on Sunday."
    return code(new HandBuiltText().sentence(
        "Opponents/opponent/NNS of/of/IN Eritrea/Eritrea/NNP/LOCATION 's/'s/POS government/government/NN stormed/storm/VBD a/a/DT "
            + "festival/festival/NN held/hold/VBN by/by/IN Eritrean/Eritrean/JJ diplomats/diplomat/NNS near/near/IN Zurich/Zurich/NNP/LOCATION "
            + "on/on/IN Saturday/Saturday/NNP ././.",
        "root(0,6) nsubj(6,1) obj(6,8) punct(6,17) nmod:of(1,5) case(5,2) nmod:poss(5,3) case(3,4) det(8,7) acl(8,9) obl:by(9,12) "
            + "obl:on(9,16) case(12,10) amod(12,11) nmod:near(12,14) case(14,13) case(16,15)").sentence(
        "Eritrea/Eritrea/NNP/LOCATION 's/'s/POS information/information/NN minister/minister/NN blamed/blame/VBD asylum/asylum/NN "
            + "seekers/seeker/NNS for/for/IN the/the/DT violence/violence/NN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,7) obl:for(5,10) punct(5,11) compound(7,6) case(10,8) det(10,9)").sentence(
        "Switzerland/Switzerland/NNP/LOCATION 's/'s/POS justice/justice/NN minister/minister/NN condemned/condemn/VBD the/the/DT "
            + "violence/violence/NN on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,7) obl:on(5,9) punct(5,10) det(7,6) case(9,8)"), LocalDate.of(2026, 7, 14));
  }

  @Test
  void opponentsStormingAFestivalRiotAgainstThoseWhoHoldIt() {
    assertThat(festival().events()).filteredOn(e -> e.type().code().equals("145")).extracting(e -> triple(e)).containsExactly("ERIOPP ERIGOV 145");
  }

  @Test
  void violenceBlamedOnOthersIsTheirsWhenAThirdStateCondemnsIt() {
    assertThat(festival().events()).filteredOn(e -> e.type().code().equals("111")).extracting(e -> triple(e)).containsExactly("CHEGOV ERIREF 111");
  }

  @Test
  void tearGasFiredAtNoOneNamedIsFiredAtTheCrowdThatProtested() {
    // "Thousands of protesters marched to the Israeli embassy in Buenos Aires on Sunday. Police fired tear gas."
    var article = code(new HandBuiltText().sentence(
        "Thousands/thousand/NNS of/of/IN protesters/protester/NNS marched/march/VBD to/to/IN the/the/DT Israeli/Israeli/JJ "
            + "embassy/embassy/NN in/in/IN Buenos/Buenos/NNP/LOCATION Aires/Aires/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,4) det:qmod(3,1) fixed(1,2) nsubj(4,3) obl:to(4,8) obl:on(4,13) punct(4,14) case(8,5) det(8,6) amod(8,7) nmod:in(8,11) "
            + "case(11,9) compound(11,10) case(13,12)").sentence(
        "Police/police/NNS fired/fire/VBD tear/tear/JJ gas/gas/NN ././.",
        "root(0,2) nsubj(2,1) obj(2,4) punct(2,5) amod(4,3)"), LocalDate.of(2026, 5, 11));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("175")).extracting(e -> triple(e)).containsExactly("ARGCOP ARGCVL 175");
  }
}
