package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static dev.annals.coding.LicencesSuspendedSentence.TOKENS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The last act of a series, joined by the parser to a clause in the present passive before it, is the series' doer's. */
class LicencesSuspendedTest {
  @Test
  void theDepartmentSuspendsTheLicencesNotTheCase() {
    var article = code(new HandBuiltText().sentence(TOKENS,
            "root(0,7) det(2,1) case(2,3) nmod:poss(6,2) compound(6,5) amod(5,4) nsubj(7,6) obj(7,9) punct(7,10) dep(7,11) "
            + "punct(7,33) det(9,8) obj(11,12) xcomp(11,14) nsubj:xsubj(14,12) mark(14,13) ccomp(14,17) det(16,15) nsubj(17,16) "
            + "obl:in(17,19) advcl:while(17,24) advcl:while(17,26) case(19,18) mark(24,20) nsubj:pass(24,22) aux:pass(24,23) "
            + "conj:and(24,26) obj(24,28) det(22,21) nsubj:pass(26,22) cc(26,25) det(28,27) nmod:of(28,32) case(32,29) nummod(32,30) "
            + "compound(32,31)"), LocalDate.of(2026, 1, 15));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PHLGOV PHLBUS 172");
  }
}
