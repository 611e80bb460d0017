package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies named by what they are part of or who runs them: a word for a body followed by an
 * organisation's name is that organisation; an organisation's name before a country's is its
 * chapter there; a state's office an organisation runs is that organisation's; and "Its" opening a
 * sentence is the subject of the sentence before.
 */
class BodiesNamedByTheirOwnersTest {
  private static final LocalDate DATE = LocalDate.of(2026, 6, 10);

  private static List<String> triples(HandBuiltText text) {
    return HandCoding.triples(HandCoding.code(text, DATE));
  }

  @Test
  void aBodysWordBeforeAnOrganisationsNameIsThatOrganisation() {
    // "The Southern African bloc SADC urged Madagascar's junta to hold elections."
    List<String> coded = triples(new HandBuiltText()
        .sentence("The/the/DT Southern/southern/JJ African/African/JJ bloc/bloc/NN SADC/SADC/NNP/ORGANIZATION urged/urge/VBD "
            + "Madagascar/Madagascar/NNP/LOCATION 's/'s/POS junta/junta/NN to/to/TO hold/hold/VB elections/election/NNS ././.",
            "root(0,6) det(4,1) amod(4,2) amod(4,3) appos(4,5) nsubj(6,4) obj(6,9) xcomp(6,11) punct(6,13) nmod:poss(9,7) "
            + "case(7,8) nsubj:xsubj(11,9) mark(11,10) obj(11,12)")
        );
    assertThat(coded).anyMatch(t -> t.startsWith("SADC MDG")).noneMatch(t -> t.startsWith("SAF "));
  }

  @Test
  void anOrganisationsNameBeforeACountrysIsItsChapterThere() {
    // "Amnesty International Kenya urged Nairobi to free the activists."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Amnesty/Amnesty/NNP/ORGANIZATION International/International/NNP/ORGANIZATION Kenya/Kenya/NNP/ORGANIZATION "
            + "urged/urge/VBD Nairobi/Nairobi/NNP/LOCATION to/to/TO free/free/VB the/the/DT activists/activist/NNS ././.",
            "root(0,4) compound(3,1) compound(3,2) nsubj(4,3) obj(4,5) xcomp(4,7) punct(4,10) nsubj:xsubj(7,5) mark(7,6) "
            + "obj(7,9) det(9,8)")
        );
    assertThat(coded).anyMatch(t -> t.matches("AMNESTY KEN\\w* 02\\d*"));
  }

  @Test
  void aStatesOfficeAnOrganisationRunsIsThatOrganisations() {
    // "The Taliban-run foreign ministry asked Pakistan to reopen the border."
    List<String> coded = triples(new HandBuiltText()
        .sentence("The/the/DT Taliban/Taliban/NNP/ORGANIZATION -/-/HYPH run/run/VBN foreign/foreign/JJ ministry/ministry/NN "
            + "asked/ask/VBD Pakistan/Pakistan/NNP/LOCATION to/to/TO reopen/reopen/VB the/the/DT border/border/NN ././.",
            "root(0,7) det(6,1) amod(6,4) amod(6,5) obl(4,2) punct(4,3) nsubj(7,6) obj(7,8) xcomp(7,10) punct(7,13) "
            + "nsubj:xsubj(10,8) mark(10,9) obj(10,12) det(12,11)")
        );
    assertThat(coded).anyMatch(t -> t.matches("TALIBAN PAK\\w* 02\\d*"));
  }

  @Test
  void itsOpeningASentenceIsTheSubjectOfTheSentenceBefore() {
    // "Chile has been one of Peru's closest partners in the region. Its main opposition party
    // criticised the deal."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION has/have/VBZ been/be/VBN one/one/CD of/of/IN Peru/Peru/NNP/LOCATION 's/'s/POS "
            + "closest/close/JJS partners/partner/NNS in/in/IN the/the/DT region/region/NN ././.",
            "root(0,4) nsubj(4,1) aux(4,2) cop(4,3) nmod:of(4,9) punct(4,13) case(9,5) nmod:poss(9,6) amod(9,8) "
            + "nmod:in(9,12) case(6,7) case(12,10) det(12,11)")
        .sentence("Its/its/PRP$ main/main/JJ opposition/opposition/NN party/party/NN criticised/criticise/VBD the/the/DT "
            + "deal/deal/NN ././.",
            "root(0,5) nmod:poss(4,1) amod(4,2) compound(4,3) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)")
        );
    assertThat(coded).anyMatch(t -> t.matches("CHLOPP \\S+ 11\\d*")).noneMatch(t -> t.startsWith("PEROPP"));
  }
}
