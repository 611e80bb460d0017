package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts whose other side the text tells by the way: a coup is aimed at whoever governed where power
 * was seized; a thing given back goes where it was taken from, or where it is handed over; an envoy
 * summoned by no one named was summoned by the state he is posted in; to say one will not accept
 * something is to refuse to yield; asking someone for forgiveness is an apology to them.
 */
class ActsAimedByTheirCircumstancesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 6, 10);

  private static List<String> triples(HandBuiltText text) {
    return HandCoding.triples(HandCoding.code(text, DATE));
  }

  @Test
  void powerSeizedInACapitalIsSeizedFromItsGovernment() {
    // "Soldiers seized power in Niamey on Wednesday."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Soldiers/soldier/NNS seized/seize/VBD power/power/NN in/in/IN Niamey/Niamey/NNP/LOCATION on/on/IN "
            + "Wednesday/Wednesday/NNP ././.",
            "root(0,2) nsubj(2,1) obj(2,3) obl:in(2,5) obl:on(2,7) punct(2,8) case(5,4) case(7,6)")
        );
    assertThat(coded).anyMatch(t -> t.matches("\\S+ NERGOV 17\\d*"));
  }

  @Test
  void propertyHandedBackAbroadGoesToThatCountry() {
    // "Britain handed back the bronzes at a ceremony in Benin City on Friday."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Britain/Britain/NNP/LOCATION handed/hand/VBD back/back/RP the/the/DT bronzes/bronze/NNS at/at/IN a/a/DT "
            + "ceremony/ceremony/NN in/in/IN Benin/Benin/NNP/LOCATION City/City/NNP/LOCATION on/on/IN Friday/Friday/NNP ././.",
            "root(0,2) nsubj(2,1) compound:prt(2,3) obj(2,5) obl:at(2,8) obl:on(2,13) punct(2,14) det(5,4) case(8,6) "
            + "det(8,7) nmod:in(8,11) case(11,9) compound(11,10) case(13,12)")
        );
    assertThat(coded).anyMatch(t -> t.matches("GBR\\w* NGA\\w* 084\\d*"));
  }

  @Test
  void whatIsGivenBackGoesWhereItWasTakenFrom() {
    // "Belgium handed back the skulls of 12 people taken from Congo."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Belgium/Belgium/NNP/LOCATION handed/hand/VBD back/back/RP the/the/DT skulls/skull/NNS of/of/IN 12/12/CD people/person/NNS "
            + "taken/take/VBN from/from/IN Congo/Congo/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) compound:prt(2,3) det(5,4) obj(2,5) case(8,6) nummod(8,7) nmod:of(5,8) acl(8,9) case(11,10) obl:from(9,11) "
                + "punct(2,12)"));
    assertThat(coded).anyMatch(t -> t.matches("BEL\\w* COD\\w* 084\\d*"));
  }

  @Test
  void anEnvoySummonedByNoOneNamedIsSummonedByTheStateHeIsPostedIn() {
    // "Germany's ambassador in Minsk was summoned on Monday and told that Minsk would not accept the
    // criticism." What he was told was told on the Monday too.
    var coded = HandCoding.code(new HandBuiltText()
        .sentence("Germany/Germany/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN in/in/IN Minsk/Minsk/NNP/LOCATION was/be/VBD "
            + "summoned/summon/VBN on/on/IN Monday/Monday/NNP and/and/CC told/tell/VBD that/that/IN Minsk/Minsk/NNP/LOCATION "
            + "would/would/MD not/not/RB accept/accept/VB the/the/DT criticism/criticism/NN ././.",
            "root(0,7) nmod:poss(3,1) nmod:in(3,5) case(1,2) nsubj:pass(7,3) aux:pass(7,6) obl:on(7,9) conj:and(7,11) "
            + "punct(7,19) nsubj:pass(11,3) cc(11,10) ccomp(11,16) case(5,4) case(9,8) mark(16,12) nsubj(16,13) aux(16,14) "
            + "advmod(16,15) obj(16,18) det(18,17)")
        , DATE);
    assertThat(HandCoding.triples(coded)).anyMatch(t -> t.matches("BLRGOV DEU\\w* 114"));
    assertThat(coded.events()).filteredOn(e -> e.type().rootCode().equals("12")).isNotEmpty().allMatch(e -> e.date().value().equals("2026-06-08"));
  }

  @Test
  void sayingOneWillNotAcceptSomethingIsARefusalToYield() {
    // "Russia accused Azerbaijan of spying. Azerbaijan said it would not accept the verdict."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Russia/Russia/NNP/LOCATION accused/accuse/VBD Azerbaijan/Azerbaijan/NNP/LOCATION of/of/IN spying/spying/NN "
            + "././.",
            "root(0,2) nsubj(2,1) obj(2,3) obl:of(2,5) punct(2,6) case(5,4)")
        .sentence("Azerbaijan/Azerbaijan/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD not/not/RB accept/accept/VB "
            + "the/the/DT verdict/verdict/NN ././.",
            "root(0,2) nsubj(2,1) ccomp(2,6) punct(2,9) nsubj(6,3) aux(6,4) advmod(6,5) obj(6,8) det(8,7)")
        );
    assertThat(coded).anyMatch(t -> t.matches("AZE\\w* RUS\\w* 12\\d*"));
  }

  @Test
  void aRegionIsNoSideARefusalIsAimedAt() {
    // "Turkey said it would not accept any change of borders in the Balkans."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Turkey/Turkey/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD not/not/RB accept/accept/VB any/any/DT "
            + "change/change/NN of/of/IN borders/border/NNS in/in/IN the/the/DT Balkans/Balkans/NNPS/LOCATION ././.",
            "root(0,2) nsubj(2,1) ccomp(2,6) punct(2,14) nsubj(6,3) aux(6,4) advmod(6,5) obj(6,8) det(8,7) nmod:of(8,10) "
            + "nmod:in(8,13) case(10,9) case(13,11) det(13,12)")
        );
    assertThat(coded).noneMatch(t -> t.contains(" BLK "));
  }

  @Test
  void askingSomeoneForForgivenessIsAnApologyToThem() {
    // "Belgium's king asked Rwandans for forgiveness for colonial abuses."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Belgium/Belgium/NNP/LOCATION 's/'s/POS king/king/NN asked/ask/VBD Rwandans/Rwandan/NNPS for/for/IN "
            + "forgiveness/forgiveness/NN for/for/IN colonial/colonial/JJ abuses/abuse/NNS ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) obl:for(4,7) punct(4,11) case(7,6) nmod:for(7,10) "
            + "case(10,8) amod(10,9)")
        );
    assertThat(coded).anyMatch(t -> t.matches("BEL\\w* RWA\\w* 055"));
  }
}
