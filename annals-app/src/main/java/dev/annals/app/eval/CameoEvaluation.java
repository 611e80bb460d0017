package dev.annals.app.eval;

import dev.annals.app.Annals;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import dev.annals.model.EventMention;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PETRARCH validation records: each sentence is coded on its own, with the record's date, by
 * Annals extended with the PETRARCH-format dictionaries given (--actors, --agents, --verbs).
 * An expected event is found when Annals yields the same (source, target, code); an event Annals
 * yields that no record expects is a false event. Records that test PETRARCH's own errors
 * (dateline, discards, bad input) are left out and counted.
 *
 * <p>Codes compare as PETRARCH writes them: a group of no known country is "---" with its agent
 * ("---GOV"), a missing target is "---".
 */
public final class CameoEvaluation implements Evaluation {
  @Override
  public String kind() {
    return "cameo";
  }

  @Override
  public String goldDescription() {
    return "PETRARCH validation records (XML), e.g. ../shared/eval/cameo/PETR.UnitTest.records.xml";
  }

  @Override
  public EvalResult run(EvalRequest request) throws IOException {
    List<PetrarchRecord> records = new ArrayList<>();
    for (Path file : GoldFiles.expand(request.gold(), ".xml")) {
      records.addAll(PetrarchRecord.read(file));
    }
    if (request.limit() > 0 && records.size() > request.limit()) {
      records = records.subList(0, request.limit());
    }
    if (request.wantsBaseline()) {
      request.out().println("corenlp    (no peer: CoreNLP does not code events)");
    }
    Annals annals = dev.annals.app.UserDictionaries.apply(request.annals(), request.dictionaries());

    int expectedCount = 0;
    int found = 0;
    int foundRoot = 0;
    int predictedCount = 0;
    int falseEvents = 0;
    int skipped = 0;
    Map<String, int[]> byCategory = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    int done = 0;
    for (PetrarchRecord record : records) {
      if (record.error().isPresent()) {
        skipped++;
        continue;
      }
      CodedArticle coded = annals.code(record.id(), record.text(), Optional.of(record.date()));
      Set<PetrarchRecord.Expected> predicted = new LinkedHashSet<>();
      for (Event event : coded.events()) {
        for (EventMention mention : event.mentions()) {
          predicted.add(new PetrarchRecord.Expected(code(mention.source().actor()), mention.target().map(t -> code(t.actor())).orElse("---"), mention.type().code()));
        }
      }
      Set<PetrarchRecord.Expected> expected = new LinkedHashSet<>(record.expected());
      int hits = 0;
      for (PetrarchRecord.Expected e : expected) {
        if (predicted.contains(e)) {
          hits++;
        }
        if (predicted.stream().anyMatch(p -> p.source().equals(e.source()) && p.target().equals(e.target()) && root(p.code()).equals(root(e.code())))) {
          foundRoot++;
        }
      }
      int falses = (int) predicted.stream().filter(p -> !expected.contains(p)).count();
      expectedCount += expected.size();
      found += hits;
      predictedCount += predicted.size();
      falseEvents += falses;
      int[] tally = byCategory.computeIfAbsent(record.category(), k -> new int[3]);
      tally[0] += expected.size();
      tally[1] += hits;
      tally[2] += falses;
      if (hits < expected.size() || falses > 0) {
        errors.add(String.format(Locale.ROOT, "%s [%s]: %s | expected %s | got %s", record.id(), record.category(), record.text(),
            expected.isEmpty() ? "no events" : expected, predicted.isEmpty() ? "no events" : predicted));
      }
      done++;
      if (done % 50 == 0) {
        request.err().printf("annals: %d/%d records%n", done, records.size());
        request.err().flush();
      }
    }
    double recall = expectedCount == 0 ? 0 : 100.0 * found / expectedCount;
    double rootRecall = expectedCount == 0 ? 0 : 100.0 * foundRoot / expectedCount;
    double falseRate = predictedCount == 0 ? 0 : 100.0 * falseEvents / predictedCount;
    double precision = predictedCount == 0 ? 0 : 100.0 * (predictedCount - falseEvents) / predictedCount;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    request.out().printf(Locale.ROOT, "annals     records=%d (skipped %d error records)  expected=%d found=%d (%.1f%%, root code %.1f%%)  predicted=%d false=%d (%.1f%%)  P=%.1f R=%.1f F1=%.1f%n",
        done, skipped, expectedCount, found, recall, rootRecall, predictedCount, falseEvents, falseRate, precision, recall, f1);
    byCategory.forEach((category, t) -> request.out().printf(Locale.ROOT, "  %-9s expected=%3d found=%3d false=%3d%n", category, t[0], t[1], t[2]));
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("cameo.found", recall);
    scores.put("cameo.found.root", rootRecall);
    // Floors need "higher is better": the share of Annals' events that were expected.
    scores.put("cameo.precision", precision);
    return new EvalResult(scores, errors);
  }

  /** An actor's code as PETRARCH writes it: a group of no country is "---" plus its agent. */
  static String code(Actor actor) {
    if (actor.kind() == ActorKind.GROUP && actor.country().isEmpty()) {
      return "---" + actor.code();
    }
    return actor.code();
  }

  private static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }
}
