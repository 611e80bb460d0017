package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Modality;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A minister of a portfolio is of the state whose ministry of it was named; a presidential office
 * is of the president named last; what was taken away "from" a place was taken there; people of
 * unnamed towns a country's adjective names are of that country; a "that" clause after a demand
 * is what was demanded, not a teller of it.
 */
class TitlesPlacesAndMoodsTest {
  /** A Thursday. */
  private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);

  @Test
  void aMinisterOfAPortfolioIsOfTheStateWhoseMinistryOfItWasNamed() {
    // "The Dutch foreign ministry summoned Russia's ambassador and handed him a protest. 'This was
    // a deliberate attack,' the foreign minister told reporters.": not the summoned envoy's minister.
    var article = code(new HandBuiltText()
        .sentence("The/the/DT Dutch/Dutch/JJ/MISC foreign/foreign/JJ ministry/ministry/NN summoned/summon/VBD Russia/Russia/NNP/LOCATION 's/'s/POS "
                + "ambassador/ambassador/NN and/and/CC handed/hand/VBD him/he/PRP a/a/DT protest/protest/NN ././.",
            "det(4,1) amod(4,2) amod(4,3) nsubj(5,4) nsubj(10,4) root(0,5) nmod:poss(8,6) case(6,7) obj(5,8) cc(10,9) conj:and(5,10) iobj(10,11) "
                + "det(13,12) obj(10,13) punct(5,14)")
        .sentence("``/``/`` This/this/DT was/be/VBD a/a/DT deliberate/deliberate/JJ attack/attack/NN ,/,/, ''/''/'' the/the/DT foreign/foreign/JJ "
                + "minister/minister/NN told/tell/VBD reporters/reporter/NNS ././.",
            "punct(6,1) nsubj(6,2) cop(6,3) det(6,4) amod(6,5) ccomp(12,6) punct(6,7) punct(6,8) det(11,9) amod(11,10) nsubj(12,11) root(0,12) "
                + "obj(12,13) punct(12,14)"), THURSDAY);
    assertThat(article.actors()).filteredOn(a -> a.surface().equalsIgnoreCase("the foreign minister")).isNotEmpty()
        .allMatch(a -> a.actor().code().equals("NLDGOV"));
  }

  @Test
  void aPresidentialOfficeIsOfThePresidentNamedLast() {
    // "President Emmanuel Macron will meet Prime Minister Mark Carney in Ottawa, the presidential
    // palace said."
    var article = code(new HandBuiltText().sentence(
        "President/President/NNP Emmanuel/Emmanuel/NNP/PERSON Macron/Macron/NNP/PERSON will/will/MD meet/meet/VB Prime/Prime/NNP "
            + "Minister/Minister/NNP Mark/Mark/NNP/PERSON Carney/Carney/NNP/PERSON in/in/IN Ottawa/Ottawa/NNP/LOCATION ,/,/, the/the/DT "
            + "presidential/presidential/JJ palace/palace/NN said/say/VBD ././.",
        "compound(3,1) compound(3,2) nsubj(5,3) aux(5,4) ccomp(16,5) compound(9,6) compound(9,7) compound(9,8) obj(5,9) case(11,10) obl:in(5,11) "
            + "punct(16,12) det(15,13) amod(15,14) nsubj(16,15) root(0,16) punct(16,17)"), THURSDAY);
    assertThat(article.actors()).filteredOn(a -> a.surface().equals("the presidential palace")).isNotEmpty()
        .allMatch(a -> a.actor().code().equals("FRAGOV"));
  }

  @Test
  void whatWasTakenFromAPlaceWasTakenThere() {
    // "Gunmen kidnapped three Chinese engineers from a mine in Afghanistan's Logar province.": the
    // gunmen are Afghanistan's, not the engineers' country's.
    var article = code(new HandBuiltText().sentence(
        "Gunmen/gunman/NNS kidnapped/kidnap/VBD three/three/CD Chinese/Chinese/JJ/MISC engineers/engineer/NNS from/from/IN a/a/DT mine/mine/NN "
            + "in/in/IN Afghanistan/Afghanistan/NNP/LOCATION 's/'s/POS Logar/Logar/NNP/LOCATION province/province/NN ././.",
        "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) case(8,6) det(8,7) obl:from(2,8) case(13,9) nmod:poss(13,10) case(10,11) "
            + "compound(13,12) nmod:in(8,13) punct(2,14)"), THURSDAY);
    assertThat(triples(article)).contains("AFGUAF CHNCVL 181").doesNotContain("CHNUAF CHNCVL 181");
  }

  @Test
  void peopleOfUnnamedTownsAreOfTheCountryTheirAdjectiveNames() {
    // "France reported a leak at the Chooz plant. Residents of nearby Belgian towns rallied outside the plant."
    var article = code(new HandBuiltText()
        .sentence("France/France/NNP/LOCATION reported/report/VBD a/a/DT leak/leak/NN at/at/IN the/the/DT Chooz/Chooz/NNP plant/plant/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) det(8,6) compound(8,7) nmod:at(4,8) punct(2,9)")
        .sentence("Residents/resident/NNS of/of/IN nearby/nearby/JJ Belgian/Belgian/JJ/MISC towns/town/NNS rallied/rally/VBD outside/outside/IN "
                + "the/the/DT plant/plant/NN ././.",
            "nsubj(6,1) case(5,2) amod(5,3) amod(5,4) nmod:of(1,5) root(0,6) case(9,7) det(9,8) obl:outside(6,9) punct(6,10)"), THURSDAY);
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("14")).isNotEmpty()
        .allMatch(e -> e.source().code().equals("BELCVL"));
  }

  @Test
  void aThatClauseAfterADemandIsWhatWasDemandedNotItsTeller() {
    // "Belgium demanded that France explain the leak.": "explain" is a saying, but no teller.
    var article = code(new HandBuiltText().sentence(
        "Belgium/Belgium/NNP/LOCATION demanded/demand/VBD that/that/IN France/France/NNP/LOCATION explain/explain/VB the/the/DT leak/leak/NN ././.",
        "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) det(7,6) obj(5,7) punct(2,8)"), THURSDAY);
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("10")).isNotEmpty()
        .allMatch(e -> e.modality() == Modality.ASSERTED);
  }
}
