package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A deal named by the participle of its signing is the deal its signers made together; a
 * country's opposition lawmakers who criticise it judge their own government, not the other party.
 */
class LawmakersJudgeTheirOwnDealTest {

  @Test
  void oppositionLawmakersCriticiseTheirOwnGovernmentsDeal() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Spain/Spain/NNP/LOCATION agreed/agree/VBD on/on/IN Friday/Friday/NNP to/to/TO convert/convert/VB 40/40/CD "
            + "million/million/CD euros/euro/NNS of/of/IN Bolivia/Bolivia/NNP/LOCATION 's/'s/POS overdue/overdue/JJ "
            + "debt/debt/NN into/into/IN projects/project/NNS to/to/TO repair/repair/VB hospitals/hospital/NNS and/and/CC "
            + "roads/road/NNS in/in/IN the/the/DT country/country/NN ,/,/, under/under/IN a/a/DT deal/deal/NN signed/sign/VBN "
            + "in/in/IN Madrid/Madrid/NNP/LOCATION by/by/IN the/the/DT two/two/CD countries/country/NNS '/'/POS "
            + "foreign/foreign/JJ ministers/minister/NNS ././.",
            "root(0,2) nsubj(2,1) obl:on(2,4) xcomp(2,6) punct(2,39) nsubj:xsubj(6,1) mark(6,5) obj(6,9) obl:into(6,16) "
            + "case(4,3) compound(8,7) nummod(9,8) nmod:of(9,14) case(14,10) nmod:poss(14,11) amod(14,13) case(11,12) "
            + "case(16,15) acl:to(16,18) mark(18,17) obj(18,19) obj(18,21) punct(18,25) obl:under(18,28) conj:and(19,21) "
            + "nmod:in(19,24) cc(21,20) case(24,22) det(24,23) case(28,26) det(28,27) acl(28,29) obl:in(29,31) obl:by(29,38) "
            + "case(31,30) case(38,32) nmod:poss(38,35) amod(38,37) det(35,33) nummod(35,34) case(35,36)")
        .sentence("Spanish/Spanish/JJ opposition/opposition/NN lawmakers/lawmaker/NNS criticised/criticise/VBD the/the/DT "
            + "deal/deal/NN ,/,/, saying/say/VBG it/it/PRP rewarded/reward/VBN a/a/DT corrupt/corrupt/JJ "
            + "government/government/NN ././.",
            "root(0,4) amod(3,1) compound(3,2) nsubj(4,3) obj(4,6) punct(4,7) dep(4,8) punct(4,14) det(6,5) ccomp(8,10) "
            + "nsubj(10,9) obj(10,13) det(13,11) amod(13,12)"))))
        .contains("ESPGOV BOLGOV 057", "ESPLEG ESPGOV 111")
        .noneMatch(t -> t.startsWith("ESPLEG BOL"));
  }
}
