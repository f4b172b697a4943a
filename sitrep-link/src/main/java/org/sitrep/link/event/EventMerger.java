package org.sitrep.link.event;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.story.ArticleFeatures;

/**
 * Cross-document event coreference inside one story. Mentions are blocked by PLOVER category; a pair is
 * compatible when no field contradicts (actors and recipients overlap where both are given and are not the
 * same sides reversed, dates within the tolerance, places within reach, not negated against affirmed, not
 * from the same article) and it has at least {@code minEvidence} agreeing fields among actor, recipient,
 * date and place. Pairs are merged best first; two groups merge only when every pair across them is
 * compatible (complete link), so two shellings on different days stay apart even when a vaguer report could
 * match both.
 */
public final class EventMerger {
  /** How far back an undated report most likely reaches (see {@link #recentBefore}). */
  private static final int RECENT_DAYS = 7;

  private final LinkSettings s;

  public EventMerger(LinkSettings settings) {
    this.s = settings;
  }

  /** The mentions grouped by real event, groups in order of their first mention. */
  public List<List<Mention>> merge(List<Mention> mentions) {
    int n = mentions.size();
    int[] parent = new int[n];
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
    Map<String, List<Integer>> byType = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String t = mentions.get(i).event().event();
      byType.computeIfAbsent(t == null ? "" : t, k -> new ArrayList<>()).add(i);
    }
    record Pair(int a, int b, double score) {
    }
    List<Pair> pairs = new ArrayList<>();
    boolean[][] compatible = new boolean[n][];
    for (List<Integer> block : byType.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int a = block.get(x);
          int b = block.get(y);
          double sc = score(mentions.get(a), mentions.get(b));
          if (sc >= 0) {
            mark(compatible, a, b, n);
            if (sc >= s.minEvidence()) {
              pairs.add(new Pair(a, b, sc));
            }
          }
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::a).thenComparingInt(Pair::b));
    for (Pair p : pairs) {
      int ra = find(parent, p.a());
      int rb = find(parent, p.b());
      if (ra == rb) {
        continue;
      }
      boolean ok = true;
      for (int i : members.get(ra)) {
        for (int j : members.get(rb)) {
          if (!isCompatible(compatible, i, j)) {
            ok = false;
            break;
          }
        }
        if (!ok) {
          break;
        }
      }
      if (ok) {
        int keep = Math.min(ra, rb);
        int drop = Math.max(ra, rb);
        parent[drop] = keep;
        members.get(keep).addAll(members.get(drop));
        members.set(drop, List.of());
      }
    }
    List<List<Mention>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (find(parent, i) == i) {
        List<Integer> idx = new ArrayList<>(members.get(i));
        idx.sort(Integer::compare);
        List<Mention> g = new ArrayList<>();
        idx.forEach(k -> g.add(mentions.get(k)));
        out.add(g);
      }
    }
    return out;
  }

  private static void mark(boolean[][] c, int a, int b, int n) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    if (c[lo] == null) {
      c[lo] = new boolean[n];
    }
    c[lo][hi] = true;
  }

  private static boolean isCompatible(boolean[][] c, int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return c[lo] != null && c[lo][hi];
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * -1 where the two mentions cannot be one event; otherwise the number of fields on which they agree
   * (actor, recipient, date, place: 1 each), plus a fraction for the words their sentences share.
   */
  public double score(Mention a, Mention b) {
    if (a.docId().equals(b.docId())) {
      return -1;
    }
    if (!same(a.event().event(), b.event().event())) {
      return -1;
    }
    if ("negated".equals(a.event().status()) != "negated".equals(b.event().status())) {
      return -1;
    }
    Set<String> aa = sides(a.event().actor());
    Set<String> ar = sides(a.event().recipient());
    Set<String> ba = sides(b.event().actor());
    Set<String> br = sides(b.event().recipient());
    double ev = 0;
    if (!aa.isEmpty() && !ba.isEmpty()) {
      if (Collections.disjoint(aa, ba)) {
        return -1;
      }
      ev++;
    }
    if (!ar.isEmpty() && !br.isEmpty()) {
      if (Collections.disjoint(ar, br)) {
        return -1;
      }
      ev++;
    }
    // the same two sides with roles reversed (a shelling and the retaliation for it)
    if (reversed(aa, ar, ba, br)) {
      return -1;
    }
    if (a.date() != null && b.date() != null) {
      if (a.date().gapDays(b.date()) > s.dateToleranceDays()) {
        return -1;
      }
      ev++;
    } else if (a.date() != null || b.date() != null) {
      ev += recentBefore(a.date() != null ? a : b, a.date() != null ? b : a) ? 0.5 : 0;
    }
    int place = placeMatch(a.event().location(), b.event().location());
    if (place < 0) {
      return -1;
    }
    ev += place;
    return ev + 0.5 * overlapOfWords(a, b);
  }

  /**
   * Whether the dated mention falls in the week before the undated mention's article appeared: news
   * reports what happened in the last days, so an undated report most likely means such an event.
   */
  private static boolean recentBefore(Mention dated, Mention undated) {
    LocalDate pub = undated.articleDate();
    if (pub == null || !dated.date().yearKnown()) {
      return false;
    }
    LocalDate d = dated.date().start();
    return !d.isAfter(pub) && !d.isBefore(pub.minusDays(RECENT_DAYS));
  }

  private static boolean reversed(Set<String> aa, Set<String> ar, Set<String> ba, Set<String> br) {
    if (aa.isEmpty() || ar.isEmpty() || ba.isEmpty() || br.isEmpty()) {
      return false;
    }
    boolean straight = !Collections.disjoint(aa, ba) && !Collections.disjoint(ar, br);
    boolean crossed = !Collections.disjoint(aa, br) && !Collections.disjoint(ar, ba);
    return crossed && !straight;
  }

  /** 1 where both places are known and compatible, 0 where either is unknown, -1 where they are apart. */
  int placeMatch(PlaceRecord p, PlaceRecord q) {
    if (p == null || q == null) {
      return 0;
    }
    if (p.geonameid() != null && p.geonameid().equals(q.geonameid())) {
      return 1;
    }
    String pn = ArticleFeatures.norm(p.name() != null ? p.name() : p.text());
    String qn = ArticleFeatures.norm(q.name() != null ? q.name() : q.text());
    if (!pn.isEmpty() && pn.equals(qn)) {
      return 1;
    }
    if (p.countryCode() != null && q.countryCode() != null && !p.countryCode().equalsIgnoreCase(q.countryCode())) {
      return -1;
    }
    if (contains(p, q) || contains(q, p)) {
      return 1;
    }
    if (p.lat() != null && p.lon() != null && q.lat() != null && q.lon() != null) {
      return km(p.lat(), p.lon(), q.lat(), q.lon()) <= s.maxKm() ? 1 : -1;
    }
    return 0;
  }

  /** Whether {@code big} (a country or first-level division) holds {@code small}. */
  static boolean contains(PlaceRecord big, PlaceRecord small) {
    String fc = big.featureCode() == null ? "" : big.featureCode();
    if (fc.startsWith("PCL")) {
      return big.countryCode() != null && big.countryCode().equalsIgnoreCase(small.countryCode());
    }
    if (fc.equals("ADM1") && small.admin1() != null) {
      String bn = ArticleFeatures.norm(big.name() != null ? big.name() : big.text());
      return bn.equals(ArticleFeatures.norm(small.admin1()));
    }
    return false;
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
        + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  private static double overlapOfWords(Mention a, Mention b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : x) {
      if (y.contains(w)) {
        common++;
      }
    }
    return common / (double) (x.size() + y.size() - common);
  }

  private static Set<String> words(Mention m) {
    Set<String> out = new LinkedHashSet<>();
    if (m.event().evidence() != null && m.event().evidence().sentence() != null) {
      for (String w : ArticleFeatures.norm(m.event().evidence().sentence()).split(" ")) {
        if (w.length() > 3) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * The sides of a list of actors: countries, or canonical names where no country is known. A bare
   * description with neither ("nine soldiers", "gunmen", "two civilians") says nothing about which side
   * it is, so it gives none: it neither confirms nor contradicts another report's "nine Sudanese soldiers".
   */
  public static Set<String> sides(List<ActorRecord> actors) {
    Set<String> out = new LinkedHashSet<>();
    for (ActorRecord r : actors) {
      if (r.country() != null && !r.country().isBlank()) {
        out.add(r.country().toUpperCase(Locale.ROOT));
      } else if (r.name() != null) {
        String n = ArticleFeatures.norm(r.name());
        if (!n.isEmpty()) {
          out.add("name:" + n);
        }
      }
    }
    return out;
  }

  private static boolean same(String a, String b) {
    return a != null && a.equals(b);
  }
}
