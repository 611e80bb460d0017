package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A deal approved is signed with the side it lets do something; a deal called a guarantee is
 * praised; a warning that a country's base would be treated as a target threatens that country; a
 * deal about another country's workers, signed on a visit there, is made with its state.
 */
class DealsLettingOthersInTest {

  @Test
  void theDealItsPraiseAndTheThreatAgainstAnotherCountrysBase() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Mali/Mali/NNP/LOCATION 's/'s/POS government/government/NN approved/approve/VBD an/a/DT agreement/agreement/NN "
            + "on/on/IN Friday/Friday/NNP allowing/allow/VBG Turkey/Turkey/NNP/LOCATION to/to/TO open/open/VB a/a/DT "
            + "drone/drone/NN factory/factory/NN near/near/IN Bamako/Bamako/NNP/LOCATION ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) punct(4,18) det(6,5) nmod:on(6,8) acl(6,9) case(8,7) "
            + "obj(9,10) xcomp(9,12) nsubj:xsubj(12,10) mark(12,11) obj(12,15) det(15,13) compound(15,14) nmod:near(15,17) "
            + "case(17,16)")
        .sentence("Turkey/Turkey/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN called/call/VBD the/the/DT deal/deal/NN \"/\"/`` "
            + "a/a/DT guarantee/guarantee/NN of/of/IN security/security/NN in/in/IN the/the/DT Sahel/Sahel/NNP \"/\"/'' ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) punct(4,7) obj(4,9) punct(4,16) det(6,5) det(9,8) "
            + "nmod:of(9,11) nmod:in(9,14) case(11,10) case(14,12) det(14,13) punct(14,15)")
        .sentence("Al/Al/NNP/PERSON -/-/HYPH/PERSON Shabaab/Shabaab/NNP/PERSON condemned/condemn/VBD the/the/DT "
            + "agreement/agreement/NN and/and/CC warned/warn/VBD that/that/IN any/any/DT Kenyan/Kenyan/JJ base/base/NN "
            + "on/on/IN Somali/Somali/JJ soil/soil/NN would/would/MD be/be/VB treated/treat/VBN as/as/IN a/a/DT \"/\"/`` "
            + "legitimate/legitimate/JJ target/target/NN \"/\"/'' ././.",
            "root(0,4) compound(3,1) punct(3,2) nsubj(4,3) obj(4,6) conj:and(4,8) punct(4,24) punct(4,25) nsubj(8,3) "
            + "cc(8,7) ccomp(8,18) det(6,5) mark(18,9) nsubj:pass(18,12) aux(18,16) aux:pass(18,17) obl:as(18,23) det(12,10) "
            + "amod(12,11) nmod:on(12,15) case(15,13) amod(15,14) case(23,19) det(23,20) punct(23,21) amod(23,22)"))))
        .contains("MLIGOV TUR 057", "TURGOV MLIGOV 051", "SHABAAB KEN 130");
  }

  @Test
  void aDealAboutAnotherCountrysWorkersSignedOnAVisitIsMadeWithTheHostNotTheWorkers() {
    // "Germany's labour minister visited Tashkent on Thursday and signed an agreement to recruit
    // 10,000 Uzbek care workers."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Germany/Germany/NNP/LOCATION 's/'s/POS labour/labour/NN minister/minister/NN visited/visit/VBD Tashkent/Tashkent/NNP/LOCATION "
            + "on/on/IN Thursday/Thursday/NNP and/and/CC signed/sign/VBD an/a/DT agreement/agreement/NN to/to/TO recruit/recruit/VB "
            + "10,000/10000/CD Uzbek/Uzbek/NNP care/care/NN workers/worker/NNS ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:on(5,8) conj:and(5,10) punct(5,19) nsubj(10,4) "
            + "cc(10,9) obj(10,12) xcomp(10,14) case(8,7) det(12,11) nsubj:xsubj(14,12) mark(14,13) obj(14,18) nummod(18,15) "
            + "compound(18,17) compound(17,16)"))))
        .contains("DEUGOV UZBGOV 057")
        .noneMatch(t -> t.startsWith("DEUGOV UZBLAB"));
  }
}
