package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.AnnotatedText;
import dev.annals.model.CodedArticle;
import dev.annals.model.Dependency;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CoreNLP's "said [obj India] would support" misparse, mended before coding. */
class ParseRepairsTest {
  private static final LocalDate DATE = LocalDate.of(2023, 5, 10);
  // "Chile said Peru would attack Bolivia." as CoreNLP parses it: Peru the object of "said",
  // "said" the clausal subject of "attack", "attack" the root.
  private static final HandBuiltText MISPARSED = new HandBuiltText().sentence(
      "Chile/Chile/NNP/LOCATION said/say/VBD Peru/Peru/NNP/LOCATION would/would/MD attack/attack/VB Bolivia/Bolivia/NNP/LOCATION ././.",
      "nsubj(2,1) obj(2,3) csubj(5,2) aux(5,4) root(0,5) obj(5,6) punct(5,7)");

  @Test
  void theNameAfterSaidBecomesTheSubjectOfTheReportedClause() {
    AnnotatedText text = MISPARSED.build(DATE);
    DependencyIndex index = new DependencyIndex(text);
    assertThat(index.children(4, java.util.Set.of("nsubj"))).containsExactly(2);
    assertThat(index.children(1, java.util.Set.of("ccomp"))).containsExactly(4);
    assertThat(index.children(1, java.util.Set.of("obj"))).isEmpty();
    assertThat(index.parents(1)).extracting(Dependency::relation).contains("root");
  }

  @Test
  void theReportedActIsCodedWithItsOwnSubject() {
    CodedArticle article = HandCoding.coder().code(MISPARSED.build(DATE), DATE, "given");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("PER");
      assertThat(e.target().map(t -> t.code())).contains("BOL");
      // An attack announced by the attacker's side is coded as the threat it is (13x).
      assertThat(e.type().rootCode()).isIn("13", "19");
    });
  }

  @Test
  void aClosingAttributionIsTheNamedSpeakersNotTheWordBeforeIt() {
    // "Peru attacked Bolivia, killing civilians, governor Juan Ortega said." with CoreNLP's
    // reading: civilians the subject of "said", the governor in apposition to them.
    CodedArticle article = HandCoding.coder().code(new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION attacked/attack/VBD Bolivia/Bolivia/NNP/LOCATION ,/,/, killing/kill/VBG civilians/civilian/NNS ,/,/, governor/governor/NN Juan/Juan/NNP/PERSON Ortega/Ortega/NNP/PERSON said/say/VBD ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(5,4) advcl(2,5) obj(5,6) punct(6,7) compound(10,8) compound(10,9) appos(6,10) nsubj(11,6) ccomp(5,11) punct(2,12)").build(DATE), DATE, "given");
    assertThat(article.events()).noneMatch(e -> e.source().code().endsWith("CVL"));
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("PER");
      assertThat(e.modality()).isEqualTo(dev.annals.model.Modality.REPORTED);
    });
  }

  @Test
  void callingOnSomeoneToActIsAnAppealToThem() {
    // "Chile called on Peru to send aid." with "on" read as the marker of "send".
    CodedArticle article = HandCoding.coder().code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION called/call/VBD on/on/IN Peru/Peru/NNP/LOCATION to/to/TO send/send/VB aid/aid/NN ././.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) mark(6,5) advcl:to(2,6) obj(6,7) punct(2,8)").build(DATE), DATE, "given");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("CHL");
      assertThat(e.target().map(t -> t.code())).contains("PER");
      assertThat(e.type().rootCode()).isEqualTo("02");
    });
  }

  @Test
  void aGerundAfterAnAspectualVerbIsTheActNotAnAdjective() {
    // "Chile began exporting grain to Peru." with "exporting" read as an adjective of "grain".
    CodedArticle article = HandCoding.coder().code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION began/begin/VBD exporting/export/VBG grain/grain/NN to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(2,7)").build(DATE), DATE, "given");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("CHL");
      assertThat(e.target().map(t -> t.code())).contains("PER");
      assertThat(e.type().code()).isEqualTo("061");
    });
  }

  @Test
  void aCommonNounObjectOfSayIsLeftAlone() {
    AnnotatedText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION said/say/VBD a/a/DT prayer/prayer/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)").build(DATE);
    assertThat(new DependencyIndex(text).children(1, java.util.Set.of("obj"))).containsExactly(3);
  }

  @Test
  void aVerbOfSayingAfterTheQuotationHeadsItEvenWhenTheParserHungItInside() {
    // "“Chile must defend itself,” Bachelet said." parsed with "must defend" the root and "said"
    // a complement of "defend"; the straight closing mark tagged as an opening one.
    HandBuiltText text = new HandBuiltText().sentence(
        "\"/\"/`` Chile/Chile/NNP/LOCATION must/must/MD defend/defend/VB itself/itself/PRP ,/,/, \"/\"/`` Bachelet/Bachelet/NNP/PERSON said/say/VBD ././.",
        "punct(4,1) nsubj(4,2) aux(4,3) root(0,4) obj(4,5) punct(4,6) punct(9,7) nsubj(9,8) ccomp(4,9) punct(4,10)");
    DependencyIndex index = new DependencyIndex(text.build(DATE));
    assertThat(index.children(8, Set.of("ccomp"))).containsExactly(3);
    assertThat(index.children(3, Set.of("ccomp"))).isEmpty();
    CodedArticle article = HandCoding.code(text);
    // The saying is asserted, no longer reported inside its own quotation.
    assertThat(article.events()).isNotEmpty().allSatisfy(e -> assertThat(e.modality()).hasToString("ASSERTED"));
  }

  @Test
  void aNameBetweenAClaimInAppositionAndAVerbIsTheVerbsSubject() {
    // "Chile accused Peru of sponsoring the rebels, a charge Lima rejected." with "rebels" the
    // subject of "rejected" and "Lima" hung on "charge".
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN sponsoring/sponsor/VBG the/the/DT rebels/rebel/NNS ,/,/, "
            + "a/a/DT charge/charge/NN Lima/Lima/NNP/LOCATION rejected/reject/VBD ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl(2,5) det(7,6) nsubj(12,7) punct(7,8) det(10,9) appos(7,10) dep(10,11) ccomp(5,12) punct(2,13)");
    DependencyIndex index = new DependencyIndex(text.build(DATE));
    assertThat(index.children(11, Set.of("nsubj"))).containsExactly(10);
    assertThat(index.children(9, Set.of("acl:relcl"))).containsExactly(11);
    assertThat(index.children(6, Set.of("nsubj"))).isEmpty();
  }

  @Test
  void countedPeopleBeforeLastMonthAreThePeopleAndTheMonthTheTime() {
    // "Chile delivered aid to 2 million Peruvians last month." with "Peruvian" an adjective of
    // "month", the head of "to".
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION delivered/deliver/VBD aid/aid/NN to/to/IN 2/2/CD million/million/CD Peruvian/Peruvian/JJ/MISC last/last/JJ month/month/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(9,4) compound(6,5) nummod(9,6) amod(9,7) amod(9,8) obl:to(2,9) punct(2,10)");
    DependencyIndex index = new DependencyIndex(text.build(DATE));
    assertThat(index.children(1, Set.of("obl:to"))).containsExactly(6);
    assertThat(index.children(1, Set.of("obl:tmod"))).containsExactly(8);
    assertThat(index.children(6, Set.of("nummod"))).containsExactly(5);
  }
}
