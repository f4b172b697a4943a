package org.sitrep.watch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.model.ArticleRecord;

/**
 * The articles incidents are linked over: those published within {@code days} of the newest, at most {@code max}
 * (the oldest leave first; undated ones count as arriving now). Bounded, so a desk running for weeks keeps a flat
 * memory; older incidents stay in the store. Keyed by doc id: a revised article replaces its older version.
 */
final class Window {
  private record Entry(ArticleRecord record, String hash, long arrival) {
  }

  private final int days;
  private final int max;
  private final Map<String, Entry> byDoc = new LinkedHashMap<>();
  private long arrivals;

  Window(int days, int max) {
    this.days = days;
    this.max = max;
  }

  void put(ArticleRecord r, String hash) {
    byDoc.remove(r.docId());
    byDoc.put(r.docId(), new Entry(r, hash, arrivals++));
  }

  /** Drops what fell out of the window. */
  void trim() {
    String newest = null;
    for (Entry e : byDoc.values()) {
      String d = day(e.record());
      if (d != null && (newest == null || d.compareTo(newest) > 0)) {
        newest = d;
      }
    }
    if (newest != null) {
      String cut = java.time.LocalDate.parse(newest).minusDays(days).toString();
      byDoc.values().removeIf(e -> day(e.record()) != null && day(e.record()).compareTo(cut) < 0);
    }
    if (byDoc.size() > max) {
      List<Entry> all = new ArrayList<>(byDoc.values());
      all.sort(Comparator.comparing((Entry e) -> day(e.record()) == null ? "9999" : day(e.record()))
          .thenComparingLong(Entry::arrival));
      for (int i = 0; i < all.size() - max; i++) {
        byDoc.remove(all.get(i).record().docId());
      }
    }
  }

  private static String day(ArticleRecord r) {
    String p = r.published();
    return p != null && p.matches("\\d{4}-\\d{2}-\\d{2}.*") ? p.substring(0, 10) : null;
  }


  Map<String, ArticleRecord> byDoc() {
    Map<String, ArticleRecord> out = new LinkedHashMap<>();
    byDoc.forEach((k, e) -> out.put(k, e.record()));
    return Collections.unmodifiableMap(out);
  }

  /** Doc id to content hash of every article in the window. */
  Map<String, String> hashes() {
    Map<String, String> out = new LinkedHashMap<>();
    byDoc.forEach((k, e) -> out.put(k, e.hash()));
    return out;
  }

  int size() {
    return byDoc.size();
  }
}
