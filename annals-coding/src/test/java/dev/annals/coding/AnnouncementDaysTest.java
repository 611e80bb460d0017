package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a side says it will do, reported days later, is an intent or threat of the day it was said. */
class AnnouncementDaysTest {
  /** The Monday the article came out, four days after the Thursday. */
  private static final LocalDate MONDAY = LocalDate.of(2026, 2, 23);

  @Test
  void aThreatSaidOnThursdayIsThursdays() {
    // "Indonesia said on Thursday that Jakarta would take the matter to the World Trade
    // Organization if New Delhi did not reverse it."
    var article = code(new HandBuiltText().sentence(
        "Indonesia/Indonesia/NNP/LOCATION said/say/VBD on/on/IN Thursday/Thursday/NNP/DATE that/that/IN Jakarta/Jakarta/NNP/LOCATION would/would/MD "
            + "take/take/VB the/the/DT matter/matter/NN to/to/IN the/the/DT World/World/NNP/ORGANIZATION Trade/Trade/NNP/ORGANIZATION "
            + "Organization/Organization/NNP/ORGANIZATION if/if/IN New/New/NNP/LOCATION Delhi/Delhi/NNP/LOCATION did/do/VBD not/not/RB reverse/reverse/VB "
            + "it/it/PRP ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(8,5) nsubj(8,6) aux(8,7) ccomp(2,8) det(10,9) obj(8,10) case(15,11) det(15,12) compound(15,13) "
            + "compound(15,14) obl:to(8,15) mark(21,16) compound(18,17) nsubj(21,18) aux(21,19) advmod(21,20) advcl:if(8,21) obj(21,22) punct(2,23)"), MONDAY);
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("13")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2026-02-19"));
  }

  @Test
  void soIsOneSaidBesideAProtestMadeOnThursday() {
    // "Indonesia protested to India on Thursday and said Jakarta would take the matter to the
    // World Trade Organization if New Delhi did not reverse it."
    var article = code(new HandBuiltText().sentence(
        "Indonesia/Indonesia/NNP/LOCATION protested/protest/VBD to/to/IN India/India/NNP/LOCATION on/on/IN Thursday/Thursday/NNP/DATE and/and/CC "
            + "said/say/VBD Jakarta/Jakarta/NNP/LOCATION would/would/MD take/take/VB the/the/DT matter/matter/NN to/to/IN the/the/DT "
            + "World/World/NNP/ORGANIZATION Trade/Trade/NNP/ORGANIZATION Organization/Organization/NNP/ORGANIZATION if/if/IN New/New/NNP/LOCATION "
            + "Delhi/Delhi/NNP/LOCATION did/do/VBD not/not/RB reverse/reverse/VB it/it/PRP ././.",
        "nsubj(2,1) nsubj(8,1) root(0,2) case(4,3) obl:to(2,4) case(6,5) obl:on(2,6) cc(8,7) conj:and(2,8) nsubj(11,9) aux(11,10) ccomp(8,11) det(13,12) "
            + "obj(11,13) case(18,14) det(18,15) compound(18,16) compound(18,17) obl:to(11,18) mark(24,19) compound(21,20) nsubj(24,21) aux(24,22) "
            + "advmod(24,23) advcl:if(11,24) obj(24,25) punct(2,26)"), MONDAY);
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("13")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2026-02-19"));
  }

  @Test
  void aPastDeedInAClauseOfSomethingToComeIsOfTheDayItWasTold() {
    // "Iraq said on Saturday that it would resume shipments next month after Lebanon agreed to pay
    // its debt to Iraq.": the agreement is not next month's, nor the Monday's.
    var article = code(new HandBuiltText().sentence(
        "Iraq/Iraq/NNP/LOCATION said/say/VBD on/on/IN Saturday/Saturday/NNP/DATE that/that/IN it/it/PRP would/would/MD resume/resume/VB "
            + "shipments/shipment/NNS next/next/JJ/DATE month/month/NN/DATE after/after/IN Lebanon/Lebanon/NNP/LOCATION agreed/agree/VBD to/to/TO "
            + "pay/pay/VB its/its/PRP$ debt/debt/NN to/to/IN Iraq/Iraq/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(8,5) nsubj(8,6) aux(8,7) ccomp(2,8) obj(8,9) amod(11,10) obl:tmod(8,11) mark(14,12) nsubj(14,13) "
            + "nsubj:xsubj(16,13) advcl:after(8,14) mark(16,15) xcomp(14,16) nmod:poss(18,17) obj(16,18) case(20,19) obl:to(16,20) punct(2,21)"), MONDAY);
    assertThat(article.events()).filteredOn(e -> e.source().code().equals("LBN")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2026-02-21"));
  }
}
