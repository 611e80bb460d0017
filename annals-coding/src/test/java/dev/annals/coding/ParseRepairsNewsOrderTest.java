package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Misparses of news word order mended before coding: the day before the object, the closing attribution's noun. */
class ParseRepairsNewsOrderTest {
  private static final LocalDate DATE = LocalDate.of(2023, 5, 10);

  @Test
  void aDayBetweenVerbAndObjectLeavesTheObjectToTheVerb() {
    // "Chile rejected Thursday a Peruvian proposal." with the proposal read as a dependent of the day.
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION rejected/reject/VBD Thursday/Thursday/NNP/DATE a/a/DT Peruvian/Peruvian/JJ proposal/proposal/NN ././.",
        "nsubj(2,1) root(0,2) obl:tmod(2,3) det(6,4) amod(6,5) dep(3,6) punct(2,7)");
    DependencyIndex index = new DependencyIndex(text.build(DATE));
    assertThat(index.children(1, Set.of("obj"))).containsExactly(5);
    CodedArticle article = HandCoding.coder().code(text.build(DATE), DATE, "given");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("CHL");
      assertThat(e.target().flatMap(t -> t.country())).contains("PER");
      assertThat(e.type().rootCode()).isEqualTo("12");
    });
  }

  @Test
  void theNounTakenForTheClosingSpeakerIsTheObjectOfTheVerbBeforeIt() {
    // "Chile rejects Peruvian changes, negotiator Juan Ortega said." with "changes" the subject of
    // "said", the negotiator in apposition to it, and "said" a complement of "rejects".
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION rejects/reject/VBZ Peruvian/Peruvian/JJ changes/change/NNS ,/,/, negotiator/negotiator/NN Juan/Juan/NNP/PERSON Ortega/Ortega/NNP/PERSON said/say/VBD ././.",
        "nsubj(2,1) root(0,2) amod(4,3) punct(4,5) compound(8,6) compound(8,7) appos(4,8) nsubj(9,4) ccomp(2,9) punct(2,10)");
    DependencyIndex index = new DependencyIndex(text.build(DATE));
    assertThat(index.children(1, Set.of("obj"))).containsExactly(3);
    assertThat(index.children(8, Set.of("nsubj"))).containsExactly(7);
    CodedArticle article = HandCoding.coder().code(text.build(DATE), DATE, "given");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("CHL");
      assertThat(e.target().flatMap(t -> t.country())).contains("PER");
      assertThat(e.type().rootCode()).isEqualTo("12");
    });
  }

  @Test
  void aNameBeforeASubjectlessSaidIsTheSpeakerNotAnApposition() {
    // "Chilean troops arrived in Peru, minister Juan Ortega said." with the minister in apposition
    // to Peru and "said" hanging loose.
    HandBuiltText text = new HandBuiltText().sentence(
        "Chilean/Chilean/JJ troops/troop/NNS arrived/arrive/VBD in/in/IN Peru/Peru/NNP/LOCATION ,/,/, minister/minister/NN Juan/Juan/NNP/PERSON Ortega/Ortega/NNP/PERSON said/say/VBD ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(5,6) compound(9,7) compound(9,8) appos(5,9) dep(3,10) punct(3,11)");
    DependencyIndex index = new DependencyIndex(text.build(DATE));
    assertThat(index.children(9, Set.of("nsubj"))).containsExactly(8);
    assertThat(index.children(4, Set.of("appos"))).isEmpty();
    CodedArticle article = HandCoding.coder().code(text.build(DATE), DATE, "given");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("CHLMIL");
      assertThat(e.target().map(t -> t.code())).contains("PER");
    });
  }

  @Test
  void anOfPhraseAfterARelativeTimeBelongsToTheNounBeforeTheTime() {
    // "Chile rejected an invitation to attend a meeting next week of Peruvian officials." with
    // "of Peruvian officials" read as the week's.
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION rejected/reject/VBD an/a/DT invitation/invitation/NN to/to/TO attend/attend/VB a/a/DT meeting/meeting/NN "
            + "next/next/JJ/DATE week/week/NN/DATE of/of/IN Peruvian/Peruvian/JJ/MISC officials/official/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) xcomp(2,6) nsubj:xsubj(6,4) det(8,7) obj(6,8) amod(10,9) obl:tmod(6,10) "
            + "case(13,11) amod(13,12) nmod:of(10,13) punct(2,14)");
    DependencyIndex index = new DependencyIndex(text.build(DATE));
    assertThat(index.children(7, Set.of("nmod:of"))).containsExactly(12);
    assertThat(index.children(9, Set.of("nmod:of"))).isEmpty();
    CodedArticle article = HandCoding.coder().code(text.build(DATE), DATE, "given");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("CHL");
      assertThat(e.target().flatMap(t -> t.country())).contains("PER");
      assertThat(e.type().rootCode()).isEqualTo("12");
    });
  }
}
