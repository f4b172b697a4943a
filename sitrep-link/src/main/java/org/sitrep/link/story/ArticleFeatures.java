package org.sitrep.link.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.TimeRecord;
import org.sitrep.link.time.DateSpan;

/**
 * What the clusterer compares of an article: term frequencies of its title and text (Lucene's English
 * analyzer: tokens, stop words, possessives, Porter stems) and of its "keys": the canonical names of its
 * entities and places, GeoNames ids, the days and months it mentions, and its events' dyads
 * ({@code ASSAULT:SYR>TUR}). Where an article carries no entities (records from a pipeline without NER),
 * runs of capitalised words stand in for them. {@code dateInferred}: the date is only the one {@code analyze}
 * inferred from the text (no source date, no dateline), so it counts as no firmer evidence of the report's time
 * than the years its text names ({@link IncidentEvidence}).
 */
public record ArticleFeatures(String docId, String source, LocalDate date, Map<String, Integer> terms,
                              Map<String, Integer> keys, java.util.SortedSet<Integer> days,
                              java.util.SortedSet<Integer> years, java.util.SortedSet<String> events,
                              boolean dateInferred) {
  private static final Analyzer ANALYZER = new EnglishAnalyzer();
  private static final Set<String> NOT_NAMES = union(org.sitrep.core.doc.Token.TIME_NER,
      org.sitrep.core.doc.Token.NUMBER_NER, Set.of("CAUSE_OF_DEATH", "CRIMINAL_CHARGE", "EMAIL", "URL", "HANDLE"));
  private static final Pattern CAPS = Pattern.compile("(?<![.!?]\\s)(?<!^)\\b(\\p{Lu}[\\p{L}&'-]+(?:\\s+\\p{Lu}[\\p{L}&'-]+)*)");
  /** Capitalised words that are no name ("The", "Mr", "Monday"), from {@code capitalised-stopwords.tsv}. */
  private static final Set<String> CAP_STOP = DataTable.load(ArticleFeatures.class, "capitalised-stopwords.tsv").words();
  /** Text beyond this many characters adds nothing to the clustering (long tails are mostly background). */
  static final int MAX_TEXT = 6000;
  static final int LEAD_CHARS = 300;
  static final int LEAD_WEIGHT = 2;

  /** The first {@value #LEAD_CHARS} characters or so, cut at a word boundary. */
  static String lead(String text) {
    if (text.length() <= LEAD_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', LEAD_CHARS);
    return text.substring(0, cut > 0 ? cut : LEAD_CHARS);
  }

  public ArticleFeatures {
    terms = Map.copyOf(terms);
    keys = Map.copyOf(keys);
    days = days == null ? new java.util.TreeSet<>() : java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(days));
    years = years == null ? new java.util.TreeSet<>()
        : java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(years));
    events = events == null ? new java.util.TreeSet<>()
        : java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(events));
  }

  public ArticleFeatures(String docId, String source, LocalDate date, Map<String, Integer> terms,
                         Map<String, Integer> keys) {
    this(docId, source, date, terms, keys, null, null, null, false);
  }

  public ArticleFeatures(String docId, String source, LocalDate date, Map<String, Integer> terms,
                         Map<String, Integer> keys, java.util.SortedSet<Integer> days,
                         java.util.SortedSet<Integer> years, java.util.SortedSet<String> events) {
    this(docId, source, date, terms, keys, days, years, events, false);
  }

  /** The features of one article record; {@code date} is the date to cluster it at (null: undated). */
  public static ArticleFeatures of(ArticleRecord a, LocalDate date) {
    return of(a, date, false);
  }

  /**
   * The features of one article record clustered at {@code date} (null: undated), {@code dateInferred} where that
   * date is only inferred from the text.
   */
  public static ArticleFeatures of(ArticleRecord a, LocalDate date, boolean dateInferred) {
    Map<String, Integer> terms = new TreeMap<>();
    if (a.title() != null) {
      analyze(a.title(), terms, 2);
    }
    String text = a.text();
    if (text == null || text.isBlank()) {
      StringBuilder sb = new StringBuilder();
      for (EventRecord e : a.events()) {
        if (e.evidence() != null && e.evidence().sentence() != null) {
          sb.append(e.evidence().sentence()).append('\n');
        }
      }
      a.quotes().forEach(q -> sb.append(q.text()).append('\n'));
      text = sb.toString();
    }
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    analyze(text, terms, 1);
    // the lead (headline and first lines) says what the story is about: its terms count again
    analyze(lead(text), terms, LEAD_WEIGHT - 1);

    Map<String, Integer> keys = new TreeMap<>();
    boolean named = false;
    for (EntityRecord e : a.entities()) {
      if (e.type() != null && NOT_NAMES.contains(e.type())) {
        continue;
      }
      String n = norm(e.name() != null ? e.name() : e.text());
      if (!n.isEmpty()) {
        keys.merge("n:" + n, 1, Integer::sum);
        named = true;
      }
    }
    for (PlaceRecord p : a.places()) {
      String n = norm(p.name() != null ? p.name() : p.text());
      if (!n.isEmpty()) {
        keys.merge("n:" + n, 1, Integer::sum);
        named = true;
      }
      if (p.geonameid() != null) {
        keys.merge("g:" + p.geonameid(), 1, Integer::sum);
      }
    }
    java.util.SortedSet<Integer> days = new java.util.TreeSet<>();
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
    for (TimeRecord t : a.times()) {
      if (!"DATE".equals(t.type())) {
        continue;
      }
      DateSpan d = DateSpan.parse(t.value());
      if (d != null && d.isDay()) {
        days.add(monthDay(d.start()));
      }
      if (d != null && d.yearKnown() && d.end().getYear() - d.start().getYear() <= 1) {
        years.add(d.start().getYear());
        years.add(d.end().getYear());
      }
      if (d != null && d.yearKnown()) {
        if (d.isDay()) {
          keys.merge("d:" + d.start(), 1, Integer::sum);
        }
        if (d.end().toEpochDay() - d.start().toEpochDay() < 31) {
          keys.merge("m:" + d.start().toString().substring(0, 7), 1, Integer::sum);
        }
      }
    }
    for (EventRecord e : a.events()) {
      if (e.event() == null) {
        continue;
      }
      for (String x : countries(e.actor())) {
        for (String y : countries(e.recipient())) {
          keys.merge("v:" + e.event() + ":" + x + ">" + y, 1, Integer::sum);
        }
      }
      for (ActorRecord r : concat(e.actor(), e.recipient())) {
        if (r.name() != null) {
          keys.merge("n:" + norm(r.name()), 1, Integer::sum);
        }
      }
    }
    if (!named && text != null) {
      capitalised(text, keys);
    }
    java.util.SortedSet<String> events = signatures(a, date);
    events.forEach(e -> keys.merge("e:" + e, 1, Integer::sum));
    return new ArticleFeatures(a.docId(), a.source(), date, terms, keys, days, years, events, dateInferred);
  }

  /**
   * What happened where and when, as far as the article's events say it: {@code TYPE|day|place} for each event
   * that occurred (not negated, planned, hypothetical or historical) with a dated day (its year known, or taken
   * from {@code articleDate}) and a place (GeoNames id, else name).
   */
  public static java.util.SortedSet<String> signatures(ArticleRecord a, LocalDate articleDate) {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    for (EventRecord e : a.events()) {
      if (e.event() == null || e.location() == null || e.status() != null && !e.status().equals("occurred")) {
        continue;
      }
      DateSpan d = DateSpan.parse(e.date());
      if (d == null || !d.isDay()) {
        continue;
      }
      if (!d.yearKnown()) {
        if (articleDate == null) {
          continue;
        }
        d = d.withYear(articleDate.getYear());
      }
      PlaceRecord p = e.location();
      String place = p.geonameid() != null ? "g" + p.geonameid() : norm(p.name() != null ? p.name() : p.text());
      if (!place.isEmpty()) {
        out.add(e.event() + "|" + d.start() + "|" + place);
      }
    }
    return out;
  }

  /** A day of the year without its year (month x 31 + day), for undated articles that name days. */
  public static int monthDay(LocalDate d) {
    return d.getMonthValue() * 31 + d.getDayOfMonth();
  }

  private static List<ActorRecord> concat(List<ActorRecord> a, List<ActorRecord> b) {
    List<ActorRecord> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<String> countries(List<ActorRecord> actors) {
    List<String> out = new ArrayList<>();
    for (ActorRecord r : actors) {
      if (r.country() != null && !out.contains(r.country())) {
        out.add(r.country());
      }
    }
    return out;
  }

  static void analyze(String text, Map<String, Integer> into, int weight) {
    try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() < 2 || term.length() > 40 || isNumber(term)) {
          continue;
        }
        into.merge(term.toString(), weight, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse article text: " + e.getMessage(), e);
    }
  }

  private static boolean isNumber(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isDigit(c) && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  private static void capitalised(String text, Map<String, Integer> keys) {
    Matcher m = CAPS.matcher(text);
    while (m.find()) {
      String n = norm(m.group(1));
      if (n.length() > 2 && !CAP_STOP.contains(n)) {
        keys.merge("n:" + n, 1, Integer::sum);
      }
    }
  }

  /** Lower case, no diacritics, single spaces, no leading article. */
  public static String norm(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Set<String> x : sets) {
      out.addAll(x);
    }
    return Set.copyOf(out);
  }
}
