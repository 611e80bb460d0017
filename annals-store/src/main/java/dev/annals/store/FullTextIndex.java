package dev.annals.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of articles, sentences and quotes. Every document carries its article id, so
 * an article's documents are replaced as one ({@link IndexWriter#updateDocuments}) and a second
 * write of the same article leaves it indexed once.
 */
public final class FullTextIndex implements AutoCloseable {
  /** What a document is. */
  public enum Kind {
    ARTICLE,
    SENTENCE,
    QUOTE;

    String field() {
      return name().toLowerCase();
    }
  }

  /**
   * One hit.
   *
   * @param kind article, sentence or quote
   * @param articleId the article it belongs to
   * @param sentence the sentence index (sentences and quotes)
   * @param quote the quote index (quotes)
   * @param score Lucene's score
   * @param highlighted the matching text with the matched words in [brackets]
   */
  public record Hit(Kind kind, String articleId, Optional<Integer> sentence, Optional<Integer> quote, float score, String highlighted) {}

  /** The text of one indexed unit, as the store hands it over. */
  record Unit(Kind kind, int sentence, int quote, String text) {}

  static final String ARTICLE_ID = "article_id";
  static final String KIND = "kind";
  static final String TEXT = "text";
  static final String TITLE = "title";

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  /**
   * The fingerprint of the articles the writer holds, kept in every commit's user data so that the
   * next open can compare it with the database's; empty when unknown (an index written before
   * Annals kept one).
   */
  private Optional<ArticleIdSet> articles;

  FullTextIndex(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    // What a killed process indexed but never committed is gone; the last commit is what remains.
    articles = DirectoryReader.indexExists(directory)
        ? ArticleIdSet.fromCommitData(SegmentInfos.readLatestCommit(directory).getUserData())
        : Optional.of(ArticleIdSet.EMPTY);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    writer = new IndexWriter(directory, config);
  }

  /**
   * Indexes an article that is not indexed yet (not visible to searches until {@link #commit}).
   * Its documents replace any left under its id, but the fingerprint counts the id as new: index
   * an article twice and the next open finds the fingerprint off and walks every id.
   */
  void index(String articleId, Optional<String> title, String text, List<Unit> units) throws IOException {
    List<Document> documents = new ArrayList<>();
    Document article = base(articleId, Kind.ARTICLE, text);
    title.ifPresent(t -> article.add(new TextField(TITLE, t, Field.Store.YES)));
    documents.add(article);
    for (Unit unit : units) {
      Document document = base(articleId, unit.kind(), unit.text());
      document.add(new StoredField("sentence", unit.sentence()));
      if (unit.kind() == Kind.QUOTE) {
        document.add(new StoredField("quote", unit.quote()));
      }
      documents.add(document);
    }
    writer.updateDocuments(new Term(ARTICLE_ID, articleId), documents);
    articles = articles.map(set -> set.with(articleId));
  }

  private static Document base(String articleId, Kind kind, String text) {
    Document document = new Document();
    document.add(new StringField(ARTICLE_ID, articleId, Field.Store.YES));
    document.add(new StringField(KIND, kind.field(), Field.Store.YES));
    document.add(new TextField(TEXT, text, Field.Store.YES));
    return document;
  }

  /** Deletes an indexed article (an id not indexed leaves the fingerprint off, as for {@link #index}). */
  void delete(String articleId) throws IOException {
    writer.deleteDocuments(new Term(ARTICLE_ID, articleId));
    articles = articles.map(set -> set.without(articleId));
  }

  /** The fingerprint of the articles indexed (committed or not); empty when unknown. */
  Optional<ArticleIdSet> articles() {
    return articles;
  }

  /** Declares the fingerprint of the articles indexed, once they have been walked and set right. */
  void articles(ArticleIdSet set) {
    articles = Optional.of(set);
  }

  /** Commits, with the fingerprint (or, when unknown, none: an older one would claim too much). */
  void commit() throws IOException {
    writer.setLiveCommitData(articles.map(ArticleIdSet::commitData).orElse(Map.of()).entrySet());
    writer.commit();
  }

  /** How many articles are indexed (committed or not). */
  public int articleCount() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(KIND, Kind.ARTICLE.field())));
    }
  }

  /**
   * The ids of the articles indexed (committed or not), read from the terms of the id field (every
   * document of an article carries it) rather than from stored fields, which would decompress a
   * block of stored text per article.
   */
  Set<String> articleIds() throws IOException {
    Set<String> ids = new HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(ARTICLE_ID);
        if (terms == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum each = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
          postings = each.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              ids.add(term.utf8ToString());
              break;
            }
          }
        }
      }
    }
    return ids;
  }

  /**
   * Searches with Lucene's classic query syntax over the {@code text} field ({@code title:} for
   * article titles).
   *
   * @param kinds which kinds of documents to return; empty for all
   * @throws IllegalArgumentException when the query does not parse, with the parser's message
   */
  public List<Hit> search(String queryText, Set<Kind> kinds, int limit) throws IOException {
    Objects.requireNonNull(queryText, "queryText");
    Query parsed;
    try {
      parsed = new QueryParser(TEXT, analyzer).parse(queryText);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot parse search query '" + queryText + "': " + e.getMessage(), e);
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
    if (!kinds.isEmpty()) {
      BooleanQuery.Builder kindFilter = new BooleanQuery.Builder();
      for (Kind kind : kinds) {
        kindFilter.add(new TermQuery(new Term(KIND, kind.field())), BooleanClause.Occur.SHOULD);
      }
      builder.add(kindFilter.build(), BooleanClause.Occur.FILTER);
    }
    Query query = builder.build();
    List<Hit> hits = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(query, Math.max(1, limit));
      QueryScorer scorer = new QueryScorer(parsed, TEXT);
      Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("[", "]"), scorer);
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        Document document = searcher.storedFields().document(scoreDoc.doc);
        Kind kind = Kind.valueOf(document.get(KIND).toUpperCase());
        String text = document.get(TEXT);
        highlighter.setTextFragmenter(kind == Kind.ARTICLE ? new SimpleFragmenter(160) : new NullFragmenter());
        String fragment;
        try {
          fragment = highlighter.getBestFragment(analyzer, TEXT, text);
        } catch (InvalidTokenOffsetsException e) {
          throw new IOException("cannot highlight a hit in article " + document.get(ARTICLE_ID), e);
        }
        if (fragment == null) {
          fragment = text.length() > 160 ? text.substring(0, 160) + "..." : text;
        }
        hits.add(new Hit(kind, document.get(ARTICLE_ID),
            Optional.ofNullable(document.getField("sentence")).map(f -> f.numericValue().intValue()),
            Optional.ofNullable(document.getField("quote")).map(f -> f.numericValue().intValue()),
            scoreDoc.score, fragment.replaceAll("\\s+", " ").strip()));
      }
    }
    return hits;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
