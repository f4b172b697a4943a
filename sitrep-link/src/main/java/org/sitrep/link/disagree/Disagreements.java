package org.sitrep.link.disagree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.Disagreement;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.NumberValue;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.TimeRecord;
import org.sitrep.link.event.EventMerger;
import org.sitrep.link.event.Mention;
import org.sitrep.link.story.ArticleFeatures;
import org.sitrep.link.time.DateSpan;
import org.sitrep.link.time.Deadlines;

/**
 * Where the reports of one event, or the figures of one story, differ, and what they phrase differently but
 * agree on. Kinds: {@code count} (intervals apart on the same basis), {@code composition} (the same total
 * split differently), {@code time_basis} (figures over different periods), {@code attribution} (the same
 * figure from different claimants), {@code date}, {@code actor}, {@code location}; agreements have kind
 * {@code agreement}. Pure functions over records.
 */
public final class Disagreements {
  private Disagreements() {
  }

  /** What one merged event's mentions say differently: disagreements, agreements, conservative figures. */
  public record EventFindings(List<Disagreement> disagreements, List<Disagreement> agreements,
                              Map<String, NumberValue> size) {
  }

  public static EventFindings forEvent(List<Mention> group) {
    List<Disagreement> dis = new ArrayList<>();
    List<Disagreement> agr = new ArrayList<>();
    Map<String, NumberValue> size = new TreeMap<>();
    // figures, per kind
    Map<String, List<Total>> totals = new TreeMap<>();
    for (Mention m : group) {
      Map<String, List<Claim>> parts = parts(m);
      parts.forEach((kind, claims) -> totals.computeIfAbsent(kind, k -> new ArrayList<>()).add(Total.of(m, claims)));
    }
    for (Map.Entry<String, List<Total>> e : totals.entrySet()) {
      List<Total> ts = e.getValue();
      Total lowest = ts.stream().min((x, y) -> Double.compare(x.low, y.low)).orElseThrow();
      size.put(e.getKey(), lowest.number());
      Disagreement d = compareTotals("size." + e.getKey(), ts);
      if (d != null) {
        dis.add(d);
      }
    }
    dates(group, dis, agr);
    actors(group, "actor", dis);
    actors(group, "recipient", dis);
    locations(group, dis);
    deadlines(group, dis, agr);
    return new EventFindings(dis, agr, size);
  }

  /** One mention's figure of one kind: the sum of its parts where they count different people. */
  record Total(Mention m, List<Claim> parts, double low, double high, String text) {
    static Total of(Mention m, List<Claim> parts) {
      Set<String> whos = new LinkedHashSet<>();
      boolean generic = false;
      for (Claim c : parts) {
        generic |= c.who() == null;
        whos.add(String.valueOf(c.who()));
      }
      List<String> texts = new ArrayList<>();
      parts.forEach(c -> texts.add(c.text()));
      if (parts.size() > 1 && !generic && whos.size() == parts.size()) {
        double lo = 0;
        double hi = 0;
        for (Claim c : parts) {
          lo += c.low();
          hi += c.high();
        }
        return new Total(m, parts, lo, hi, String.join(" and ", texts));
      }
      Claim big = parts.get(0);
      for (Claim c : parts) {
        if (c.low() > big.low()) {
          big = c;
        }
      }
      return new Total(m, List.of(big), big.low(), big.high(), big.text());
    }

    NumberValue number() {
      if (parts.size() == 1) {
        return parts.get(0).number();
      }
      long lo = (long) low;
      Long hi = Double.isInfinite(high) ? null : (long) high;
      return new NumberValue(lo == (hi == null ? -1 : hi) ? lo : null, lo, hi, lo == (hi == null ? -1 : hi)
          ? "exact" : "at_least", text);
    }

    /** The breakdown by population, or null where a part does not say whom it counts. */
    Map<String, Double> breakdown() {
      Map<String, Double> b = new TreeMap<>();
      for (Claim c : parts) {
        if (c.who() == null) {
          return null;
        }
        b.merge(c.who(), c.point(), Double::sum);
      }
      return b;
    }

    String speaker() {
      for (Claim c : parts) {
        if (c.speaker() != null) {
          return c.speaker();
        }
      }
      return null;
    }

    boolean overlaps(Total o) {
      return low <= o.high && o.low <= high;
    }

    Disagreement.Value value() {
      Object v = low == high ? (Object) (long) low : Double.isInfinite(high)
          ? Map.of("low", (long) low) : Map.of("low", (long) low, "high", (long) high);
      return new Disagreement.Value(m.id(), m.source(), text, v, speaker(), m.docId());
    }
  }

  static Disagreement compareTotals(String field, List<Total> ts) {
    if (ts.size() < 2) {
      return null;
    }
    boolean apart = false;
    boolean basis = false;
    boolean composition = false;
    boolean attribution = false;
    for (int i = 0; i < ts.size(); i++) {
      for (int j = i + 1; j < ts.size(); j++) {
        Total a = ts.get(i);
        Total b = ts.get(j);
        if (!a.overlaps(b)) {
          if (sameBasis(a, b)) {
            apart = true;
          } else {
            basis = true;
          }
        } else {
          Map<String, Double> ba = a.breakdown();
          Map<String, Double> bb = b.breakdown();
          if (ba != null && bb != null && !ba.equals(bb)) {
            composition = true;
          } else if (a.speaker() != null && b.speaker() != null && !same(a.speaker(), b.speaker())) {
            attribution = true;
          }
        }
      }
    }
    String kind = apart ? "count" : basis ? "time_basis" : composition ? "composition" : attribution ? "attribution"
        : null;
    if (kind == null) {
      return null;
    }
    List<Disagreement.Value> vals = new ArrayList<>();
    ts.forEach(t -> vals.add(t.value()));
    String note = switch (kind) {
      case "count" -> "the reports give different figures";
      case "time_basis" -> "the figures cover different periods";
      case "composition" -> "the same total, split differently";
      default -> "the same figure from different claimants";
    };
    return new Disagreement(field, kind, vals, note);
  }

  private static boolean sameBasis(Total a, Total b) {
    for (Claim x : a.parts) {
      for (Claim y : b.parts) {
        if (!x.sameBasis(y)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean same(String a, String b) {
    return ArticleFeatures.norm(a).equals(ArticleFeatures.norm(b));
  }

  /** The counts of a mention, per kind: those linked to its event, or in its sentence and linked to none. */
  static Map<String, List<Claim>> parts(Mention m) {
    Map<String, List<Claim>> out = new TreeMap<>();
    EventRecord e = m.event();
    Evidence ev = e.evidence();
    for (CountRecord c : m.article().counts()) {
      boolean linked = c.event() != null && c.event().equals(e.id());
      boolean inSentence = c.event() == null && ev != null && c.evidence() != null && ev.end() > ev.start()
          && c.evidence().start() >= ev.start() && c.evidence().start() < ev.end();
      if ((linked || inSentence) && c.kind() != null && !c.sumOfParts()) { // totals: summed from their parts here
        Claim cl = Claim.of(c, m.id(), m.source(), m.docId());
        if (cl != null) {
          out.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(cl);
        }
      }
    }
    for (Map.Entry<String, NumberValue> s : e.size().entrySet()) {
      if (!out.containsKey(s.getKey()) && s.getValue() != null) {
        Claim cl = Claim.of(new CountRecord(s.getKey(), s.getValue(), null, null, null, e.attribution(), e.id(), null),
            m.id(), m.source(), m.docId());
        if (cl != null) {
          out.put(s.getKey(), new ArrayList<>(List.of(cl)));
        }
      }
    }
    return out;
  }

  private static void dates(List<Mention> group, List<Disagreement> dis, List<Disagreement> agr) {
    Map<String, List<Mention>> byDay = new TreeMap<>();
    for (Mention m : group) {
      if (m.date() != null && m.date().isDay()) {
        byDay.computeIfAbsent(m.date().start().toString(), k -> new ArrayList<>()).add(m);
      }
    }
    if (byDay.size() > 1) {
      List<Disagreement.Value> vals = new ArrayList<>();
      byDay.forEach((day, ms) -> ms.forEach(m -> vals.add(new Disagreement.Value(m.id(), m.source(),
          m.event().dateText(), day, null, m.docId()))));
      dis.add(new Disagreement("date", "date", vals, "the reports put the event on different days"));
    } else if (byDay.size() == 1) {
      List<Mention> ms = byDay.values().iterator().next();
      Set<String> phrasings = new TreeSet<>();
      Set<String> docs = new TreeSet<>();
      for (Mention m : ms) {
        if (m.event().dateText() != null) {
          phrasings.add(ArticleFeatures.norm(m.event().dateText()));
          docs.add(m.docId());
        }
      }
      if (phrasings.size() > 1 && docs.size() > 1) {
        List<Disagreement.Value> vals = new ArrayList<>();
        for (Mention m : ms) {
          vals.add(new Disagreement.Value(m.id(), m.source(), m.event().dateText(), m.date().start().toString(), null,
              m.docId()));
        }
        agr.add(new Disagreement("date", "agreement", vals,
            "phrased differently, the same day: " + byDay.keySet().iterator().next()));
      }
    }
  }

  private static void actors(List<Mention> group, String role, List<Disagreement> dis) {
    Map<Set<String>, List<Mention>> bySides = new LinkedHashMap<>();
    for (Mention m : group) {
      Set<String> sides = new TreeSet<>(EventMerger.sides(role.equals("actor") ? m.event().actor()
          : m.event().recipient()));
      if (!sides.isEmpty()) {
        bySides.computeIfAbsent(sides, k -> new ArrayList<>()).add(m);
      }
    }
    if (bySides.size() < 2) {
      return;
    }
    List<Disagreement.Value> vals = new ArrayList<>();
    bySides.forEach((sides, ms) -> ms.forEach(m -> vals.add(new Disagreement.Value(m.id(), m.source(),
        actorText(role.equals("actor") ? m.event().actor() : m.event().recipient()), List.copyOf(sides), null,
        m.docId()))));
    dis.add(new Disagreement(role, "actor", vals, "the reports name different " + role + "s"));
  }

  private static String actorText(Collection<org.sitrep.core.model.ActorRecord> actors) {
    List<String> t = new ArrayList<>();
    for (var a : actors) {
      t.add(a.text() != null ? a.text() : a.name() != null ? a.name() : a.country());
    }
    return String.join("; ", t);
  }

  private static void locations(List<Mention> group, List<Disagreement> dis) {
    Map<String, List<Mention>> byPlace = new TreeMap<>();
    List<PlaceRecord> places = new ArrayList<>();
    for (Mention m : group) {
      PlaceRecord p = m.event().location();
      if (p != null) {
        String key = p.geonameid() != null ? "g" + p.geonameid() : ArticleFeatures.norm(p.name() != null ? p.name()
            : p.text());
        if (!byPlace.containsKey(key)) {
          places.add(p);
        }
        byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
      }
    }
    if (byPlace.size() < 2) {
      return;
    }
    // a place inside another (a town and its province) is not a disagreement
    boolean nested = true;
    for (int i = 0; i < places.size() && nested; i++) {
      for (int j = i + 1; j < places.size() && nested; j++) {
        nested = inside(places.get(i), places.get(j)) || inside(places.get(j), places.get(i));
      }
    }
    if (nested) {
      return;
    }
    List<Disagreement.Value> vals = new ArrayList<>();
    byPlace.forEach((k, ms) -> ms.forEach(m -> vals.add(new Disagreement.Value(m.id(), m.source(),
        m.event().location().text(), m.event().location().name(), null, m.docId()))));
    dis.add(new Disagreement("location", "location", vals, "the reports place the event differently"));
  }

  private static boolean inside(PlaceRecord big, PlaceRecord small) {
    String fc = big.featureCode() == null ? "" : big.featureCode();
    if (fc.startsWith("PCL")) {
      return big.countryCode() != null && big.countryCode().equalsIgnoreCase(small.countryCode());
    }
    return fc.startsWith("ADM1") && small.admin1() != null
        && ArticleFeatures.norm(big.name() != null ? big.name() : big.text())
        .equals(ArticleFeatures.norm(small.admin1()));
  }

  /** A deadline a mention states, resolved against its article's date. */
  public record MentionDeadline(Mention mention, Deadlines.Deadline deadline) {
  }

  public static MentionDeadline deadline(Mention m) {
    Evidence ev = m.event().evidence();
    LocalDate anchor = m.articleDate();
    if (ev == null || ev.sentence() == null || anchor == null) {
      return null;
    }
    List<TimeRecord> times = new ArrayList<>();
    for (TimeRecord t : m.article().times()) {
      if (t.start() >= ev.start() && t.start() < ev.end()) {
        times.add(t);
      }
    }
    Deadlines.Deadline d = Deadlines.find(ev.sentence(), anchor, times, ev.start());
    return d == null ? null : new MentionDeadline(m, d);
  }

  private static void deadlines(List<Mention> group, List<Disagreement> dis, List<Disagreement> agr) {
    List<MentionDeadline> ds = new ArrayList<>();
    for (Mention m : group) {
      MentionDeadline d = deadline(m);
      if (d != null) {
        ds.add(d);
      }
    }
    Disagreement d = compareDeadlines(ds);
    if (d != null) {
      (d.kind().equals("agreement") ? agr : dis).add(d);
    }
  }

  /**
   * Deadlines from different articles: an agreement where they are phrased differently and fall on the same
   * day, a {@code date} disagreement on field {@code deadline} where their days are apart; null otherwise.
   */
  public static Disagreement compareDeadlines(List<MentionDeadline> ds) {
    Set<String> docs = new TreeSet<>();
    ds.forEach(d -> docs.add(d.mention().docId()));
    if (docs.size() < 2) {
      return null;
    }
    boolean allOverlap = true;
    LocalDate from = null;
    LocalDate to = null;
    for (MentionDeadline d : ds) {
      DateSpan s = d.deadline().days();
      from = from == null || s.start().isAfter(from) ? s.start() : from;
      to = to == null || s.end().isBefore(to) ? s.end() : to;
    }
    allOverlap = !from.isAfter(to);
    Set<String> phrasings = new TreeSet<>();
    ds.forEach(d -> phrasings.add(ArticleFeatures.norm(d.deadline().text())));
    List<Disagreement.Value> vals = new ArrayList<>();
    for (MentionDeadline d : ds) {
      DateSpan s = d.deadline().days();
      Object v = s.isDay() ? s.start().toString() : Map.of("start", s.start().toString(), "end", s.end().toString());
      vals.add(new Disagreement.Value(d.mention().id(), d.mention().source(), d.deadline().text(), v, null,
          d.mention().docId()));
    }
    if (allOverlap) {
      if (phrasings.size() < 2) {
        return null;
      }
      String day = from.equals(to) ? from.toString() : from + "/" + to;
      return new Disagreement("deadline", "agreement", vals, "the same deadline, phrased differently: " + day);
    }
    return new Disagreement("deadline", "date", vals, "the deadlines fall on different days");
  }

  /**
   * The story's figures that no merged event carries (displaced since December vs in a week): claims of one
   * kind compared pairwise. {@code eventCounts} are the counts already compared under an event.
   */
  public static List<Disagreement> forStory(List<ArticleRecord> articles, Set<CountRecord> eventCounts) {
    Map<String, List<Claim>> byKind = new TreeMap<>();
    for (ArticleRecord a : articles) {
      String source = a.source() != null && !a.source().isBlank() ? a.source() : a.docId();
      int i = 0;
      for (CountRecord c : a.counts()) {
        i++;
        if (c.kind() == null || eventCounts.contains(c) || c.sumOfParts()) {
          continue;
        }
        Claim cl = Claim.of(c, a.docId() + "#c" + i, source, a.docId());
        if (cl != null) {
          byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(cl);
        }
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : byKind.entrySet()) {
      List<Claim> cs = e.getValue();
      Map<String, Set<Claim>> involved = new TreeMap<>();
      for (int i = 0; i < cs.size(); i++) {
        for (int j = i + 1; j < cs.size(); j++) {
          Claim a = cs.get(i);
          Claim b = cs.get(j);
          if (!comparablePopulations(a, b)) {
            continue;
          }
          String kind = null;
          if (!a.overlaps(b)) {
            kind = a.sameBasis(b) ? "count" : "time_basis";
          } else if (a.speaker() != null && b.speaker() != null && !same(a.speaker(), b.speaker())) {
            kind = "attribution";
          }
          if (kind != null) {
            Set<Claim> set = involved.computeIfAbsent(kind, k -> new LinkedHashSet<>());
            set.add(a);
            set.add(b);
          }
        }
      }
      for (Map.Entry<String, Set<Claim>> k : involved.entrySet()) {
        List<Claim> sorted = new ArrayList<>(k.getValue());
        sorted.sort((x, y) -> cs.indexOf(x) - cs.indexOf(y));
        List<Disagreement.Value> vals = new ArrayList<>();
        for (Claim c : sorted) {
          Object v = c.number().value() != null ? (Object) c.number().value() : (Object) (long) c.low();
          vals.add(new Disagreement.Value(c.mention(), c.source(), c.text(), v, c.speaker(), c.docId()));
        }
        String note = switch (k.getKey()) {
          case "count" -> "the reports give different figures";
          case "time_basis" -> "the figures cover different periods";
          default -> "similar figures from different claimants";
        };
        out.add(new Disagreement("counts." + e.getKey(), k.getKey(), vals, note));
      }
    }
    return out;
  }

  private static boolean comparablePopulations(Claim a, Claim b) {
    return a.who() == null || b.who() == null || Objects.equals(a.who(), b.who())
        || "CVL".equals(a.who()) && !isSector(b.who()) || "CVL".equals(b.who()) && !isSector(a.who());
  }

  private static boolean isSector(String w) {
    return w.length() == 3 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }
}
