package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Goods named by a country's adjective, bought from no one named, are bought from that country. */
class GoodsOfACountryTest {
  @Test
  void beefNamedUruguayanIsBoughtFromUruguay() {
    // "China's ambassador said on Friday that Beijing was ready to buy more Uruguayan beef once a deal was signed."
    var article = code(new HandBuiltText().sentence(
        "China/China/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN said/say/VBD on/on/IN Friday/Friday/NNP that/that/IN "
            + "Beijing/Beijing/NNP/LOCATION was/be/VBD ready/ready/JJ to/to/TO buy/buy/VB more/more/JJR Uruguayan/Uruguayan/JJ beef/beef/NN "
            + "once/once/IN a/a/DT deal/deal/NN was/be/VBD signed/sign/VBN ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obl:on(4,6) ccomp(4,10) punct(4,21) case(6,5) mark(10,7) nsubj(10,8) cop(10,9) "
            + "xcomp(10,12) nsubj:xsubj(12,8) mark(12,11) obj(12,15) advcl:once(12,20) amod(15,13) amod(15,14) mark(20,16) nsubj:pass(20,18) "
            + "aux:pass(20,19) det(18,17)"), LocalDate.of(2026, 11, 20));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHNGOV URY 0311");
  }
}
