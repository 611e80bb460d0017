package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People the law has jailed or convicted are criminals (CRM), as those it seeks are. */
class CondemnedPeopleTest {
  private static final String EDGES = "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) acl(4,5) case(7,6) obl:for(5,7) punct(2,8)";

  @Test
  void foreignersJailedForACrimeAreCriminals() {
    // "Hungary released 300 foreigners jailed for smuggling."
    var article = code(new HandBuiltText().sentence(
        "Hungary/Hungary/NNP/LOCATION released/release/VBD 300/300/CD foreigners/foreigner/NNS jailed/jail/VBN for/for/IN smuggling/smuggling/NN ././.", EDGES));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("HUN HUNCRM 084"));
  }

  @Test
  void menConvictedOfACrimeAreCriminalsNotCivilians() {
    // "Hungary released 300 men convicted of smuggling."
    var article = code(new HandBuiltText().sentence(
        "Hungary/Hungary/NNP/LOCATION released/release/VBD 300/300/CD men/man/NNS convicted/convict/VBN of/of/IN smuggling/smuggling/NN ././.",
        EDGES.replace("obl:for", "obl:of")));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("HUN HUNCRM 084")).noneMatch(t -> t.startsWith("HUN HUNCVL"));
  }

  @Test
  void foreignersOnlySeenAreNoOnesActors() {
    // "Hungary released 300 foreigners held for checks." is not about the law's condemned.
    var article = code(new HandBuiltText().sentence(
        "Hungary/Hungary/NNP/LOCATION released/release/VBD 300/300/CD foreigners/foreigner/NNS held/hold/VBN for/for/IN checks/check/NNS ././.", EDGES));
    assertThat(triples(article)).noneMatch(t -> t.contains("CRM"));
  }
}
