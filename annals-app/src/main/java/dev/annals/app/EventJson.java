package dev.annals.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import dev.annals.model.EventDate;
import dev.annals.model.EventMention;
import dev.annals.model.EventType;
import dev.annals.model.Place;
import dev.annals.model.PloverType;
import java.util.Optional;

/**
 * The event record as JSON, one object per event, with the field names every Annals output uses
 * (JSON Lines, the store, Parquet, the API).
 */
public final class EventJson {
  private final ObjectMapper mapper = new ObjectMapper();

  public ObjectNode event(CodedArticle article, Event event) {
    ObjectNode node = mapper.createObjectNode();
    node.put("article_id", article.article().id());
    EventMention first = event.mentions().get(0);
    node.set("source", actor(first.source().actor(), Optional.of(first.source())));
    event.target().ifPresentOrElse(
        t -> node.set("target", actor(t, first.target())),
        () -> node.putNull("target"));
    node.put("cameo_code", event.type().code());
    node.put("cameo_name", event.type().name());
    node.put("root_code", event.type().rootCode());
    node.put("quad_class", event.type().quadClass().number());
    node.put("goldstein", event.type().goldstein());
    plover(node, event.type());
    date(node, event.date());
    node.put("modality", event.modality().name().toLowerCase());
    node.put("negated", event.negated());
    event.place().ifPresentOrElse(p -> node.set("place", place(p)), () -> node.putNull("place"));
    ArrayNode mentions = node.putArray("mentions");
    for (EventMention mention : event.mentions()) {
      mentions.add(mention(article, mention));
    }
    return node;
  }

  private ObjectNode mention(CodedArticle article, EventMention mention) {
    ObjectNode node = mapper.createObjectNode();
    node.put("sentence_index", mention.sentence());
    node.put("sentence", mention.sentenceText());
    node.put("evidence_start", mention.evidence().start());
    node.put("evidence_end", mention.evidence().end());
    node.put("evidence", mention.evidence().of(article.article().text()));
    node.put("trigger", mention.triggerText());
    node.put("source_text", mention.source().surface());
    mention.target().ifPresentOrElse(t -> node.put("target_text", t.surface()), () -> node.putNull("target_text"));
    node.put("cameo_code", mention.type().code());
    date(node, mention.date());
    node.put("modality", mention.modality().name().toLowerCase());
    node.put("negated", mention.negated());
    mention.quote().ifPresentOrElse(q -> node.put("quote_index", q), () -> node.putNull("quote_index"));
    node.put("confidence", Math.round(mention.confidence() * 100) / 100.0);
    return node;
  }

  private ObjectNode actor(Actor actor, Optional<ActorMention> mention) {
    ObjectNode node = mapper.createObjectNode();
    node.put("code", actor.code());
    mention.ifPresent(m -> node.put("text", m.surface()));
    node.put("name", actor.name());
    actor.country().ifPresentOrElse(c -> node.put("country", c), () -> node.putNull("country"));
    actor.sector().ifPresentOrElse(s -> node.put("sector", s), () -> node.putNull("sector"));
    node.put("kind", actor.kind().name().toLowerCase());
    return node;
  }

  /** PLOVER type, mode and context of the CAMEO code; null (and an empty context) where PLOVER drops the code. */
  private static void plover(ObjectNode node, EventType type) {
    Optional<PloverType> plover = type.plover();
    plover.ifPresentOrElse(p -> node.put("plover_type", p.eventType()), () -> node.putNull("plover_type"));
    plover.flatMap(PloverType::mode).ifPresentOrElse(m -> node.put("plover_mode", m), () -> node.putNull("plover_mode"));
    ArrayNode context = node.putArray("plover_context");
    plover.ifPresent(p -> p.contexts().forEach(context::add));
  }

  private static void date(ObjectNode node, EventDate date) {
    node.put("date", date.value());
    node.put("date_precision", date.precision().name().toLowerCase());
    node.put("date_origin", date.origin().name().toLowerCase());
  }

  private ObjectNode place(Place place) {
    ObjectNode node = mapper.createObjectNode();
    node.put("name", place.name());
    place.country().ifPresentOrElse(c -> node.put("country", c), () -> node.putNull("country"));
    node.put("latitude", place.latitude());
    node.put("longitude", place.longitude());
    node.put("kind", place.kind().name().toLowerCase());
    place.admin1().ifPresent(code -> node.put("admin1", code));
    return node;
  }

  public String line(CodedArticle article, Event event) {
    try {
      return mapper.writeValueAsString(event(article, event));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write event as JSON", e);
    }
  }
}
