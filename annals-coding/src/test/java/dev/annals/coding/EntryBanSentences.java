package dev.annals.coding;

/**
 * "Lithuania barred 19 Georgian judges from entering the country on Monday.": an entry ban,
 * hand-built once for the tests of what other sides say and do after it.
 */
final class EntryBanSentences {
  private EntryBanSentences() {}

  static final String BARRED = "Lithuania/Lithuania/NNP/LOCATION barred/bar/VBD 19/19/CD Georgian/Georgian/JJ judges/judge/NNS from/from/IN "
      + "entering/enter/VBG the/the/DT country/country/NN on/on/IN Monday/Monday/NNP ././.";
  static final String BARRED_EDGES = "root(0,2) nsubj(2,1) obj(2,5) advcl:from(2,7) punct(2,12) nummod(5,3) amod(5,4) case(7,6) obj(7,9) obl:on(7,11) det(9,8) "
      + "case(11,10)";
}
