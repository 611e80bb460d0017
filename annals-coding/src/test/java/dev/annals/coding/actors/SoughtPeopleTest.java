package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People the law seeks ("wanted", "suspected", "accused") are criminals, as suspects are. */
class SoughtPeopleTest {
  @Test
  void menWantedAreCriminals() {
    // "Belgian police arrested two men wanted for drug trafficking."
    assertThat(code("Belgian/Belgian/JJ/MISC police/police/NNS arrested/arrest/VBD two/two/CD men/man/NNS wanted/want/VBN for/for/IN drug/drug/NN "
            + "trafficking/trafficking/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) acl(5,6) case(9,7) compound(9,8) obl:for(6,9) punct(3,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("BELCOP \\w*CRM 173"));
  }

  @Test
  void menSeenAreNoCriminals() {
    // "Belgian police arrested two men seen at the port."
    assertThat(code("Belgian/Belgian/JJ/MISC police/police/NNS arrested/arrest/VBD two/two/CD men/man/NNS seen/see/VBN at/at/IN the/the/DT "
            + "port/port/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) acl(5,6) case(9,7) det(9,8) obl:at(6,9) punct(3,10)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.contains("CRM"));
  }

  @Test
  void peopleHeldOnSuspicionOfACrimeAreCriminals() {
    // "Croatian police arrested six people on Tuesday on suspicion of trafficking migrants."
    assertThat(code("Croatian/croatian/JJ police/police/NNS arrested/arrest/VBD six/six/CD people/person/NNS on/on/IN Tuesday/Tuesday/NNP "
            + "on/on/IN suspicion/suspicion/NN of/of/IN trafficking/trafficking/NN migrants/migrant/NNS ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,7) obl:on(3,9) punct(3,13) nummod(5,4) case(7,6) case(9,8) "
            + "nmod:of(9,12) case(12,10) compound(12,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("HRVCOP HRVCRM 173"));
  }

  @Test
  void peopleCalledByTheirCountryStayItsPeopleWhateverTheyAreSuspectedOf() {
    // "Kosovo police arrested four Serbian citizens on Wednesday on suspicion of smuggling weapons."
    assertThat(code("Kosovo/Kosovo/NNP/LOCATION police/police/NNS arrested/arrest/VBD four/four/CD Serbian/serbian/JJ citizens/citizen/NNS "
            + "on/on/IN Wednesday/Wednesday/NNP on/on/IN suspicion/suspicion/NN of/of/IN smuggling/smuggling/NN weapons/weapon/NNS ././.",
        "root(0,3) compound(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) obl:on(3,10) punct(3,14) nummod(6,4) amod(6,5) case(8,7) "
            + "case(10,9) nmod:of(10,13) case(13,11) compound(13,12)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("XKXCOP SRBCVL 173"));
  }

  @Test
  void aPlotIsNoCrimeOfCriminals() {
    // "Armenian police detained six people on Wednesday on suspicion of plotting riots."
    assertThat(code("Armenian/armenian/JJ police/police/NN detained/detain/VBD six/six/CD people/person/NNS on/on/IN Wednesday/Wednesday/NNP "
            + "on/on/IN suspicion/suspicion/NN of/of/IN plotting/plot/VBG riots/riot/NNS ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,7) obl:on(3,9) punct(3,13) nummod(5,4) case(7,6) case(9,8) "
            + "nmod:of(9,12) case(12,10) amod(12,11)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.contains("CRM"));
  }

  @Test
  void peopleSuspectedOfSpyingForAStateAreItsSpies() {
    // "Polish police arrested a woman suspected of spying for Belarus."
    assertThat(code("Polish/Polish/JJ police/police/NNS arrested/arrest/VBD a/a/DT woman/woman/NN suspected/suspect/VBN of/of/IN "
            + "spying/spy/VBG for/for/IN Belarus/Belarus/NNP/LOCATION ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) punct(3,11) det(5,4) acl(5,6) obl:of(6,8) case(8,7) nmod:for(8,10) case(10,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("POLCOP BLRSPY 173"));
  }

  @Test
  void nationalsSuspectedOfSpyingStayTheirCountrysPeople() {
    // "Polish authorities arrested two Belarusian citizens on suspicion of spying for Russian military intelligence."
    assertThat(code("Polish/Polish/JJ authorities/authority/NNS arrested/arrest/VBD two/two/CD Belarusian/belarusian/JJ citizens/citizen/NNS "
            + "on/on/IN suspicion/suspicion/NN of/of/IN spying/spy/VBG for/for/IN Russian/Russian/JJ military/military/JJ "
            + "intelligence/intelligence/NN ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) punct(3,15) nummod(6,4) amod(6,5) case(8,7) nmod:of(8,10) case(10,9) "
            + "nmod:for(10,14) case(14,11) amod(14,12) amod(14,13)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("\\w+ BLRCVL 173"));
  }

  @Test
  void peopleSuspectedAfterTheDayOfTheirArrestAreCriminals() {
    // "Danish police arrested three people on Monday suspected of smuggling.": the parser hangs "suspected" on the verb.
    assertThat(code("Danish/Danish/JJ police/police/NNS arrested/arrest/VBD three/three/CD people/person/NNS on/on/IN "
            + "Monday/Monday/NNP suspected/suspect/VBN of/of/IN smuggling/smuggling/NN ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl(3,8) punct(3,11) nummod(5,4) case(7,6) obl:on(8,7) obl:of(8,10) case(10,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("DNKCOP DNKCRM 173"));
  }
}
