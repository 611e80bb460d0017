package dev.annals.coding;

/**
 * "Kenya's High Court on Monday suspended a contract under which a Czech consortium was to build a
 * rail line in Nairobi. The transport ministry said it would appeal the ruling.": a court's ruling
 * on a foreign firm's contract, hand-built once for the tests of what it and the answers to it are.
 */
final class RailContractSentences {
  private RailContractSentences() {}

  static final String SUSPENDED = "Kenya/Kenya/NNP/LOCATION 's/'s/POS High/High/NNP/ORGANIZATION Court/Court/NNP/ORGANIZATION on/on/IN Monday/Monday/NNP "
      + "suspended/suspend/VBD a/a/DT contract/contract/NN under/under/IN which/which/WDT a/a/DT Czech/Czech/JJ "
      + "consortium/consortium/NN was/be/VBD to/to/TO build/build/VB a/a/DT rail/rail/NN line/line/NN in/in/IN "
      + "Nairobi/Nairobi/NNP/LOCATION ././.";
  static final String SUSPENDED_EDGES = "root(0,7) nmod:poss(4,1) compound(4,3) nmod:on(4,6) case(1,2) nsubj(7,4) obj(7,9) punct(7,23) case(6,5) det(9,8) "
      + "ref(9,11) acl:relcl(9,17) obl:under(17,9) nsubj(17,14) aux(17,15) mark(17,16) obj(17,20) case(11,10) det(14,12) "
      + "amod(14,13) det(20,18) compound(20,19) nmod:in(20,22) case(22,21)";
  static final String APPEAL = "The/the/DT transport/transport/NN ministry/ministry/NN said/say/VBD it/it/PRP would/would/MD appeal/appeal/VB the/the/DT "
      + "ruling/ruling/NN ././.";
  static final String APPEAL_EDGES = "root(0,4) det(3,1) compound(3,2) nsubj(4,3) ccomp(4,7) punct(4,10) nsubj(7,5) aux(7,6) obj(7,9) det(9,8)";
}
