package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A group Annals does not know, named after "the" and called by its appositive what it is, takes
 * that appositive's sector even when the tagger took its name for a person's; "the government"
 * after talks is the government called so before, not the ministry that told of them.
 */
class TalksOfGovernmentsWithGroupsTest {
  @Test
  void aGroupNamedLikeAPersonIsWhatItsAppositiveSays() {
    // "Peru's government met the Sendero Rojo, the country's largest drug trafficking group."
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION ~'s/'s/POS government/government/NN met/meet/VBD the/the/DT Sendero/Sendero/NNP/PERSON Rojo/Rojo/NNP/PERSON ,/,/, "
            + "the/the/DT country/country/NN ~'s/'s/POS largest/large/JJS drug/drug/NN trafficking/trafficking/NN group/group/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(7,5) compound(7,6) obj(4,7) punct(7,8) det(10,9) nmod:poss(15,10) case(10,11) amod(15,12) "
                + "compound(14,13) compound(15,14) appos(7,15) punct(4,16)"));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("PERGOV PERCRM "));
  }

  @Test
  void theGroupsNegotiatorsAreTheGroupNamedBefore() {
    // "Peru's government met the Sendero Rojo, a Peruvian drug trafficking group. The group's
    // negotiators agreed to free Peruvian soldiers."
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION ~'s/'s/POS government/government/NN met/meet/VBD the/the/DT Sendero/Sendero/NNP Rojo/Rojo/NNP/PERSON ,/,/, "
            + "a/a/DT Peruvian/Peruvian/JJ/MISC drug/drug/NN trafficking/trafficking/NN group/group/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(7,5) compound(7,6) obj(4,7) punct(7,8) det(13,9) amod(13,10) "
                + "compound(12,11) compound(13,12) appos(7,13) punct(4,14)")
        .sentence("The/the/DT group/group/NN ~'s/'s/POS negotiators/negotiator/NNS agreed/agree/VBD to/to/TO free/free/VB Peruvian/Peruvian/JJ/MISC soldiers/soldier/NNS ././.",
            "det(2,1) nmod:poss(4,2) case(2,3) nsubj(5,4) root(0,5) mark(7,6) xcomp(5,7) amod(9,8) obj(7,9) punct(5,10)"));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("PERCRM PERMIL ")).noneMatch(t -> t.startsWith("PERGOV PERMIL "));
  }

  @Test
  void aGovernmentCalledByAnAdjectiveIsNotTheOneCalledSoBefore() {
    // "Peru's government met rebels. Qatar's foreign ministry praised the talks. The Nationalist
    // government criticised Qatar.": no bare "the government", so not Peru's.
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION ~'s/'s/POS government/government/NN met/meet/VBD rebels/rebel/NNS ././.", "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("Qatar/Qatar/NNP/LOCATION ~'s/'s/POS foreign/foreign/JJ ministry/ministry/NN praised/praise/VBD the/the/DT talks/talk/NNS ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)")
        .sentence("The/the/DT Nationalist/Nationalist/JJ government/government/NN criticised/criticise/VBD Qatar/Qatar/NNP/LOCATION ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(triples(article)).noneMatch(t -> t.equals("PERGOV QAT 111"));
  }

  @Test
  void theGovernmentIsTheOneCalledSoBeforeNotTheMinistryThatToldOfTheTalks() {
    // "Peru's government met rebels. Qatar's foreign ministry praised the talks. The government criticised Qatar."
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION ~'s/'s/POS government/government/NN met/meet/VBD rebels/rebel/NNS ././.", "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("Qatar/Qatar/NNP/LOCATION ~'s/'s/POS foreign/foreign/JJ ministry/ministry/NN praised/praise/VBD the/the/DT talks/talk/NNS ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)")
        .sentence("The/the/DT government/government/NN criticised/criticise/VBD Qatar/Qatar/NNP/LOCATION ././.", "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"));
    assertThat(triples(article)).anyMatch(t -> t.equals("PERGOV QAT 111"));
  }
}
