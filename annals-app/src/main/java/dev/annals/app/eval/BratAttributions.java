package dev.annals.app.eval;

import dev.annals.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One article of an attribution corpus in brat standoff, as PolNeAR publishes it: the text in
 * {@code text/NAME.txt}, one annotator's attributions in {@code attributions/NAME_ANNOTATOR.ann},
 * and the publication date in the corpus' {@code metadata.tsv}.
 *
 * <p>In the {@code .ann} file a text-bound line is {@code Tn<TAB>Role start end[;start end]<TAB>surface}
 * (the surface may run over several lines, which are skipped) and an attribution is
 * {@code En<TAB>Attribution:Tx Content:Ty Cue:Tz Source:Tw}; Source is absent when the text does
 * not say who ("Attribution-no-source"), and a second content may come as {@code Content2}.
 */
public record BratAttributions(String id, String annotator, LocalDate date, String text, List<Attribution> attributions) {
  public BratAttributions {
    attributions = List.copyOf(attributions);
  }

  /**
   * One attribution: who (source) said what (content) by which words (cue). A role may have
   * several discontinuous spans.
   */
  public record Attribution(String id, List<Span> content, List<Span> source, List<Span> cue) {
    public Attribution {
      content = List.copyOf(content);
      source = List.copyOf(source);
      cue = List.copyOf(cue);
    }

    public boolean hasSource() {
      return !source.isEmpty();
    }

    /** From the first content character to the last. */
    public Span contentExtent() {
      return extent(content);
    }

    public Span sourceExtent() {
      return extent(source);
    }

    private static Span extent(List<Span> spans) {
      Span all = spans.get(0);
      for (Span s : spans) {
        all = all.union(s);
      }
      return all;
    }
  }

  private static final Pattern TEXT_BOUND = Pattern.compile("(T\\d+)\\t(\\S+) ([0-9; ]+)\\t?.*");
  private static final Pattern EVENT = Pattern.compile("(E\\d+)\\t(.*)");
  private static final Pattern ANN_NAME = Pattern.compile("(.+)_([0-9a-f]{4})\\.ann");

  /**
   * Every article under the given paths (a corpus folder, a split folder such as
   * {@code polnear/dev}, or single {@code .ann} files). An article annotated by several
   * annotators is read once, from the annotator whose code sorts first.
   */
  public static List<Path> annotationFiles(List<Path> paths) throws IOException {
    TreeMap<String, Path> byArticle = new TreeMap<>();
    for (Path file : GoldFiles.expand(paths, ".ann")) {
      Matcher name = ANN_NAME.matcher(file.getFileName().toString());
      String article = name.matches() ? file.getParent() + "/" + name.group(1) : file.toString();
      byArticle.merge(article, file, (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()) <= 0 ? a : b);
    }
    return new ArrayList<>(byArticle.values());
  }

  /** Reads one annotation file with its text and date; the error names the file and the problem. */
  public static BratAttributions read(Path annFile, Map<String, LocalDate> dates) throws IOException {
    Matcher name = ANN_NAME.matcher(annFile.getFileName().toString());
    if (!name.matches()) {
      throw new IOException(annFile + ": expected a name NAME_ANNOTATOR.ann (annotator: 4 hex digits)");
    }
    String id = name.group(1);
    Path textFile = annFile.getParent().resolveSibling("text").resolve(id + ".txt");
    if (!Files.isRegularFile(textFile)) {
      throw new IOException(annFile + ": its text " + textFile + " does not exist");
    }
    LocalDate date = dates.get(id);
    if (date == null) {
      throw new IOException(annFile + ": article " + id + " is not in metadata.tsv (its publication date is the reference date)");
    }
    String text = Files.readString(textFile);
    Map<String, List<Span>> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    List<String> lines = Files.readAllLines(annFile);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      Matcher bound = TEXT_BOUND.matcher(line);
      if (bound.matches()) {
        spans.put(bound.group(1), parseSpans(bound.group(3).trim(), text.length(), annFile, n + 1));
        continue;
      }
      Matcher event = EVENT.matcher(line);
      if (event.matches()) {
        events.add(event.group(2).trim() + "\t" + (n + 1) + "\t" + event.group(1));
      }
      // anything else: a wrapped surface, a note (#), a blank line
    }
    List<Attribution> attributions = new ArrayList<>();
    for (String event : events) {
      String[] parts = event.split("\t");
      int lineNumber = Integer.parseInt(parts[1]);
      List<Span> content = new ArrayList<>();
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      for (String argument : parts[0].split(" ")) {
        String[] roleAndId = argument.split(":");
        if (roleAndId.length != 2) {
          throw new IOException(annFile + ":" + lineNumber + ": bad argument '" + argument + "' (want Role:Tn)");
        }
        List<Span> target = spans.get(roleAndId[1]);
        if (target == null) {
          throw new IOException(annFile + ":" + lineNumber + ": " + roleAndId[1] + " is not defined");
        }
        String role = roleAndId[0];
        if (role.startsWith("Content")) {
          content.addAll(target);
        } else if (role.equals("Source")) {
          source.addAll(target);
        } else if (role.equals("Cue")) {
          cue.addAll(target);
        }
      }
      if (!content.isEmpty()) {
        attributions.add(new Attribution(parts[2], content, source, cue));
      }
    }
    attributions.sort((a, b) -> Integer.compare(a.contentExtent().start(), b.contentExtent().start()));
    return new BratAttributions(id, name.group(2), date, text, attributions);
  }

  private static List<Span> parseSpans(String field, int textLength, Path file, int line) throws IOException {
    List<Span> spans = new ArrayList<>();
    for (String piece : field.split(";")) {
      String[] bounds = piece.trim().split(" ");
      try {
        int start = Integer.parseInt(bounds[0]);
        int end = Integer.parseInt(bounds[1]);
        if (end > textLength || start > end) {
          throw new IOException(file + ":" + line + ": span " + piece + " lies outside the text (" + textLength + " characters)");
        }
        spans.add(new Span(start, end));
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(file + ":" + line + ": bad span '" + piece + "' (want 'start end')");
      }
    }
    return spans;
  }

  /**
   * Publication dates by article name from the {@code metadata.tsv} found in the folder of the
   * given path or the nearest folder above it (columns {@code filename} and
   * {@code publication_date}, named in its header).
   */
  public static Map<String, LocalDate> dates(Path near) throws IOException {
    Optional<Path> metadata = Optional.empty();
    for (Path dir = near.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("metadata.tsv");
      if (Files.isRegularFile(candidate)) {
        metadata = Optional.of(candidate);
        break;
      }
    }
    if (metadata.isEmpty()) {
      throw new IOException("no metadata.tsv in " + near.toAbsolutePath() + " or above it (PolNeAR's publication dates)");
    }
    Path file = metadata.get();
    Map<String, LocalDate> dates = new HashMap<>();
    try (Stream<String> lines = Files.lines(file)) {
      List<String> all = lines.toList();
      if (all.isEmpty()) {
        throw new IOException(file + ": empty");
      }
      List<String> header = List.of(all.get(0).split("\t", -1));
      int nameColumn = header.indexOf("filename");
      int dateColumn = header.indexOf("publication_date");
      if (nameColumn < 0 || dateColumn < 0) {
        throw new IOException(file + ": header lacks 'filename' or 'publication_date'");
      }
      for (int n = 1; n < all.size(); n++) {
        String[] fields = all.get(n).split("\t", -1);
        if (fields.length <= Math.max(nameColumn, dateColumn) || fields[dateColumn].isBlank()) {
          continue; // PolNeAR's PARC replication rows have no date; an article asked for without one fails in read()
        }
        try {
          dates.put(fields[nameColumn], LocalDate.parse(fields[dateColumn]));
        } catch (DateTimeParseException e) {
          throw new IOException(file + ":" + (n + 1) + ": bad publication_date '" + fields[dateColumn] + "'");
        }
      }
    }
    return dates;
  }
}
