package dev.annals.app.eval;

import dev.annals.app.eval.PloverScore.Predicted;
import dev.annals.app.eval.PloverScore.PredictedActor;
import dev.annals.coding.actors.ActorDictionary;
import dev.annals.coding.actors.Organisation;
import dev.annals.model.Actor;
import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import dev.annals.model.EventMention;
import dev.annals.model.PloverType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PLOVER gold-standard records (PLOVER_GSR_*.json): each record's sentence is coded on its own,
 * with the record's date as reference date, and Annals' events, in PLOVER through cameo/plover.tsv,
 * are scored against the record's event type, mode and actors (see {@link PloverScore} for the
 * rules). Negated events ("failed to agree") are not the event they name and are left out. There
 * is no baseline: CoreNLP codes no events.
 */
public final class PloverEvaluation implements Evaluation {
  @Override
  public String kind() {
    return "plover";
  }

  @Override
  public String goldDescription() {
    return "PLOVER gold-standard records as published (a JSON array), e.g. ../shared/eval/plover/PLOVER_GSR_dev.json";
  }

  @Override
  public EvalResult run(EvalRequest request) throws IOException {
    List<PloverRecord> records = new ArrayList<>();
    for (Path file : GoldFiles.expand(request.gold(), ".json")) {
      records.addAll(PloverRecord.read(file));
    }
    if (request.limit() > 0 && records.size() > request.limit()) {
      records = records.subList(0, request.limit());
    }
    if (request.wantsBaseline()) {
      request.out().println("corenlp    no peer: CoreNLP codes no events, so there is no baseline for PLOVER; scoring Annals only");
    }
    ActorDictionary dictionary = ActorDictionary.load();
    PloverScore score = new PloverScore();
    int done = 0;
    for (PloverRecord record : records) {
      CodedArticle coded = request.annals().code(record.id(), record.text(), Optional.of(record.date()));
      score.add(record, predicted(coded, dictionary));
      done++;
      if (done % 20 == 0) {
        request.err().printf("annals: %d/%d records%n", done, records.size());
        request.err().flush();
      }
    }
    request.out().println(score.summary());
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("plover.type.accuracy", score.typeAccuracy());
    scores.put("plover.type05.accuracy", score.typeAccuracy05());
    scores.put("plover.mode.accuracy", score.modeAccuracy());
    scores.put("plover.source.accuracy", score.sourceAccuracy());
    scores.put("plover.target.accuracy", score.targetAccuracy());
    scores.put("plover.sector.accuracy", score.sectorAccuracy());
    return new EvalResult(scores, score.errors());
  }

  static List<Predicted> predicted(CodedArticle coded, ActorDictionary dictionary) {
    List<Predicted> predicted = new ArrayList<>();
    for (Event event : coded.events()) {
      if (event.negated()) {
        continue;
      }
      Optional<PloverType> plover = event.type().plover();
      predicted.add(new Predicted(plover.map(PloverType::eventType), plover.flatMap(PloverType::mode), event.type().code(), event.mentions().stream().map(EventMention::triggerText).toList(),
          actor(event.source(), dictionary), event.target().map(t -> actor(t, dictionary))));
    }
    return predicted;
  }

  /** The actor as PLOVER's gold codes it: its country, or the class of its organisation. */
  static PredictedActor actor(Actor actor, ActorDictionary dictionary) {
    if (actor.country().isPresent()) {
      return new PredictedActor(actor.code(), actor.country().get(), actor.sector());
    }
    Optional<Organisation> organisation = dictionary.organisation(actor.code());
    if (organisation.isPresent()) {
      return new PredictedActor(actor.code(), organisationClass(organisation.get()), actor.sector());
    }
    return new PredictedActor(actor.code(), actor.code(), actor.sector());
  }

  /**
   * IGO, NGO or IMG, or the country of a national group, from the organisation's CAMEO code
   * (IGOWSTNAT, NGOHLHIRC, IMGMOSALQ, PSEREBHMS); from its kind when it has none.
   */
  static String organisationClass(Organisation organisation) {
    String cameo = organisation.cameoCode();
    if (cameo.length() >= 3) {
      return cameo.substring(0, 3);
    }
    return switch (organisation.kind()) {
      case "ngo" -> "NGO";
      case "armed-group" -> "IMG";
      default -> "IGO";
    };
  }
}
