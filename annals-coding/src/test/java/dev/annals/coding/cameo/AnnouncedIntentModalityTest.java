package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** An act a speaker says will happen is coded as the intent, which its teller reports; what is intended is in the code. */
class AnnouncedIntentModalityTest {
  @Test
  void anIntentAnnouncedBySayingIsReported() {
    // "Chile said it would support Peru."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD support/support/VB Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) punct(2,7)");
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("03"))
        .extracting(e -> triple(e) + " " + e.modality()).containsExactly("CHL PER 032 REPORTED");
  }

  @Test
  void whatIsAcceptedIsStillToCome() {
    // "Chile accepted to support Peru."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION accepted/accept/VBD to/to/TO support/support/VB Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) obj(4,5) punct(2,6)");
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("05") || e.type().rootCode().equals("03"))
        .isNotEmpty().allMatch(e -> e.modality() == dev.annals.model.Modality.INTENDED || e.type().rootCode().equals("03"));
  }

  @Test
  void anActTheReporterSaysWillHappenStaysIntended() {
    // "Chile will support Peru."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION will/will/MD support/support/VB Peru/Peru/NNP/LOCATION ././.",
        "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) punct(3,5)");
    assertThat(article.events()).extracting(e -> e.type().rootCode() + " " + e.modality()).contains("05 INTENDED");
  }

  @Test
  void sendingADelegationIsAVisitAndAnnouncedItIsAnIntentToMeet() {
    // "Chile said it would send a delegation to Peru."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD send/send/VB a/a/DT delegation/delegation/NN to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) case(9,8) obl:to(5,9) punct(2,10)");
    assertThat(article.events()).extracting(e -> triple(e) + " " + e.modality()).contains("CHL PER 036 REPORTED");
  }

  @Test
  void theInfinitiveOfAPlanIsIntendedAsAfterTheVerb() {
    // "Peru welcomed a plan by Chile to send aid to Peru."
    CodedArticle article = code(
        "Peru/Peru/NNP/LOCATION welcomed/welcome/VBD a/a/DT plan/plan/NN by/by/IN Chile/Chile/NNP/LOCATION to/to/TO send/send/VB aid/aid/NN to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:by(4,6) mark(8,7) acl(4,8) obj(8,9) case(11,10) obl:to(8,11) punct(2,12)");
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("07"))
        .extracting(e -> e.modality()).containsExactly(dev.annals.model.Modality.INTENDED);
  }
}
