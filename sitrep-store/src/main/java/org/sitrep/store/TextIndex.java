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
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
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

  /** The longest query accepted, in characters. */
  static final int MAX_QUERY_CHARS = 1_000;
  /** The most wildcard, prefix and fuzzy terms one query may hold (each expands over the term dictionary). */
  static final int MAX_EXPANDING_TERMS = 4;
  /** Literal characters a wildcard or prefix term needs before its first {@code *} or {@code ?}. */
  static final int MIN_WILDCARD_PREFIX = 3;

  /**
   * Parses a search query (Lucene's classic syntax: words, "phrases", AND/OR/NOT, field:value, prefix*, fuzzy~),
   * bounded so that no query can take the server's time or memory: regular expressions are refused, wildcard
   * and prefix terms need three literal characters first, fuzzy terms at most two edits, and at most four such
   * expanding terms per query. Anything else wrong is a {@link InvalidInput} naming {@code q}.
   */
  Query parse(String q) {
    return parseQuery(q, analyzer);
  }

  static Query parseQuery(String q, Analyzer analyzer) {
    if (q.length() > MAX_QUERY_CHARS) {
      throw new InvalidInput("q", "the search query is " + q.length() + " characters long; the limit is "
          + MAX_QUERY_CHARS);
    }
    BoundedParser p = new BoundedParser(analyzer);
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(q);
    } catch (ParseException e) {
      throw new InvalidInput("q", "'" + q + "' is not a valid search query (" + firstLine(e.getMessage())
          + "); use words, \"phrases\", AND/OR/NOT, or escape special characters with \\");
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidInput("q", "the search query has too many terms; the limit is "
          + IndexSearcher.getMaxClauseCount());
    } catch (RuntimeException e) { // any other refusal of Lucene's (an automaton too complex, a bad argument)
      throw new InvalidInput("q", "'" + q + "' is not a search query this server can run; use words, \"phrases\","
          + " AND/OR/NOT, prefix* or fuzzy~");
    }
  }

  /** Lucene's classic parser with the expensive term kinds bounded or refused (see {@link #parse}). */
  private static final class BoundedParser extends QueryParser {
    private int expanding;

    BoundedParser(Analyzer analyzer) {
      super("text", analyzer);
      setAllowLeadingWildcard(false);
    }

    private void count() throws ParseException {
      if (++expanding > MAX_EXPANDING_TERMS) {
        throw new ParseException("more than " + MAX_EXPANDING_TERMS + " wildcard, prefix or fuzzy terms");
      }
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw new ParseException("regular expressions (/.../) are not supported");
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      count();
      int first = firstWildcard(termStr);
      if (first < MIN_WILDCARD_PREFIX) {
        throw new ParseException("a wildcard term needs " + MIN_WILDCARD_PREFIX + " letters before its first * or ?"
            + " ('" + termStr + "')");
      }
      return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      count();
      if (termStr.length() < MIN_WILDCARD_PREFIX) {
        throw new ParseException("a prefix term needs " + MIN_WILDCARD_PREFIX + " letters before its * ('"
            + termStr + "*')");
      }
      return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      count();
      if (minSimilarity > org.apache.lucene.util.automaton.LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE) {
        throw new ParseException("a fuzzy term allows at most "
            + org.apache.lucene.util.automaton.LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE + " edits ('"
            + termStr + "~" + (int) minSimilarity + "')");
      }
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    private static int firstWildcard(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '*' || c == '?') {
          return i;
        }
      }
      return s.length();
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
        // snippets are HTML: the text encoded, only the <mark> highlights added
        Highlighter hl = snippets ? new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
            new SimpleHTMLEncoder(), new QueryScorer(query, "text")) : null;
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
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidInput("q", "the search query matches too many terms; use longer prefixes or fewer wildcards");
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
