package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Article;
import dev.annals.model.CodedArticle;
import dev.annals.model.DateOrigin;
import dev.annals.model.DatePrecision;
import dev.annals.model.Event;
import dev.annals.model.EventDate;
import dev.annals.model.EventMention;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import dev.annals.model.PloverType;
import dev.annals.model.QuadClass;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event record's PLOVER fields in JSON and in the table, on a hand-built event. */
class EventJsonTest {
  private static final String TEXT = "Japan hosted Kenya.";
  private static final LocalDate DAY = LocalDate.of(2024, 5, 9);

  private static CodedArticle article(EventType type) {
    Article article = Article.of("a.txt", TEXT, DAY);
    ActorMention japan = new ActorMention(new Span(0, 5), "Japan", new Actor("JPN", "Japan", Optional.of("JPN"), Optional.empty(), ActorKind.STATE));
    ActorMention kenya = new ActorMention(new Span(13, 18), "Kenya", new Actor("KEN", "Kenya", Optional.of("KEN"), Optional.empty(), ActorKind.STATE));
    EventDate date = new EventDate("2024-05-09", DAY, DAY, DatePrecision.DAY, DateOrigin.PUBLICATION, Optional.empty());
    EventMention mention = new EventMention("a.txt", 0, TEXT, new Span(0, 18), new Span(6, 12), "hosted", japan, Optional.of(kenya), type, date,
        Modality.ASSERTED, false, Optional.empty(), Optional.empty(), 0.8);
    Event event = new Event(japan.actor(), Optional.of(kenya.actor()), type, date, Modality.ASSERTED, false, Optional.empty(), List.of(mention));
    return new CodedArticle(article, DAY, "given", List.of(japan, kenya), List.of(event), List.of(), List.of());
  }

  @Test
  void theRecordCarriesPloverTypeModeAndContext() {
    EventType host = new EventType("043", "Host a visit", 2.8, QuadClass.VERBAL_COOPERATION,
        Optional.of(new PloverType("CONSULT", Optional.of("visit"), List.of("diplomatic"))));
    CodedArticle article = article(host);
    JsonNode json = new EventJson().event(article, article.events().get(0));
    assertThat(json.get("plover_type").asText()).isEqualTo("CONSULT");
    assertThat(json.get("plover_mode").asText()).isEqualTo("visit");
    assertThat(json.get("plover_context")).hasSize(1);
    assertThat(json.get("plover_context").get(0).asText()).isEqualTo("diplomatic");
    assertThat(CodeCommand.tableRow(article, article.events().get(0))).contains(" 043 ").contains("CONSULT");
  }

  @Test
  void aCodePloverDropsHasNullTypeAndModeAndAnEmptyContext() {
    EventType statement = new EventType("010", "Make statement", 0.0, QuadClass.VERBAL_COOPERATION);
    CodedArticle article = article(statement);
    JsonNode json = new EventJson().event(article, article.events().get(0));
    assertThat(json.get("plover_type").isNull()).isTrue();
    assertThat(json.get("plover_mode").isNull()).isTrue();
    assertThat(json.get("plover_context")).isEmpty();
  }
}
