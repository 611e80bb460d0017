package dev.annals.store;

import static dev.annals.store.HandBuiltArticles.CHINA;
import static dev.annals.store.HandBuiltArticles.CONSULT;
import static dev.annals.store.HandBuiltArticles.CRITICIZE;
import static dev.annals.store.HandBuiltArticles.MEET;
import static dev.annals.store.HandBuiltArticles.NATO;
import static dev.annals.store.HandBuiltArticles.RUSSIA;
import static dev.annals.store.HandBuiltArticles.article;
import static dev.annals.store.HandBuiltArticles.reported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir Path folder;

  static List<StoredArticle> threeReportsOfOneMeeting() {
    return List.of(
        article("a1", "Tass", "https://tass.example/a1", "2022-12-30", List.of(
            reported(RUSSIA, "Russia", CHINA, "China", CONSULT, "2022-12-30", "held talks with"),
            reported(RUSSIA, "Moscow", NATO, "NATO", CRITICIZE, "2022-12-30", "condemned"))),
        article("a2", "Xinhua", "https://xinhua.example/a2", "2022-12-30", List.of(
            reported(RUSSIA, "The Kremlin", CHINA, "Beijing", MEET, "2022-12-30", "conferred with"))),
        article("a3", "Tass", "https://tass.example/a3", "2022-12-31", List.of(
            reported(RUSSIA, "Putin", CHINA, "Xi", CONSULT, "2022-12-30", "spoke with"),
            reported(CHINA, "China", RUSSIA, "Russia", CONSULT, "2022-12-30", "consulted"))));
  }

  @Test
  void storedArticleComesBackWithItsSentencesMentionsActorsAndQuotes() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      assertThat(store.write(List.of(threeReportsOfOneMeeting().get(0)), List.of())).isEqualTo(1);
    }
    try (EventStore store = EventStore.open(folder)) {
      Queries queries = new Queries(store);
      Table article = queries.article("a1");
      assertThat(article.size()).isEqualTo(1);
      assertThat(article.value(0, "publisher")).isEqualTo("Tass");
      assertThat(article.value(0, "publication_date")).isEqualTo(LocalDate.of(2022, 12, 30));
      assertThat((String) article.value(0, "text")).startsWith("Russia held talks with China on 2022-12-30.");
      assertThat(store.count("sentences")).isEqualTo(3);
      assertThat(store.count("event_mentions")).isEqualTo(2);
      assertThat(store.count("actor_mentions")).isEqualTo(4);
      assertThat(store.count("quotes")).isEqualTo(1);
      Table mention = queries.query("SELECT * FROM event_mentions WHERE mention_id = ?", List.of("a1#1.0"));
      assertThat(mention.value(0, "source_text")).isEqualTo("Moscow");
      assertThat(mention.value(0, "target_code")).isEqualTo("NATO");
      assertThat(mention.value(0, "target_country")).isNull();
      assertThat(mention.value(0, "cameo_code")).isEqualTo("111");
      assertThat(mention.value(0, "root_code")).isEqualTo("11");
      assertThat(mention.value(0, "quad_class")).isEqualTo(3);
      assertThat(mention.value(0, "evidence")).isEqualTo("Moscow condemned NATO");
      assertThat(mention.value(0, "sentence")).isEqualTo("Moscow condemned NATO on 2022-12-30.");
      assertThat(mention.value(0, "is_root_event")).isEqualTo(true);
    }
  }

  @Test
  void writingAnArticleTwiceKeepsItOnce() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      StoredArticle a1 = threeReportsOfOneMeeting().get(0);
      assertThat(store.write(List.of(a1), List.of())).isEqualTo(1);
      assertThat(store.write(List.of(a1), List.of())).isZero();
      assertThat(store.count("articles")).isEqualTo(1);
      assertThat(store.count("event_mentions")).isEqualTo(2);
      assertThat(store.index().search("talks", Set.of(FullTextIndex.Kind.ARTICLE), 10)).hasSize(1);
    }
  }

  @Test
  void mentionsAcrossArticlesOfOneHappeningAreOneEventWithItsCounts() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      store.write(threeReportsOfOneMeeting(), List.of());
      store.aggregate();
      Queries queries = new Queries(store);
      Table meeting = queries.query("SELECT * FROM events WHERE source_code = 'RUSGOV' AND target_code = 'CHNGOV'", List.of());
      assertThat(meeting.size()).as("consultations (04) and an intent to meet (03) stay apart").isEqualTo(2);
      Table consult = queries.query(
          "SELECT * FROM events WHERE source_code = 'RUSGOV' AND target_code = 'CHNGOV' AND root_code = '04'", List.of());
      assertThat(consult.value(0, "num_mentions")).isEqualTo(2);
      assertThat(consult.value(0, "num_articles")).isEqualTo(2);
      assertThat(consult.value(0, "num_sources")).as("a1 and a3 are both Tass").isEqualTo(1);
      assertThat(consult.value(0, "source_url")).isEqualTo("https://tass.example/a1");
      assertThat(consult.value(0, "is_root_event")).isEqualTo(true);
      assertThat(consult.value(0, "goldstein")).isEqualTo(1.0);
      assertThat(store.count("events")).isEqualTo(4);
      assertThat(store.count("event_links")).isEqualTo(5);
      String id = (String) consult.value(0, "event_id");
      Table links = queries.query("SELECT m.article_id FROM event_links l JOIN event_mentions m USING (mention_id) "
          + "WHERE l.event_id = ? ORDER BY 1", List.of(id));
      assertThat(links.rows()).containsExactly(List.of("a1"), List.of("a3"));
      store.aggregate();
      assertThat(queries.query("SELECT event_id FROM events WHERE event_id = ?", List.of(id)).size())
          .as("event ids survive a rebuild").isEqualTo(1);
    }
  }

  @Test
  void equallyFrequentNamesAreChosenTheSameWayEveryTime() throws Exception {
    // Two names of one actor code, each given once: mode() alone would pick either.
    Actor park = new Actor("KORCVL", "Park Tae-Hwan", Optional.of("KOR"), Optional.of("CVL"), ActorKind.STATE);
    Actor civilians = new Actor("KORCVL", "South Korea civilians", Optional.of("KOR"), Optional.of("CVL"), ActorKind.STATE);
    try (EventStore store = EventStore.open(folder)) {
      store.write(List.of(
          article("k1", "Yonhap", "https://yonhap.example/k1", "2022-12-30", List.of(reported(civilians, "civilians", CHINA, "China", CRITICIZE, "2022-12-30", "condemned"))),
          article("k2", "Yonhap", "https://yonhap.example/k2", "2022-12-30", List.of(reported(park, "Park", CHINA, "China", CRITICIZE, "2022-12-30", "condemned")))),
          List.of());
      store.aggregate();
      Queries queries = new Queries(store);
      for (int run = 0; run < 5; run++) {
        assertThat(queries.query("SELECT source_name FROM events WHERE source_code = 'KORCVL'", List.of()).value(0, "source_name"))
            .as("the first in input order").isEqualTo("South Korea civilians");
        assertThat(queries.query("SELECT name FROM actors WHERE code = 'KORCVL'", List.of()).value(0, "name"))
            .as("the first alphabetically").isEqualTo("Park Tae-Hwan");
        store.aggregate();
      }
    }
  }

  @Test
  void aCopyFromAnotherPublisherCountsAsAnotherSourceAndArticle() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      store.write(threeReportsOfOneMeeting().subList(0, 1), List.of(
          new ArticleCopy("a1-reprint", "a1", Optional.of("https://rt.example/x"), Optional.of("RT"), Optional.empty(),
              "feed.xml#2", "near_duplicate", 0.82),
          new ArticleCopy("a1-again", "a1", Optional.of("https://tass.example/a1?utm=x"), Optional.of("Tass"), Optional.empty(),
              "feed.xml#3", "same_url", 1.0)));
      store.aggregate();
      Table condemn = new Queries(store).query("SELECT * FROM events WHERE root_code = '11'", List.of());
      assertThat(condemn.value(0, "num_articles")).isEqualTo(3);
      assertThat(condemn.value(0, "num_sources")).isEqualTo(2);
      assertThat(condemn.value(0, "num_mentions")).isEqualTo(1);
      assertThat(store.contains("a1-reprint")).isTrue();
    }
  }

  @Test
  void fullTextSearchFindsSentencesAndQuotesWithHighlights() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      store.write(threeReportsOfOneMeeting(), List.of());
      List<FullTextIndex.Hit> hits = store.index().search("condemned", Set.of(FullTextIndex.Kind.SENTENCE), 10);
      assertThat(hits).hasSize(1);
      assertThat(hits.get(0).articleId()).isEqualTo("a1");
      assertThat(hits.get(0).sentence()).contains(1);
      assertThat(hits.get(0).highlighted()).isEqualTo("Moscow [condemned] NATO on 2022-12-30.");
      List<FullTextIndex.Hit> quotes = store.index().search("\"talked about\"", Set.of(FullTextIndex.Kind.QUOTE), 10);
      assertThat(quotes).hasSize(3);
      assertThat(quotes.get(0).quote()).contains(0);
    }
  }

  @Test
  void indexMissingAnArticleIsRepairedFromTheDatabaseOnOpen() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      store.write(threeReportsOfOneMeeting(), List.of());
      store.index().delete("a2");
      store.index().commit();
      assertThat(store.index().search("conferred", Set.of(), 10)).isEmpty();
    }
    try (EventStore store = EventStore.open(folder)) {
      assertThat(store.index().search("conferred", Set.of(FullTextIndex.Kind.SENTENCE), 10))
          .extracting(FullTextIndex.Hit::articleId).containsExactly("a2");
    }
  }

  @Test
  void openingAStoreWhoseIndexIsInLineWalksNoIds() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      assertThat(store.indexRepair().walked()).as("a new store and a new index are both empty").isFalse();
      store.write(threeReportsOfOneMeeting(), List.of());
    }
    try (EventStore store = EventStore.open(folder)) {
      assertThat(store.indexRepair()).isEqualTo(new EventStore.IndexRepair(false, 0, 0));
      assertThat(store.index().articleCount()).isEqualTo(3);
    }
  }

  @Test
  void killedBetweenTheDatabaseCommitAndTheIndexCommitTheIndexCatchesUpOnOpen() throws Exception {
    List<StoredArticle> articles = threeReportsOfOneMeeting();
    try (EventStore store = EventStore.open(folder)) {
      store.write(articles.subList(0, 1), List.of());
    }
    // What a kill leaves: DuckDB committed a2 and a3, the index's last commit is from before.
    Path lastCommit = folder.resolveSibling(folder.getFileName() + "-index-before");
    copyFolder(folder.resolve(EventStore.INDEX_FOLDER), lastCommit);
    try (EventStore store = EventStore.open(folder)) {
      store.write(articles.subList(1, 3), List.of());
    }
    deleteFolder(folder.resolve(EventStore.INDEX_FOLDER));
    copyFolder(lastCommit, folder.resolve(EventStore.INDEX_FOLDER));
    try (EventStore store = EventStore.open(folder)) {
      assertThat(store.indexRepair()).isEqualTo(new EventStore.IndexRepair(true, 2, 0));
      assertThat(store.index().search("conferred", Set.of(FullTextIndex.Kind.SENTENCE), 10))
          .extracting(FullTextIndex.Hit::articleId).containsExactly("a2");
      assertThat(store.index().articleCount()).isEqualTo(3);
    }
    try (EventStore store = EventStore.open(folder)) {
      assertThat(store.indexRepair().walked()).as("the repair's commit recorded the database's ids").isFalse();
    }
  }

  @Test
  void articlesDeletedByHandAreFoundByTheirCountAndLeaveTheIndex() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      store.write(threeReportsOfOneMeeting(), List.of());
    }
    try (EventStore store = EventStore.open(folder); var statement = store.connection().createStatement()) {
      statement.execute("DELETE FROM articles WHERE article_id = 'a2'");
    }
    try (EventStore store = EventStore.open(folder)) {
      assertThat(store.indexRepair()).isEqualTo(new EventStore.IndexRepair(true, 0, 1));
      assertThat(store.index().search("talks", Set.of(FullTextIndex.Kind.ARTICLE), 10))
          .extracting(FullTextIndex.Hit::articleId).containsExactlyInAnyOrder("a1", "a3");
    }
    try (EventStore store = EventStore.open(folder)) {
      assertThat(store.indexRepair().walked()).isFalse();
    }
  }

  @Test
  void aStoreWithoutTheFingerprintRowGetsOneFromItsIdsOnOpen() throws Exception {
    try (EventStore store = EventStore.open(folder); var statement = store.connection().createStatement()) {
      store.write(threeReportsOfOneMeeting(), List.of());
      statement.execute("DELETE FROM article_id_set");
    }
    try (EventStore store = EventStore.open(folder)) {
      assertThat(store.indexRepair().walked()).as("the ids scanned in DuckDB match the index's fingerprint").isFalse();
      assertThat(ArticleIdSet.kept(store.connection())).contains(ArticleIdSet.ofArticles(store.connection()));
    }
  }

  @Test
  void theDatabaseAndJavaHashArticleIdsAlike() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      assertThat(ArticleIdSet.ofArticles(store.connection())).isEqualTo(ArticleIdSet.EMPTY);
      store.write(threeReportsOfOneMeeting(), List.of());
      assertThat(ArticleIdSet.ofArticles(store.connection()))
          .isEqualTo(ArticleIdSet.EMPTY.with("a1").with("a2").with("a3"))
          .isNotEqualTo(ArticleIdSet.EMPTY.with("a1").with("a2").with("a4"));
      assertThat(ArticleIdSet.EMPTY.with("a1").with("a2").without("a1")).isEqualTo(ArticleIdSet.EMPTY.with("a2"));
      assertThat(ArticleIdSet.kept(store.connection())).as("the row written with the articles")
          .contains(ArticleIdSet.ofArticles(store.connection()));
    }
  }

  private static void copyFolder(Path from, Path to) throws java.io.IOException {
    try (var paths = java.nio.file.Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (java.nio.file.Files.isDirectory(path)) {
          java.nio.file.Files.createDirectories(target);
        } else {
          java.nio.file.Files.copy(path, target);
        }
      }
    }
  }

  private static void deleteFolder(Path folder) throws java.io.IOException {
    try (var paths = java.nio.file.Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(path);
      }
    }
  }

  @Test
  void aBatchThatFailsLeavesNothingBehind() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      List<StoredArticle> articles = threeReportsOfOneMeeting();
      // a stray sentence row of a2 makes a2's rows clash with the primary key, after a1's rows were appended
      try (var statement = store.connection().createStatement()) {
        statement.execute("INSERT INTO sentences VALUES ('a2', 0, 0, 1, 'x')");
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.write(articles, List.of()))
          .isInstanceOf(java.sql.SQLException.class);
      assertThat(store.count("articles")).isZero();
      assertThat(store.count("event_mentions")).isZero();
      assertThat(store.count("sentences")).isEqualTo(1);
      assertThat(store.index().search("talks", Set.of(), 10)).isEmpty();
      assertThat(ArticleIdSet.kept(store.connection())).contains(ArticleIdSet.EMPTY);
      try (var statement = store.connection().createStatement()) {
        statement.execute("DELETE FROM sentences");
      }
      assertThat(store.write(articles, List.of())).isEqualTo(3);
    }
  }

  @Test
  void aStoreWrittenBeforeAColumnWasAddedGainsItAndKeepsItsRows() throws Exception {
    try (EventStore store = EventStore.open(folder)) {
      store.write(List.of(threeReportsOfOneMeeting().get(0)), List.of());
    }
    // Make it the store an earlier Annals wrote: event_mentions without place_admin1.
    try (java.sql.Connection old = java.sql.DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(EventStore.DATABASE_FILE));
        java.sql.Statement statement = old.createStatement()) {
      statement.execute("ALTER TABLE event_mentions DROP COLUMN place_admin1");
    }
    try (EventStore store = EventStore.open(folder)) {
      assertThat(store.count("event_mentions")).isEqualTo(2);
      assertThat(store.write(List.of(threeReportsOfOneMeeting().get(1)), List.of())).isEqualTo(1);
      assertThat(store.count("event_mentions")).isEqualTo(3);
      Table columns = new Queries(store).query("SELECT count(*) AS n FROM event_mentions WHERE place_admin1 IS NULL", List.of());
      assertThat(((Number) columns.value(0, "n")).longValue()).isEqualTo(3);
    }
  }
}
