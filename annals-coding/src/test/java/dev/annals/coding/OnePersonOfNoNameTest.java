package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One person of no name told again ("the man", "he": actors/NounAnaphora, Pronouns), a
 * restaurant's manager as its business (actors/sectors.tsv), a permit revoked as a sanction, and aid sent after
 * another side was thanked for the same (AidRecipients).
 */
class OnePersonOfNoNameTest {
  @Test
  void theManAndHeAreTheRestaurantManagerArrestedBefore() {
    // "Ugandan police arrested a Somali restaurant manager. Uganda's ministry revoked the man's
    // work permit and said he would be deported."
    var article = code(new HandBuiltText()
        .sentence("Ugandan/Ugandan/JJ/MISC police/police/NNS arrested/arrest/VBD a/a/DT Somali/Somali/JJ/MISC restaurant/restaurant/NN "
                + "manager/manager/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(7,4) amod(7,5) compound(7,6) obj(3,7) punct(3,8)")
        .sentence("Uganda/Uganda/NNP/LOCATION ~'s/'s/POS ministry/ministry/NN revoked/revoke/VBD the/the/DT man/man/NN ~'s/'s/POS work/work/NN "
                + "permit/permit/NN and/and/CC said/say/VBD he/he/PRP would/would/MD be/be/VB deported/deport/VBN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) nmod:poss(9,6) case(6,7) compound(9,8) obj(4,9) cc(11,10) conj:and(4,11) nsubj(11,3) "
                + "nsubj:pass(15,12) aux(15,13) aux:pass(15,14) ccomp(11,15) punct(4,16)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("UGACOP SOMBUS 173", "UGAGOV SOMBUS 172")
        .anyMatch(t -> t.startsWith("UGAGOV SOMBUS 1") && !t.endsWith(" 172"));
  }

  @Test
  void aidSentWithNoOneNamedGoesToWhoeverThankedAnotherForTheSame() {
    // "Chile's president thanked Peru for sending firefighters. Ecuador said it would send more firefighters."
    var article = code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION ~'s/'s/POS president/president/NN thanked/thank/VBD Peru/Peru/NNP/LOCATION for/for/IN sending/send/VBG "
                + "firefighters/firefighter/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) case(7,6) obl:for(4,7) obj(7,8) punct(4,9)")
        .sentence("Ecuador/Ecuador/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD send/send/VB more/more/JJR firefighters/firefighter/NNS ././.",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) amod(7,6) obj(5,7) punct(2,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ECU") && t.contains(" CHLGOV 0"));
  }
}
