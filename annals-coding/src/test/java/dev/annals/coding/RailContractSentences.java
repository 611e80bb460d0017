package dev.annals.coding;

/**
 * "Kenya's High Court on Monday suspended a contract under which a Czech consortium was to build a
 * rail line in Nairobi. The transport ministry said it would appeal the ruling. The Czech embassy
 * urged the government to settle the matter quickly. Opposition lawmakers accused the transport
 * minister of hiding the terms of the deal.": a court's ruling on a foreign firm's contract,
 * hand-built once for the tests of what it and the answers to it are.
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
  static final String EMBASSY = "The/the/DT Czech/Czech/JJ embassy/embassy/NN urged/urge/VBD the/the/DT government/government/NN to/to/TO "
      + "settle/settle/VB the/the/DT matter/matter/NN quickly/quickly/RB ././.";
  static final String EMBASSY_EDGES = "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,6) xcomp(4,8) punct(4,12) det(6,5) nsubj:xsubj(8,6) mark(8,7) obj(8,10) "
      + "advmod(8,11) det(10,9)";
  static final String OPPOSITION = "Opposition/opposition/NN lawmakers/lawmaker/NNS accused/accuse/VBD the/the/DT transport/transport/NN "
      + "minister/minister/NN of/of/IN hiding/hide/VBG the/the/DT terms/term/NNS of/of/IN the/the/DT deal/deal/NN ././.";
  static final String OPPOSITION_EDGES = "root(0,3) compound(2,1) nsubj(3,2) obj(3,6) advcl:of(3,8) punct(3,14) det(6,4) compound(6,5) case(8,7) obj(8,10) "
      + "det(10,9) nmod:of(10,13) case(13,11) det(13,12)";
}
