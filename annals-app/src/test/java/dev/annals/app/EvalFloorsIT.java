package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.annals.app.eval.EvalRequest;
import dev.annals.app.eval.EvalResult;
import dev.annals.app.eval.Evaluation;
import dev.annals.app.eval.Evaluations;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regression floor of issue 3: every evaluation runs on ../shared/eval when it is there and
 * fails when a score falls more than {@value #TOLERANCE} points below the floor recorded in
 * eval-floors.properties. Raise a floor when a change raises the score; never lower one to make
 * a change pass without saying why in the commit.
 */
class EvalFloorsIT {
  static final double TOLERANCE = 2.0;
  static final Path EVAL = SeedArticleIT.SHARED.resolve("eval");

  /** Kind, gold paths and dictionaries under ../shared/eval, as the README's commands give them. */
  static Stream<Arguments> evaluations() {
    return Stream.of(
        Arguments.of("cameo", List.of("cameo/PETR.UnitTest.records.xml"), Map.of(
            "actors", "cameo/PETR.Validate.actors.txt", "agents", "cameo/PETR.Validate.agents.txt", "verbs", "cameo/PETR.Validate.verbs.txt")),
        Arguments.of("timex", List.of("timeml"), Map.of()),
        Arguments.of("plover", List.of("plover/PLOVER_GSR_dev.json"), Map.of()),
        Arguments.of("quotes", List.of("quotes/polnear/dev"), Map.of()),
        Arguments.of("geo", List.of("geo/lgl.xml"), Map.of()),
        Arguments.of("dates", List.of("timeml"), Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluations")
  void scoreStaysAboveItsFloor(String kind, List<String> gold, Map<String, String> dictionaries) throws IOException {
    List<Path> goldPaths = gold.stream().map(EVAL::resolve).toList();
    boolean present = goldPaths.stream().allMatch(Files::exists);
    if (!present) {
      System.err.println("SKIPPED EvalFloorsIT " + kind + ": " + goldPaths + " not found (../shared/eval is absent)");
    }
    assumeTrue(present, "../shared/eval is absent");
    Evaluation evaluation = Evaluations.byKind(kind).orElseThrow();
    StringWriter printed = new StringWriter();
    Map<String, Path> dictionaryPaths = new java.util.LinkedHashMap<>();
    dictionaries.forEach((role, file) -> dictionaryPaths.put(role, EVAL.resolve(file)));
    EvalRequest request = new EvalRequest(goldPaths, Optional.empty(), dictionaryPaths, Annals.shared(), 0,
        new PrintWriter(printed, true), new PrintWriter(System.err, true));
    EvalResult result = evaluation.run(request);
    System.out.println(printed);
    Properties floors = floors();
    List<String> checked = new ArrayList<>();
    for (String name : floors.stringPropertyNames()) {
      if (!name.startsWith(kind + ".")) {
        continue;
      }
      double floor = Double.parseDouble(floors.getProperty(name));
      assertThat(result.scores()).as("score %s", name).containsKey(name);
      double score = result.scores().get(name);
      System.out.printf(Locale.ROOT, "floor %s: %.1f (floor %.1f)%n", name, score, floor);
      assertThat(score).as("%s fell more than %.0f points below its floor %.1f", name, TOLERANCE, floor)
          .isGreaterThanOrEqualTo(floor - TOLERANCE);
      checked.add(name);
    }
    assertThat(checked).as("eval-floors.properties has floors for " + kind).isNotEmpty();
  }

  static Properties floors() throws IOException {
    Properties floors = new Properties();
    try (InputStream in = EvalFloorsIT.class.getResourceAsStream("/eval-floors.properties")) {
      floors.load(in);
    }
    return floors;
  }
}
