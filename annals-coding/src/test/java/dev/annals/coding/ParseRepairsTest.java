package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Misparses mended before coding, through the whole chain of repairs: the events coded from the mended sentences. */
class ParseRepairsTest {
  private static final LocalDate DATE = LocalDate.of(2023, 5, 10);
  // "Chile said Peru would attack Bolivia." as CoreNLP parses it: Peru the object of "said",
  // "said" the clausal subject of "attack", "attack" the root.
  private static final HandBuiltText MISPARSED = new HandBuiltText().sentence(
      "Chile/Chile/NNP/LOCATION said/say/VBD Peru/Peru/NNP/LOCATION would/would/MD attack/attack/VB Bolivia/Bolivia/NNP/LOCATION ././.",
      "nsubj(2,1) obj(2,3) csubj(5,2) aux(5,4) root(0,5) obj(5,6) punct(5,7)");

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
}
