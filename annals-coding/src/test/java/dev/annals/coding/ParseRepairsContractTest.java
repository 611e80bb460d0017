package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.repair.ParseRepair;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Dependency;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every repair in {@link ParseRepairs#ORDER} must do: leave a sentence that CoreNLP parsed
 * right as it was, although it holds the words the repairs look for ("said" after a quotation,
 * "began exporting", "Thursday" after a verb, "next month", an apposition before "said").
 */
class ParseRepairsContractTest {
  private static final LocalDate DATE = LocalDate.of(2023, 5, 10);

  static Stream<Named<ParseRepair>> repairs() {
    return ParseRepairs.ORDER.stream().map(repair -> Named.of(repair.getClass().getSimpleName(), repair));
  }

  @ParameterizedTest
  @MethodSource("repairs")
  void anEmptySentenceIsLeftAlone(ParseRepair repair) {
    List<Dependency> none = List.of();
    assertThat(repair.apply(List.of(), none)).isSameAs(none);
  }

  @ParameterizedTest
  @MethodSource("repairs")
  void sentencesParsedRightAreLeftAlone(ParseRepair repair) {
    AnnotatedText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION said/say/VBD Thursday/Thursday/NNP/DATE that/that/IN Peru/Peru/NNP/LOCATION would/would/MD begin/begin/VB "
                + "exporting/export/VBG grain/grain/NN next/next/JJ/DATE month/month/NN/DATE ././.",
            "nsubj(2,1) root(0,2) obl:tmod(2,3) mark(7,4) nsubj(7,5) aux(7,6) ccomp(2,7) xcomp(7,8) obj(8,9) amod(11,10) obl:tmod(8,11) punct(2,12) "
                + "nsubj:xsubj(8,5)")
        .sentence("“/“/`` We/we/PRP will/will/MD call/call/VB on/on/RP donors/donor/NNS ,/,/, ”/”/'' the/the/DT minister/minister/NN said/say/VBD ././.",
            "punct(4,1) nsubj(4,2) aux(4,3) ccomp(11,4) compound:prt(4,5) obj(4,6) punct(11,7) punct(11,8) det(10,9) nsubj(11,10) root(0,11) punct(11,12)")
        .sentence("Perry/Perry/NNP/PERSON ,/,/, the/the/DT defence/defence/NN secretary/secretary/NN ,/,/, said/say/VBD the/the/DT troops/troop/NNS "
                + "arrived/arrive/VBD in/in/IN Bosnia/Bosnia/NNP/LOCATION last/last/JJ/DATE week/week/NN/DATE ././.",
            "nsubj(7,1) punct(1,2) det(5,3) compound(5,4) appos(1,5) punct(1,6) root(0,7) det(9,8) nsubj(10,9) ccomp(7,10) case(12,11) obl:in(10,12) "
                + "amod(14,13) obl:tmod(10,14) punct(7,15)")
        .build(DATE);
    assertThat(text.sentences()).allSatisfy(sentence -> assertThat(repair.apply(text.tokens(), sentence.dependencies())).isSameAs(sentence.dependencies()));
  }
}
