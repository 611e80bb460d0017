package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** An object "him" or "her" is someone other than its own clause's subject (Pronouns). */
class ObjectPronounsTest {
  @Test
  void himIsNotTheSubjectOfItsOwnClause() {
    // "Nayib Bukele telephoned Xiomara Castro. Castro thanked him."
    var article = code(new HandBuiltText()
        .sentence("Nayib/Nayib/NNP/PERSON Bukele/Bukele/NNP/PERSON telephoned/telephone/VBD Xiomara/Xiomara/NNP/PERSON Castro/Castro/NNP/PERSON ././.",
            "compound(2,1) nsubj(3,2) root(0,3) compound(5,4) obj(3,5) punct(3,6)")
        .sentence("Castro/Castro/NNP/PERSON thanked/thank/VBD him/him/PRP ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("HNDGOV SLVGOV 05"));
  }

  @Test
  void himHandedSomethingIsWhomTheFirstVerbMet() {
    // "Nayib Bukele met Xiomara Castro and handed her a request for talks."
    var article = code(new HandBuiltText()
        .sentence("Nayib/Nayib/NNP/PERSON Bukele/Bukele/NNP/PERSON met/meet/VBD Xiomara/Xiomara/NNP/PERSON Castro/Castro/NNP/PERSON and/and/CC "
                + "handed/hand/VBD her/her/PRP a/a/DT request/request/NN for/for/IN talks/talk/NNS ././.",
            "compound(2,1) nsubj(3,2) nsubj(7,2) root(0,3) compound(5,4) obj(3,5) cc(7,6) conj:and(3,7) iobj(7,8) det(10,9) obj(7,10) case(12,11) "
                + "nmod:for(10,12) punct(3,13)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("SLVGOV HNDGOV 026");
  }

  @Test
  void itsInARelativeClauseOnPeopleIsNotThosePeoplesCountry() {
    // "Honduras freed eight Belizean fishermen its navy had detained."
    assertThat(code("Honduras/Honduras/NNP/LOCATION freed/free/VBD eight/eight/CD Belizean/Belizean/JJ/MISC fishermen/fisherman/NNS its/its/PRP$ "
            + "navy/navy/NN had/have/VBD detained/detain/VBN ././.",
        "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) nmod:poss(7,6) nsubj(9,7) aux(9,8) acl:relcl(5,9) obj(9,5) punct(2,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("HNDMIL BLZ") && t.endsWith(" 173")).noneMatch(t -> t.startsWith("BLZMIL"));
  }

  @Test
  void itAfterASayingJoinedToAnEarlierVerbIsThatVerbsSubject() {
    // "Sudan accused Kenya and said it would complain to the African Union.", with no subject
    // given to "said" (as a repair leaves it)
    assertThat(code("Sudan/Sudan/NNP/LOCATION accused/accuse/VBD Kenya/Kenya/NNP/LOCATION and/and/CC said/say/VBD it/it/PRP would/would/MD "
            + "complain/complain/VB to/to/IN the/the/DT African/African/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(2,5) nsubj(8,6) aux(8,7) ccomp(5,8) case(12,9) det(12,10) compound(12,11) obl:to(8,12) punct(2,13)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("SDN") && t.contains(" AU "));
  }

  @Test
  void aPossessiveIsThePersonNamedLastInItsOwnSentence() {
    // "Kim Yo Jong dismissed the offer. Families, who met Kishida, urged his government to act."
    var article = code(new HandBuiltText()
        .sentence("Kim/Kim/NNP/PERSON Yo/Yo/NNP/PERSON Jong/Jong/NNP/PERSON dismissed/dismiss/VBD the/the/DT offer/offer/NN ././.",
            "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)")
        .sentence("Families/family/NNS ,/,/, who/who/WP met/meet/VBD Kishida/Kishida/NNP/PERSON ,/,/, urged/urge/VBD his/his/PRP$ government/government/NN "
                + "to/to/TO act/act/VB ././.",
            "nsubj(7,1) punct(1,2) nsubj(4,3) acl:relcl(1,4) obj(4,5) punct(1,6) root(0,7) nmod:poss(9,8) obj(7,9) mark(11,10) xcomp(7,11) punct(7,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).filteredOn(t -> t.contains(" 02")).isNotEmpty()
        .allMatch(t -> t.contains(" JPNGOV ")).noneMatch(t -> t.contains("PRK"));
  }

  @Test
  void aPossessiveInASentenceWhosePersonIsItsSubjectIsTheSubjects() {
    // "Japarov telephoned Tokayev, his office said."
    assertThat(code("Japarov/Japarov/NNP/PERSON telephoned/telephone/VBD Tokayev/Tokayev/NNP/PERSON ,/,/, his/his/PRP$ office/office/NN said/say/VBD ././.",
        "nsubj(2,1) ccomp(7,2) obj(2,3) punct(7,4) nmod:poss(6,5) nsubj(7,6) root(0,7) punct(7,8)")
        .quotes()).filteredOn(q -> q.speaker().isPresent()).isNotEmpty()
        .allMatch(q -> q.speaker().get().actor().code().startsWith("KGZ"));
  }

  @Test
  void themIsNotTheGroupItsOwnClausesSubjectIs() {
    // "Canada and Georgia held talks on Monday. They thanked them.": "them" would be "themselves"
    // if it were the pair "they" is, and the pair is all the story has named.
    var article = code(new HandBuiltText()
        .sentence("Canada/Canada/NNP/LOCATION and/and/CC Georgia/Georgia/NNP/LOCATION held/hold/VBD talks/talk/NNS on/on/IN Monday/Monday/NNP ././.",
            "nsubj(4,1) cc(3,2) nsubj(4,3) conj:and(1,3) root(0,4) obj(4,5) case(7,6) obl:on(4,7) punct(4,8)")
        .sentence("They/they/PRP thanked/thank/VBD them/them/PRP ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CAN GEO 040").noneMatch(t -> t.endsWith(" 051"));
  }

  @Test
  void itAsAnObjectIsTheOneOfAGroupTheClauseJustSingledOut() {
    // "In Lima, activists rallied outside the headquarters of one of the Chilean builders on
    // Thursday and accused it of abandoning the survivors": not Lima's government.
    HandBuiltText text = new HandBuiltText().sentence(
        "In/in/IN Lima/Lima/NNP/LOCATION ,/,/, activists/activist/NNS rallied/rally/VBD outside/outside/IN the/the/DT "
            + "headquarters/headquarters/NN of/of/IN one/one/CD of/of/IN the/the/DT Chilean/Chilean/JJ builders/builder/NNS on/on/IN "
            + "Thursday/Thursday/NNP and/and/CC accused/accuse/VBD it/it/PRP of/of/IN abandoning/abandon/VBG the/the/DT survivors/survivor/NNS "
            + "././.",
        "root(0,5) case(2,1) obl:in(5,2) punct(5,3) nsubj(5,4) obl:outside(5,8) conj:and(5,18) punct(5,24) nsubj(18,4) cc(18,17) obj(18,19) "
            + "obl:of(18,21) case(8,6) det(8,7) nmod:of(8,14) case(14,9) det:qmod(14,10) det(14,12) amod(14,13) nmod:on(14,16) fixed(10,11) "
            + "case(16,15) case(21,20) obj(21,23) det(23,22)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("CHLBUS 112")).noneMatch(t -> t.endsWith("PERGOV 112"));
  }
}
