package dev.annals.app;

import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import dev.annals.model.EventMention;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals code FILE...}: code plain-text articles and print their events. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Codes plain-text news articles and prints every event found, one per line.",
      "Files that cannot be read are reported on stderr and skipped; the exit code is non-zero only when no file could be read."
    })
public final class CodeCommand implements Callable<Integer> {
  public enum Format {
    jsonl,
    table
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "plain-text article files")
  List<Path> files = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date; relative dates are resolved against it (default: a date in the first lines, else today)")
  LocalDate date;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or table")
  Format format;

  @picocli.CommandLine.Mixin UserDictionaries dictionaries = new UserDictionaries();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> readable = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      try {
        texts.add(ArticleFile.read(file));
        readable.add(file);
      } catch (ArticleFile.Unreadable e) {
        err.println("annals: " + e.getMessage());
      }
    }
    if (readable.isEmpty()) {
      err.flush();
      return 2;
    }
    Optional<String> problem = dictionaries.problem();
    if (problem.isPresent()) {
      err.println("annals: " + problem.get());
      return 2;
    }
    Annals annals;
    try {
      annals = UserDictionaries.apply(Annals.shared(), dictionaries.byRole());
    } catch (dev.annals.coding.knowledge.KnowledgeFileException e) {
      err.println("annals: " + e.getMessage());
      return 2;
    }
    EventJson json = new EventJson();
    for (int i = 0; i < readable.size(); i++) {
      Path file = readable.get(i);
      if (readable.size() > 1) {
        err.printf(Locale.ROOT, "[%d/%d] %s%n", i + 1, readable.size(), file);
        err.flush();
      }
      CodedArticle coded;
      try {
        coded = annals.code(file.getFileName().toString(), texts.get(i), Optional.ofNullable(date));
      } catch (RuntimeException e) {
        err.println("annals: " + file + ": coding failed: " + e);
        continue;
      }
      if (coded.referenceDateOrigin().equals("assumed today")) {
        err.println("annals: " + file + ": no --date and no date in its first lines; assumed today, " + coded.referenceDate());
      }
      if (coded.events().isEmpty()) {
        err.println("annals: " + file + ": no events");
      }
      for (Event event : coded.events()) {
        out.println(format == Format.jsonl ? json.line(coded, event) : tableRow(coded, event));
      }
      out.flush();
    }
    err.flush();
    return 0;
  }

  static String tableRow(CodedArticle article, Event event) {
    EventMention first = event.mentions().get(0);
    String target = event.target().map(t -> t.code()).orElse("-");
    String place = event.place().map(p -> p.name() + p.country().map(c -> " (" + c + ")").orElse("")).orElse("-");
    String evidence = first.evidence().of(article.article().text()).replaceAll("\\s+", " ");
    if (evidence.length() > 90) {
      evidence = evidence.substring(0, 87) + "...";
    }
    String plover = event.type().plover().map(p -> p.eventType()).orElse("-");
    return String.format(Locale.ROOT, "%-9s %-9s %-4s %-38s %-9s %-10s %-12s %-22s %-2d %s",
        event.source().code(), target, event.type().code(), truncate(event.type().name(), 38), plover, event.date().value(),
        event.modality().name().toLowerCase(Locale.ROOT) + (event.negated() ? ",neg" : ""), truncate(place, 22), event.mentions().size(), evidence);
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
