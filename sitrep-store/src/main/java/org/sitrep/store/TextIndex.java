package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over article text, titles and quotes (Lucene, English analyser). One Lucene document per
 * article ({@code kind=article}) and per quote ({@code kind=quote}), keyed by the article's doc id so a
 * revision replaces them. Lucene's commit data records the highest article sequence indexed; the store
 * re-indexes anything newer on open, so a crash between the database commit and the index commit loses
 * nothing.
 */
final class TextIndex implements AutoCloseable {
  static final String WATERMARK = "sitrep.max_seq";
  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new EnglishAnalyzer();

  /** A hit: the article (and quote index, or -1 for the article itself), its score and a highlighted snippet. */
  record Hit(String kind, String docId, long seq, int quote, float score, String snippet) {
  }

  TextIndex(Path folder) {
    try {
      this.dir = FSDirectory.open(folder);
      IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      this.writer = new IndexWriter(dir, cfg);
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + folder
          + " (is another sitrep using this --data folder?): " + e.getMessage(), e);
    }
  }

  long watermark() {
    Map<String, String> data = new java.util.HashMap<>();
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      data.put(e.getKey(), e.getValue());
    }
    String v = data.get(WATERMARK);
    return v == null ? 0 : Long.parseLong(v);
  }

  void put(long seq, String docId, String title, String text, List<String[]> quotes) {
    try {
      writer.deleteDocuments(new Term("doc_id", docId));
      Document d = new Document();
      d.add(new StringField("kind", "article", Field.Store.YES));
      d.add(new StringField("doc_id", docId, Field.Store.YES));
      d.add(new StoredField("seq", seq));
      d.add(new StoredField("quote", -1));
      d.add(new TextField("text", (title == null ? "" : title + "\n") + (text == null ? "" : text), Field.Store.YES));
      writer.addDocument(d);
      for (int i = 0; i < quotes.size(); i++) {
        Document q = new Document();
        q.add(new StringField("kind", "quote", Field.Store.YES));
        q.add(new StringField("doc_id", docId, Field.Store.YES));
        q.add(new StoredField("seq", seq));
        q.add(new StoredField("quote", i));
        q.add(new TextField("text", quotes.get(i)[0] == null ? "" : quotes.get(i)[0], Field.Store.YES));
        q.add(new TextField("speaker", quotes.get(i)[1] == null ? "" : quotes.get(i)[1], Field.Store.YES));
        writer.addDocument(q);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + docId + ": " + e.getMessage(), e);
    }
  }

  void delete(String docId) {
    try {
      writer.deleteDocuments(new Term("doc_id", docId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void commit(long maxSeq) {
    try {
      writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(maxSeq)).entrySet());
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
    }
  }

  Query parse(String q) {
    QueryParser p = new QueryParser("text", analyzer);
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(q);
    } catch (ParseException e) {
      throw new BadRequest("q", "'" + q + "' is not a valid search query (" + firstLine(e.getMessage())
          + "); use words, \"phrases\", AND/OR/NOT, or escape special characters with \\");
    }
  }

  private static String firstLine(String s) {
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i);
  }

  /** Article sequences whose article (or one of its quotes) matches {@code q}, best first, up to {@code max}. */
  List<Long> articleSeqs(String q, int max) {
    List<Long> out = new ArrayList<>();
    for (Hit h : search(q, null, max, false)) {
      if (!out.contains(h.seq())) {
        out.add(h.seq());
      }
    }
    return out;
  }

  List<Hit> search(String q, String kind, int max, boolean snippets) {
    Query query = parse(q);
    if (kind != null) {
      query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term("kind", kind)), BooleanClause.Occur.FILTER).build();
    }
    try {
      searchers.maybeRefresh();
      IndexSearcher s = searchers.acquire();
      try {
        TopDocs top = s.search(query, Math.max(1, max));
        List<Hit> out = new ArrayList<>();
        Highlighter hl = snippets ? new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new QueryScorer(query, "text")) : null;
        for (ScoreDoc sd : top.scoreDocs) {
          Document d = s.storedFields().document(sd.doc);
          String snippet = null;
          if (hl != null) {
            String text = d.get("text");
            try {
              snippet = hl.getBestFragment(analyzer, "text", text);
            } catch (InvalidTokenOffsetsException e) {
              snippet = null;
            }
          }
          out.add(new Hit(d.get("kind"), d.get("doc_id"), d.getField("seq").numericValue().longValue(),
              d.getField("quote").numericValue().intValue(), sd.score, snippet));
        }
        return out;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
