package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Accounts frozen, investigators sent to help, joint investigations and the rings they break up. */
class InvestigatorsAndFrozenAccountsTest {
  @Test
  void aClosingAttributionReadAsARelativeClauseOfTheObjectClosesTheSentence() {
    // "… froze the accounts of two Chinese-owned mining firms suspected of smuggling gold, Ghana's interior ministry said": the parser reads "the accounts [the ministry said]" and hangs the firms on "said".
    var article = code(new HandBuiltText().sentence(
        "Ghanaian/Ghanaian/JJ police/police/NNS arrested/arrest/VBD three/three/CD Chinese/Chinese/JJ men/man/NNS and/and/CC "
            + "froze/freeze/VBD the/the/DT accounts/account/NNS of/of/IN two/two/CD Chinese/Chinese/JJ -/-/HYPH owned/own/VBN mining/mining/NN "
            + "firms/firm/NNS suspected/suspect/VBN of/of/IN smuggling/smuggling/NN gold/gold/NN ,/,/, Ghana/Ghana/NNP/LOCATION 's/'s/POS "
            + "interior/interior/NNP/ORGANIZATION ministry/ministry/NNP/ORGANIZATION said/say/VBD ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) conj:and(3,8) punct(3,28) nsubj(8,2) cc(8,7) obj(8,10) nummod(6,4) amod(6,5) det(10,9) "
            + "acl:relcl(10,27) case(17,11) nummod(17,12) amod(17,15) compound(17,16) acl(17,18) punct(17,22) dep(15,13) punct(15,14) "
            + "obl:of(27,17) nsubj(27,26) obl:of(18,21) case(21,19) compound(21,20) nmod:poss(26,23) compound(26,25) case(23,24)"), LocalDate.of(2026, 3, 12));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("GHACOP CHNBUS 163"));
  }

  @Test
  void investigatorsSentAbroadToHelpCooperateWithTheStateTheyGoTo() {
    // "Kenya's interior minister said on Friday that Nairobi would send investigators to Kampala to help trace the stolen money": "to Kampala" is where they go, not the helper.
    var article = code(new HandBuiltText().sentence(
        "Kenya/Kenya/NNP/LOCATION 's/'s/POS interior/interior/NN minister/minister/NN said/say/VBD on/on/IN Friday/Friday/NNP that/that/IN "
            + "Nairobi/Nairobi/NNP/LOCATION would/would/MD send/send/VB investigators/investigator/NNS to/to/IN Kampala/Kampala/NNP/LOCATION "
            + "to/to/TO help/help/VB trace/trace/VB the/the/DT stolen/steal/VBN money/money/NN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,11) punct(5,21) case(7,6) mark(11,8) nsubj(11,9) "
            + "aux(11,10) obj(11,12) advcl:to(11,16) mark(16,13) nsubj(16,14) mark(16,15) dep(16,17) obj(17,20) det(20,18) amod(20,19)"), LocalDate.of(2026, 3, 12));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("KENGOV UGAGOV 063"));
  }

  @Test
  void aJointInvestigationWithAnotherSidesPoliceIsJudicialCooperation() {
    // "Ghanaian police arrested 12 members of a fraud ring in Accra on Friday after a joint investigation with British police."
    var article = code(new HandBuiltText().sentence(
        "Ghanaian/Ghanaian/JJ police/police/NNS arrested/arrest/VBD 12/12/CD members/member/NNS of/of/IN a/a/DT fraud/fraud/NN ring/ring/NN "
            + "in/in/IN Accra/Accra/NNP/LOCATION on/on/IN Friday/Friday/NNP after/after/IN a/a/DT joint/joint/JJ investigation/investigation/NN "
            + "with/with/IN British/British/JJ police/police/NNS ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,13) obl:after(3,17) punct(3,21) nummod(5,4) nmod:of(5,9) case(9,6) det(9,7) "
            + "compound(9,8) nmod:in(9,11) case(11,10) case(13,12) case(17,14) det(17,15) amod(17,16) nmod:with(17,20) case(20,18) amod(20,19)"), LocalDate.of(2026, 3, 12));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("GHACOP GBRCOP 063"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("GHACOP GHACRM 173"));
  }
}
