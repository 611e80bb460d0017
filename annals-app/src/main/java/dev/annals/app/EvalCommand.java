package dev.annals.app;

import dev.annals.app.eval.TimemlDocument;
import dev.annals.app.eval.TimexScore;
import dev.annals.model.CodedArticle;
import dev.annals.model.ResolvedTime;
import dev.annals.model.Timex;
import dev.annals.nlp.SuTimeBaseline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals eval KIND GOLD...}: scores Annals against published gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores Annals against gold data and prints precision, recall, F1 and the worst errors.",
        "KIND timex: TimeML documents (.tml files or folders of them), e.g. ../shared/eval/timeml"})
public final class EvalCommand implements Callable<Integer> {
  public enum Kind {
    timex
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "what to score: ${COMPLETION-CANDIDATES}")
  Kind kind;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "GOLD", description = "gold files or folders")
  List<Path> gold = new ArrayList<>();

  @Option(names = "--baseline", description = "also score a peer on the same data in the same run: corenlp")
  Optional<String> baseline = Optional.empty();

  @Option(names = "--report", paramLabel = "FILE", description = "write every error to this file")
  Optional<Path> report = Optional.empty();

  @Option(names = "--errors", defaultValue = "15", description = "how many errors to print (default 15)")
  int errorsShown;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    for (Path path : gold) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.toString().endsWith(".tml")).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        err.println("annals: " + path + ": no such file or folder");
        return 2;
      }
    }
    if (files.isEmpty()) {
      err.println("annals: no .tml files in " + gold);
      return 2;
    }
    Annals annals = Annals.shared();
    Optional<SuTimeBaseline> peer = baseline.filter(b -> b.equals("corenlp")).map(b -> new SuTimeBaseline());
    if (baseline.isPresent() && peer.isEmpty()) {
      err.println("annals: unknown baseline '" + baseline.get() + "'; the one known is corenlp");
      return 2;
    }
    TimexScore ours = new TimexScore();
    TimexScore theirs = new TimexScore();
    int done = 0;
    for (Path file : files) {
      TimemlDocument document;
      try {
        document = TimemlDocument.read(file);
      } catch (IOException e) {
        err.println("annals: " + e.getMessage() + " (skipped)");
        continue;
      }
      CodedArticle coded = annals.code(document.id(), document.text(), Optional.of(document.creationDate()));
      List<TimexScore.Predicted> predicted = new ArrayList<>();
      for (ResolvedTime time : coded.times()) {
        predicted.add(new TimexScore.Predicted(time.span().start(), time.span().end(), time.text(), time.value()));
      }
      ours.add(document, predicted);
      if (peer.isPresent()) {
        List<TimexScore.Predicted> peerPredicted = new ArrayList<>();
        for (Timex timex : peer.get().timexes(document.text(), document.creationDate())) {
          peerPredicted.add(new TimexScore.Predicted(timex.span().start(), timex.span().end(), timex.text(), timex.analyserValue().orElse("")));
        }
        theirs.add(document, peerPredicted);
      }
      done++;
      if (done % 20 == 0) {
        err.printf("annals: %d/%d documents%n", done, files.size());
        err.flush();
      }
    }
    out.println(ours.summary("annals"));
    if (peer.isPresent()) {
      out.println(theirs.summary("corenlp"));
    }
    out.println("errors (first " + errorsShown + " of " + ours.errors().size() + "):");
    ours.errors().stream().limit(errorsShown).forEach(e -> out.println("  " + e));
    if (report.isPresent()) {
      Files.write(report.get(), ours.errors());
      out.println("all errors written to " + report.get());
    }
    return 0;
  }
}
