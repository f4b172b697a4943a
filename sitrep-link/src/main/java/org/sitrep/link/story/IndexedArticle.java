package org.sitrep.link.story;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article as the index holds it: dictionary codes and counts of its features (for recomputing its
 * vectors when its neighbourhood grows), its vectors, blocking features and similarity edges. The article
 * record and its features are not kept.
 */
final class IndexedArticle {
  /** The bucket of undated articles. */
  static final long UNDATED = Long.MIN_VALUE;
  private static final String[][] NO_EVENTS = new String[0][];

  final String docId;
  /** Position in the index, in order of arrival. */
  final int ix;
  final LocalDate date;
  /** The date where the source or a dateline gave it; null where undated or only inferred from the text. */
  final LocalDate firmDate;
  final long bucket;
  final int[] termCodes;
  final int[] termTf;
  final int[] keyCodes;
  final int[] keyTf;
  long[] vt = new long[0];
  double[] wt = new double[0];
  long[] vk = new long[0];
  double[] wk = new double[0];
  int[] block = new int[0];
  final Edges edges = new Edges();
  /** The days (of the year) an undated article's text names. */
  final int[] days;
  /** The years an article's text names. */
  final int[] years;
  /** Event signatures: type, day, place ({@link ArticleFeatures#signatures}). */
  final String[][] events;
  /** Each event signature's day, as an epoch day (parsed once, compared for every pair). */
  final long[] eventDays;
  /** Dirty-round stamp and position among the dirty articles of that round. */
  int round = -1;
  int dirtyOrder;
  /** Group of this article in the current clustering ({@link Linkage}), valid when {@code groupRound} matches. */
  int group;
  int groupRound = -1;
  List<IndexedArticle> incident;
  List<List<IndexedArticle>> storyline;

  IndexedArticle(ArticleFeatures f, int ix, int bucketDays, Features dict) {
    docId = f.docId();
    this.ix = ix;
    date = f.date();
    firmDate = f.dateInferred() ? null : date;
    days = f.days().stream().mapToInt(Integer::intValue).toArray();
    years = f.years().stream().mapToInt(Integer::intValue).toArray();
    events = f.events().isEmpty() ? NO_EVENTS : f.events().stream().map(e -> e.split("\\|")).toArray(String[][]::new);
    eventDays = Arrays.stream(events).mapToLong(e -> LocalDate.parse(e[1]).toEpochDay()).toArray();
    bucket = date == null ? UNDATED : Math.floorDiv(date.toEpochDay(), bucketDays);
    Map<Long, Integer> t = new TreeMap<>();
    f.terms().forEach((k, v) -> t.merge(id("t:" + k), v, Integer::sum));
    Map<Long, Integer> k = new TreeMap<>();
    f.keys().forEach((x, v) -> k.merge(id("k:" + x), v, Integer::sum));
    termCodes = t.keySet().stream().mapToInt(dict::code).toArray();
    termTf = t.values().stream().mapToInt(Integer::intValue).toArray();
    keyCodes = k.keySet().stream().mapToInt(dict::code).toArray();
    keyTf = k.values().stream().mapToInt(Integer::intValue).toArray();
  }

  public String docId() {
    return docId;
  }

  /** A feature's id: 64-bit FNV-1a of its text (the same in every run, unlike a counter). */
  static long id(String feature) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < feature.length(); i++) {
      h ^= feature.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
