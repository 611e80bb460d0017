package dev.annals.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.ArticleCoder;
import dev.annals.coding.HandBuiltText;
import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import dev.annals.model.Modality;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event coding on hand-built parses: no language models needed. */
class EventCoderTest {
  private static final LocalDate DATE = LocalDate.of(2023, 5, 10);
  private static ArticleCoder coder;

  @BeforeAll
  static void load() {
    coder = ArticleCoder.loadDefault();
  }

  private static List<String> triples(CodedArticle article) {
    return article.events().stream().map(EventCoderTest::triple).toList();
  }

  private static String triple(Event e) {
    return e.source().code() + " " + e.target().map(t -> t.code()).orElse("-") + " " + e.type().code();
  }

  private static CodedArticle code(HandBuiltText text) {
    return coder.code(text.build(DATE), DATE, "given");
  }

  @Test
  void activeVoiceGivesSubjectAsSourceAndObjectAsTarget() {
    CodedArticle article = code(new HandBuiltText().sentence(
        "France/France/NNP/LOCATION condemned/condemn/VBD Iran/Iran/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"));
    assertThat(triples(article)).containsExactly("FRA IRN 111");
  }

  @Test
  void passiveVoiceTakesTheAgentAsSource() {
    CodedArticle article = code(new HandBuiltText().sentence(
        "Iran/Iran/NNP/LOCATION was/be/VBD condemned/condemn/VBN by/by/IN France/France/NNP/LOCATION ././.",
        "nsubj:pass(3,1) aux:pass(3,2) root(0,3) case(5,4) obl:agent(3,5) punct(3,6)"));
    assertThat(triples(article)).containsExactly("FRA IRN 111");
  }

  @Test
  void coordinatedSubjectsEachMakeAnEvent() {
    CodedArticle article = code(new HandBuiltText().sentence(
        "France/France/NNP/LOCATION and/and/CC Germany/Germany/NNP/LOCATION condemned/condemn/VBD Iran/Iran/NNP/LOCATION ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(triples(article)).containsExactlyInAnyOrder("FRA IRN 111", "DEU IRN 111");
  }

  @Test
  void negationIsKept() {
    CodedArticle article = code(new HandBuiltText().sentence(
        "India/India/NNP/LOCATION did/do/VBD not/not/RB condemn/condemn/VB Russia/Russia/NNP/LOCATION ././.",
        "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(article.events()).singleElement().satisfies(e -> {
      assertThat(triple(e)).isEqualTo("IND RUS 111");
      assertThat(e.negated()).isTrue();
    });
  }

  @Test
  void setToMakesAnEventIntended() {
    CodedArticle article = code(new HandBuiltText().sentence(
        "Japan/Japan/NNP/LOCATION is/be/VBZ set/set/VBN to/to/TO meet/meet/VB with/with/IN Australia/Australia/NNP/LOCATION ././.",
        "nsubj:pass(3,1) nsubj:xsubj(5,1) aux:pass(3,2) root(0,3) mark(5,4) xcomp(3,5) case(7,6) obl:with(5,7) punct(3,8)"));
    assertThat(article.events()).isNotEmpty().allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.INTENDED));
    assertThat(triples(article)).contains("JPN AUS " + article.events().get(0).type().code());
    assertThat(article.events().get(0).type().rootCode()).isEqualTo("04");
  }

  @Test
  void aNominalEventTakesItsPossessorAsSourceAndItsPrepositionAsTarget() {
    CodedArticle article = code(new HandBuiltText().sentence(
        "Canada/Canada/NNP/LOCATION 's/'s/POS sanctions/sanction/NNS on/on/IN Russia/Russia/NNP/LOCATION took/take/VBD effect/effect/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(6,3) case(5,4) nmod:on(3,5) root(0,6) obj(6,7) punct(6,8)"));
    assertThat(triples(article)).contains("CAN RUS 163");
  }

  @Test
  void aRoleAndCountryMakeAnUnknownPersonAnActorForTheWholeArticle() {
    CodedArticle article = code(new HandBuiltText()
        .sentence(
            "Ruritanian/Ruritanian/JJ Foreign/foreign/NNP Minister/minister/NNP Anna/Anna/NNP/PERSON Kowalczyk/Kowalczyk/NNP/PERSON arrived/arrive/VBD ././.",
            "amod(5,1) compound(5,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) punct(6,7)")
        .sentence(
            "Kowalczyk/Kowalczyk/NNP/PERSON praised/praise/VBD Poland/Poland/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"));
    // "Ruritanian" is no country: the person stays unknown and nothing is coded for her.
    assertThat(triples(article)).isEmpty();

    CodedArticle known = code(new HandBuiltText()
        .sentence(
            "Polish/Polish/JJ Foreign/foreign/NNP Minister/minister/NNP Anna/Anna/NNP/PERSON Kowalczyk/Kowalczyk/NNP/PERSON arrived/arrive/VBD ././.",
            "amod(5,1) compound(5,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) punct(6,7)")
        .sentence(
            "Kowalczyk/Kowalczyk/NNP/PERSON praised/praise/VBD Germany/Germany/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"));
    assertThat(triples(known)).contains("POLGOV DEU 051");
  }

  @Test
  void heResolvesToTheLastPerson() {
    CodedArticle article = code(new HandBuiltText()
        .sentence(
            "Polish/Polish/JJ Foreign/foreign/NNP Minister/minister/NNP Anna/Anna/NNP/PERSON Kowalczyk/Kowalczyk/NNP/PERSON arrived/arrive/VBD ././.",
            "amod(5,1) compound(5,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) punct(6,7)")
        .sentence(
            "She/she/PRP criticized/criticize/VBD Belarus/Belarus/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"));
    assertThat(triples(article)).contains("POLGOV BLR 111");
  }

  @Test
  void aTimeExpressionOnTheClauseDatesTheEvent() {
    CodedArticle article = code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION criticized/criticize/VBD Peru/Peru/NNP/LOCATION last/last/JJ/DATE March/March/NNP/DATE ././.",
        "nsubj(2,1) root(0,2) obj(2,3) amod(5,4) obl:tmod(2,5) punct(2,6)").timex(4, 5, "DATE"));
    assertThat(article.events()).singleElement().satisfies(e -> assertThat(e.date().value()).isEqualTo("2023-03"));
  }

  @Test
  void aVerbMadeAnotherByAHyphenedPrefixIsNotTheBareVerb() {
    // "Peru's coast guard boarded a Chilean trawler on Wednesday and escorted it to Callao, saying
    // its crew had under-reported a catch of tuna": no report, no statement of the crew.
    CodedArticle article = code(new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION 's/'s/POS coast/coast/NN guard/guard/NN boarded/board/VBD a/a/DT Chilean/Chilean/JJ trawler/trawler/NN "
            + "on/on/IN Wednesday/Wednesday/NNP and/and/CC escorted/escort/VBD it/it/PRP to/to/IN Callao/Callao/NNP/LOCATION ,/,/, saying/say/VBG "
            + "its/its/PRP$ crew/crew/NN had/have/VBD under/under/IN ~-/-/HYPH ~reported/report/VBN a/a/DT catch/catch/NN of/of/IN tuna/tuna/NN "
            + "././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:on(5,10) conj:and(5,12) punct(5,16) dep(5,17) punct(5,28) "
            + "nsubj(12,4) cc(12,11) obj(12,13) obl:to(12,15) det(8,6) amod(8,7) case(10,9) case(15,14) obj(17,19) nmod:poss(19,18) acl(19,20) "
            + "advcl:under(20,23) case(23,21) punct(23,22) obj(23,25) det(25,24) nmod:of(25,27) case(27,26)"));
    assertThat(article.events()).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.triggerText().equals("reported")));
  }
}
