package dev.annals.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.ArticleCoder;
import dev.annals.coding.HandBuiltText;
import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import dev.annals.model.PloverType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agreeing to do something, failing to agree, refusing and resigning, on hand-built parses. */
class UndertakingAndRefusalTest {
  private static final LocalDate DATE = LocalDate.of(2023, 5, 10);
  private static ArticleCoder coder;

  @BeforeAll
  static void load() {
    coder = ArticleCoder.loadDefault();
  }

  private static CodedArticle code(String tokens, String edges) {
    return coder.code(new HandBuiltText().sentence(tokens, edges).build(DATE), DATE, "given");
  }

  private static List<String> asserted(CodedArticle article) {
    return article.events().stream().filter(e -> !e.negated()).map(UndertakingAndRefusalTest::triple).toList();
  }

  private static String triple(Event e) {
    return e.source().code() + " " + e.target().map(t -> t.code()).orElse("-") + " " + e.type().code();
  }

  @Test
  void agreeingToDoSomethingIsAnIntentAimedAtWhomTheActConcerns() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION agreed/agree/VBD to/to/TO reopen/reopen/VB the/the/DT border/border/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) det(6,5) obj(4,6) case(8,7) nmod:with(6,8) punct(2,9)");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(triple(e)).startsWith("CHL PER 03");
      assertThat(e.type().plover().map(PloverType::eventType)).contains("AGREE");
    });
    assertThat(article.events()).noneMatch(e -> e.type().code().equals("019"));
  }

  @Test
  void agreeingThatBothShouldCooperateIsAnIntentButAgreeingOnAViewIsAccord() {
    CodedArticle undertaking = code(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD that/that/IN they/they/PRP should/should/MD cooperate/cooperate/VB ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(8,5) nsubj(8,6) aux(8,7) ccomp(4,8) punct(4,9)");
    assertThat(asserted(undertaking)).contains("CHL PER 030", "PER CHL 030");
    CodedArticle view = code(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD that/that/IN the/the/DT situation/situation/NN was/be/VBD grave/grave/JJ ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(9,5) det(7,6) nsubj(9,7) cop(9,8) ccomp(4,9) punct(4,10)");
    assertThat(asserted(view)).contains("CHL PER 019", "PER CHL 019");
  }

  @Test
  void agreeingToAnExtensionConcernsTheActorNamedInsideIt() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION agreed/agree/VBD to/to/TO an/a/DT extension/extension/NN of/of/IN the/the/DT mission/mission/NN in/in/IN Haiti/Haiti/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:to(2,5) case(8,6) det(8,7) nmod:of(5,8) case(10,9) nmod:in(8,10) punct(2,11)");
    assertThat(asserted(article)).containsExactly("CHL HTI 030");
  }

  @Test
  void failingToReachAgreementIsARejectionByBothSides() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION failed/fail/VBD to/to/TO reach/reach/VB agreement/agreement/NN ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) nsubj:xsubj(6,1) nsubj:xsubj(6,3) obj(6,7) punct(4,8)");
    assertThat(asserted(article)).containsExactlyInAnyOrder("CHL PER 120", "PER CHL 120");
  }

  @Test
  void refusingAdmittanceToPeopleIsARejectionOfThem() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION refused/refuse/VBD admittance/admittance/NN to/to/IN Peruvians/Peruvians/NNPS/MISC ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:to(3,5) punct(2,6)");
    assertThat(article.events()).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("CHL");
      assertThat(e.target().flatMap(t -> t.country())).contains("PER");
      assertThat(e.type().code()).isEqualTo("120");
    });
  }

  @Test
  void decliningToResignDespitePressureIsARefusalToTheLeadersCountry() {
    CodedArticle article = code(
        "The/the/DT Chilean/Chilean/JJ president/president/NN declined/decline/VBD to/to/TO resign/resign/VB despite/despite/IN pressure/pressure/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) nsubj:xsubj(6,3) case(8,7) obl:despite(4,8) punct(4,9)");
    assertThat(asserted(article)).containsExactly("CHLGOV CHL 1231");
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("0831")).allSatisfy(e -> assertThat(e.negated()).isTrue());
  }

  @Test
  void aResignationIsAPloverRetreat() {
    CodedArticle article = code(
        "The/the/DT Chilean/Chilean/JJ president/president/NN resigned/resign/VBD ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) punct(4,5)");
    assertThat(article.events()).singleElement().satisfies(e -> {
      assertThat(e.type().code()).isEqualTo("0831");
      assertThat(e.type().plover()).contains(new PloverType("RETREAT", Optional.of("resign"), List.of("political_institutions")));
    });
  }
}
