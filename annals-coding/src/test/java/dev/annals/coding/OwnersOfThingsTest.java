package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One who owns or runs a thing a common noun names is of its business (PhraseResolver, actors/sectors.tsv). */
class OwnersOfThingsTest {
  @Test
  void aBuildingsOwnerIsItsBusiness() {
    // "Kenyan police arrested the building's owner."
    assertThat(triples(code("Kenyan/Kenyan/JJ/MISC police/police/NNS arrested/arrest/VBD the/the/DT building/building/NN 's/'s/POS owner/owner/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) nmod:poss(7,5) case(5,6) obj(3,7) punct(3,8)"))).containsExactly("KENCOP KENBUS 173");
  }

  @Test
  void aPersonsOwnerOfNoThingIsNoOne() {
    // "Kenyan police arrested the dog's owner.": no "dog owner" business.
    assertThat(triples(code("Kenyan/Kenyan/JJ/MISC police/police/NNS arrested/arrest/VBD the/the/DT dog/dog/NN 's/'s/POS owner/owner/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) nmod:poss(7,5) case(5,6) obj(3,7) punct(3,8)"))).containsExactly("KENCOP - 173");
  }

  @Test
  void farmOwnersAreABusiness() {
    // "Malawi accused South African farm owners."
    assertThat(triples(code("Malawi/Malawi/NNP/LOCATION accused/accuse/VBD South/South/NNP/LOCATION African/African/NNP/LOCATION farm/farm/NN owners/owner/NNS ././.",
        "nsubj(2,1) root(0,2) compound(4,3) amod(6,4) compound(6,5) obj(2,6) punct(2,7)"))).anyMatch(t -> t.startsWith("MWI ZAFBUS 11"));
  }
}
