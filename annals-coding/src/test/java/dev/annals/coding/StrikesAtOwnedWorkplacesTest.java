package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Strikes at workplaces another country's business owns, and what the story tells of the owners and the strikers. */
class StrikesAtOwnedWorkplacesTest {
  /**
   * "Workers at two Japanese-owned textile mills near Dhaka went on strike … to demand a 20 percent
   * pay rise … The Japanese parent company said it would move production to Vietnam if the strike
   * lasted beyond March. Bangladesh's labour minister accused foreign investors … and sent
   * inspectors into the two plants … Several hundred strikers marched to the Japanese embassy":
   * coded once for the tests that read it.
   */
  private static final CodedArticle MILLS = code(new HandBuiltText().sentence(
      "Workers/worker/NNS at/at/IN two/two/CD Japanese/Japanese/JJ -/-/HYPH owned/own/VBN textile/textile/NN mills/mill/NNS near/near/IN "
          + "Dhaka/Dhaka/NNP/LOCATION went/go/VBD on/on/IN strike/strike/NN on/on/IN Monday/Monday/NNP to/to/TO demand/demand/VB a/a/DT "
          + "20/20/CD percent/percent/NN pay/pay/VBP rise/rise/NN ,/,/, the/the/DT union/union/NN said/say/VBD ././.",
      "root(0,26) nsubj(11,1) obl:on(11,13) obl:on(11,15) xcomp(11,17) nmod:at(1,8) nsubj:xsubj(17,1) mark(17,16) obj(17,20) dep(17,21) "
          + "case(8,2) nummod(8,3) amod(8,6) compound(8,7) nmod:near(8,10) dep(6,4) punct(6,5) case(10,9) ccomp(26,11) punct(26,23) "
          + "nsubj(26,25) punct(26,27) case(13,12) case(15,14) det(20,18) nummod(20,19) obj(21,22) det(25,24)").sentence(
      "The/the/DT Japanese/Japanese/JJ parent/parent/NN company/company/NN said/say/VBD it/it/PRP would/would/MD move/move/VB "
          + "production/production/NN to/to/IN Vietnam/Vietnam/NNP/LOCATION if/if/IN the/the/DT strike/strike/NN lasted/last/VBD "
          + "beyond/beyond/IN March/March/NNP ././.",
      "root(0,5) det(4,1) amod(4,2) compound(4,3) nsubj(5,4) ccomp(5,8) punct(5,18) nsubj(8,6) aux(8,7) obj(8,9) obl:to(8,11) "
          + "advcl:if(8,15) case(11,10) mark(15,12) nsubj(15,14) obl:beyond(15,17) det(14,13) case(17,16)").sentence(
      "Bangladesh/Bangladesh/NNP/LOCATION 's/'s/POS labour/labour/NN minister/minister/NN accused/accuse/VBN foreign/foreign/JJ "
          + "investors/investor/NNS of/of/IN ignoring/ignore/VBG safety/safety/NN rules/rule/NNS and/and/CC sent/send/VBD "
          + "inspectors/inspector/NNS into/into/IN the/the/DT two/two/CD plants/plant/NNS on/on/IN Tuesday/Tuesday/NNP ././.",
      "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,7) obl:of(5,11) conj:and(5,13) punct(5,21) nsubj(13,4) cc(13,12) "
          + "obj(13,14) obl:into(13,18) obl:on(13,20) amod(7,6) case(11,8) amod(11,9) compound(11,10) case(18,15) det(18,16) nummod(18,17) "
          + "case(20,19)").sentence(
      "Several/several/JJ hundred/hundred/CD strikers/striker/NNS marched/march/VBD to/to/IN the/the/DT Japanese/Japanese/JJ "
          + "embassy/embassy/NN in/in/IN Dhaka/Dhaka/NNP/LOCATION on/on/IN Wednesday/Wednesday/NNP ././.",
      "root(0,4) advmod(2,1) nummod(3,2) nsubj(4,3) obl:to(4,8) obl:on(4,12) punct(4,13) case(8,5) det(8,6) amod(8,7) nmod:in(8,10) "
          + "case(10,9) case(12,11)"), LocalDate.of(2026, 3, 12));

  @Test
  void workersAtAWorkplaceAnotherCountrysBusinessOwnsStrikeAgainstIt() {
    // The strike is aimed at the mills' owner.
    assertThat(MILLS.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("BGDLAB JPNBUS 143"));
  }

  @Test
  void aParentCompanyThatWouldMoveProductionOnAConditionThreatensTheStrikers() {
    // A parent company is a business, and the move on a condition a threat to those at odds with it.
    assertThat(MILLS.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("JPNBUS BGDLAB 13\\d*"));
  }

  @Test
  void foreignInvestorsAreOfTheOneOtherCountryWhoseBusinessTheStoryNamed() {
    // "Workers at two Japanese-owned textile mills … went on strike … The Japanese parent company
    // said it would move production to Vietnam. Bangladesh's president accused foreign investors of
    // treating Bangladeshis as "cheap hands"": the foreign investors are Japan's, not Bangladesh's.
    var article = code(new HandBuiltText().sentence(
        "Workers/worker/NNS at/at/IN two/two/CD Japanese/Japanese/JJ -/-/HYPH owned/own/VBN textile/textile/NN mills/mill/NNS near/near/IN "
            + "Dhaka/Dhaka/NNP/LOCATION went/go/VBD on/on/IN strike/strike/NN on/on/IN Monday/Monday/NNP ,/,/, the/the/DT union/union/NN "
            + "said/say/VBD ././.",
        "root(0,19) nsubj(11,1) obl:on(11,13) obl:on(11,15) nmod:at(1,8) case(8,2) nummod(8,3) amod(8,6) compound(8,7) nmod:near(8,10) "
            + "dep(6,4) punct(6,5) case(10,9) ccomp(19,11) punct(19,16) nsubj(19,18) punct(19,20) case(13,12) case(15,14) det(18,17)").sentence(
        "The/the/DT Japanese/Japanese/JJ parent/parent/NN company/company/NN said/say/VBD it/it/PRP would/would/MD move/move/VB "
            + "production/production/NN to/to/IN Vietnam/Vietnam/NNP/LOCATION ././.",
        "root(0,5) det(4,1) amod(4,2) compound(4,3) nsubj(5,4) ccomp(5,8) punct(5,12) nsubj(8,6) aux(8,7) obj(8,9) obl:to(8,11) case(11,10)").sentence(
        "Bangladesh/Bangladesh/NNP/LOCATION 's/'s/POS president/president/NN accused/accuse/VBN foreign/foreign/JJ investors/investor/NNS "
            + "of/of/IN treating/treat/VBG Bangladeshis/Bangladeshi/NNPS as/as/IN “/“/`` cheap/cheap/JJ hands/hand/NNS ”/”/'' on/on/IN "
            + "Tuesday/Tuesday/NNP ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) obl:of(4,9) obl:as(4,13) obl:on(4,16) punct(4,17) amod(6,5) case(9,7) "
            + "amod(9,8) case(13,10) punct(13,11) amod(13,12) punct(13,14) case(16,15)"), LocalDate.of(2026, 3, 12));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("BGDGOV JPNBUS 112"));
  }

  @Test
  void theMillsNamedAgainAreTheirOwnersAndInspectorsSentIntoThemInvestigateIt() {
    // "The two plants" are the owned mills named before, by another word for a site.
    assertThat(MILLS.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("BGDGOV JPNBUS 09\\d*"));
  }

  @Test
  void strikersAreWorkers() {
    // Strikers are workers.
    assertThat(MILLS.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("BGDLAB JPNGOV 14\\d*"));
  }

  @Test
  void aStrikeToDemandHigherWagesIsNoProtestAtTheGovernment() {
    // "Dock workers in Durban went on strike on Monday to demand higher wages": a quarrel with the employer, whom the text does not name.
    var article = code(new HandBuiltText().sentence(
        "Dock/dock/NN workers/worker/NNS in/in/IN Durban/Durban/NNP/LOCATION went/go/VBD on/on/IN strike/strike/NN on/on/IN "
            + "Monday/Monday/NNP to/to/TO demand/demand/VB higher/high/JJR wages/wages/NNS ././.",
        "root(0,5) compound(2,1) nmod:in(2,4) nsubj(5,2) obl:on(5,7) xcomp(5,11) punct(5,14) nsubj:xsubj(11,2) mark(11,10) obj(11,13) "
            + "case(4,3) case(7,6) nmod:on(7,9) case(9,8) amod(13,12)"), LocalDate.of(2026, 3, 12));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.matches("\\S+ ZAFGOV 14\\d*"));
  }

  @Test
  void hungerStrikersArePeopleAndAFastKeptUpIsAHungerStrike() {
    // "Forty retired Nepali soldiers began a hunger strike … The hunger strikers said they would continue their fast until London responded."
    var article = code(new HandBuiltText().sentence(
        "Forty/forty/CD retired/retire/VBN Nepali/Nepali/NNP soldiers/soldier/NNS began/begin/VBD a/a/DT hunger/hunger/NN strike/strike/NN "
            + "outside/outside/IN the/the/DT British/British/JJ embassy/embassy/NN in/in/IN Kathmandu/Kathmandu/NNP/LOCATION on/on/IN "
            + "Sunday/Sunday/NNP ././.",
        "root(0,5) nummod(4,1) amod(4,2) compound(4,3) nsubj(5,4) obj(5,8) punct(5,17) det(8,6) compound(8,7) nmod:outside(8,12) case(12,9) "
            + "det(12,10) amod(12,11) nmod:in(12,14) nmod:on(12,16) case(14,13) case(16,15)").sentence(
        "The/the/DT hunger/hunger/NN strikers/striker/NNS said/say/VBD they/they/PRP would/would/MD continue/continue/VB their/they/PRP$ "
            + "fast/fast/NN until/until/IN London/London/NNP/LOCATION responded/respond/VBD ././.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) ccomp(4,7) punct(4,13) nsubj(7,5) aux(7,6) obj(7,9) advcl:until(7,12) nmod:poss(9,8) "
            + "mark(12,10) nsubj(12,11)"), LocalDate.of(2026, 3, 12));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("NPLCVL \\S+ 13\\d*"));
  }
}
