package org.sitrep.watch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.Disagreement;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.NumberValue;
import org.sitrep.core.model.StoryEvent;
import org.sitrep.core.model.StoryRecord;

/**
 * Turns the linker's stories into incidents with stable keys and finds what changed since the last look. A merged
 * event keeps the key of the earlier incident it shares most mentions with; one sharing none is new and keyed by
 * its first mention. Only incidents that received a new or revised article count as changed, so articles leaving
 * the linking window or a re-clustering of old reports never raise alerts. A pure function of its inputs.
 */
final class IncidentTracker {
  private IncidentTracker() {
  }

  /** The incidents now (by key, in story order) and what changed in those that got new reports. */
  record Result(Map<String, Incident> incidents, List<Incident> touched, List<Change> changes) {
  }

  static Result update(List<StoryRecord> stories, Map<String, ArticleRecord> window, Set<String> fresh,
                       Map<String, Incident> previous) {
    Map<String, EventRecord> events = new HashMap<>();
    for (ArticleRecord a : window.values()) {
      a.events().forEach(e -> events.put(e.id(), e));
    }
    record Current(StoryRecord story, StoryEvent event, int order) {
    }
    List<Current> current = new ArrayList<>();
    for (StoryRecord s : stories) {
      for (StoryEvent e : s.events()) {
        current.add(new Current(s, e, current.size()));
      }
    }
    // keys: greedy by overlap with the previous incidents, largest overlap first
    Map<String, String> prevOfMention = new HashMap<>();
    previous.values().forEach(p -> p.mentions().forEach(m -> prevOfMention.put(m, p.key())));
    record Pair(int current, String key, int overlap) {
    }
    List<Pair> pairs = new ArrayList<>();
    for (Current c : current) {
      Map<String, Integer> overlap = new TreeMap<>();
      c.event().mentions().forEach(m -> {
        String k = prevOfMention.get(m);
        if (k != null) {
          overlap.merge(k, 1, Integer::sum);
        }
      });
      overlap.forEach((k, n) -> pairs.add(new Pair(c.order(), k, n)));
    }
    pairs.sort(Comparator.comparingInt(Pair::overlap).reversed().thenComparing(Pair::key)
        .thenComparingInt(Pair::current));
    String[] keyOf = new String[current.size()];
    Set<String> used = new HashSet<>();
    for (Pair p : pairs) {
      if (keyOf[p.current()] == null && !used.contains(p.key())) {
        keyOf[p.current()] = p.key();
        used.add(p.key());
      }
    }
    Map<String, Incident> now = new LinkedHashMap<>();
    List<Incident> touched = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    for (Current c : current) {
      StoryEvent e = c.event();
      if (e.mentions().isEmpty()) {
        continue;
      }
      String key = keyOf[c.order()];
      if (key == null) {
        key = e.mentions().get(0);
        for (int n = 2; used.contains(key) || previous.containsKey(key); n++) {
          key = e.mentions().get(0) + "~" + n;
        }
        used.add(key);
      }
      Incident before = previous.get(key);
      Incident inc = build(key, c.story(), e, events, window, before == null ? List.of() : before.fired());
      now.put(key, inc);
      List<String> brought = inc.docs().stream().filter(fresh::contains).toList();
      if (brought.isEmpty()) {
        continue;
      }
      touched.add(inc);
      if (before == null) {
        changes.add(new Change(WatchConfig.Trigger.NEW_INCIDENT, inc, null, null, null,
            "new incident: " + describe(inc), brought));
        continue;
      }
      Set<String> kinds = new TreeSet<>(inc.tolls().keySet());
      kinds.addAll(before.tolls().keySet());
      for (String k : kinds) {
        Incident.Toll was = before.tolls().get(k);
        Incident.Toll is = inc.tolls().get(k);
        if (is != null && !is.equals(was)) {
          String w = was == null ? "none" : was.text();
          changes.add(new Change(WatchConfig.Trigger.REVISED_TOLL, inc, "size." + k, w, is.text(),
              k + " revised: " + w + " -> " + is.text() + (is.highSource() == null ? "" : " (highest from "
              + is.highSource() + ")") + " in " + describe(inc), brought));
        }
      }
      for (Map.Entry<String, String> d : inc.disagreements().entrySet()) {
        String was = before.disagreements().get(d.getKey());
        if (!d.getValue().equals(was)) {
          changes.add(new Change(WatchConfig.Trigger.DISAGREEMENT, inc, d.getKey(), was, d.getValue(),
              (was == null ? "sources now disagree on " : "the disagreement changed on ") + d.getKey() + ": "
              + d.getValue() + " in " + describe(inc), brought));
        }
      }
    }
    return new Result(now, touched, changes);
  }

  static String describe(Incident i) {
    StringBuilder sb = new StringBuilder(i.event() == null ? "event" : i.event());
    if (i.place() != null) {
      sb.append(" in ").append(i.place());
    }
    if (i.date() != null) {
      sb.append(" on ").append(i.date());
    }
    Incident.Toll dead = i.tolls().get("dead");
    if (dead != null) {
      sb.append(", ").append(dead.text()).append(" dead");
    }
    sb.append(" (").append(String.join(", ", i.sources())).append(')');
    return sb.toString();
  }

  private static Incident build(String key, StoryRecord s, StoryEvent e, Map<String, EventRecord> events,
                                Map<String, ArticleRecord> window, List<String> fired) {
    Set<String> countries = new TreeSet<>();
    for (List<ActorRecord> side : List.of(e.actor(), e.recipient())) {
      for (ActorRecord a : side) {
        if (a.country() != null && a.country().matches("[A-Z]{3}")) {
          countries.add(a.country());
        }
      }
    }
    if (e.location() != null && e.location().countryCode() != null) {
      try {
        countries.add(new Locale("", e.location().countryCode()).getISO3Country());
      } catch (java.util.MissingResourceException ex) {
        // not an ISO code: leave it out
      }
    }
    Map<String, Incident.Toll> tolls = new TreeMap<>();
    Set<String> docs = new LinkedHashSet<>();
    for (String m : e.mentions()) {
      int hash = m.lastIndexOf('#');
      String doc = hash > 0 ? m.substring(0, hash) : m;
      docs.add(doc);
      EventRecord ev = events.get(m);
      if (ev == null) {
        continue;
      }
      ArticleRecord a = window.get(doc);
      String source = a == null || a.source() == null ? doc : a.source();
      for (Map.Entry<String, NumberValue> sz : ev.size().entrySet()) {
        NumberValue v = sz.getValue();
        Long n = v.value() != null ? v.value() : v.low();
        if (n == null) {
          continue;
        }
        tolls.merge(sz.getKey(), new Incident.Toll(n, n, source), (x, y) -> new Incident.Toll(Math.min(x.low(), y.low()),
            Math.max(x.high(), y.high()), y.high() > x.high() ? y.highSource() : x.highSource()));
      }
    }
    Map<String, Set<String>> dis = new TreeMap<>();
    for (Disagreement d : e.disagreements()) {
      if ("agreement".equals(d.kind())) {
        continue;
      }
      List<String> vals = new ArrayList<>();
      for (Disagreement.Value v : d.values()) {
        vals.add((v.source() == null ? "?" : v.source()) + " " + (v.text() != null ? v.text() : String.valueOf(v.value())));
      }
      vals.sort(null);
      dis.computeIfAbsent(d.field(), k -> new TreeSet<>()).add(d.kind() + ": " + String.join(" / ", vals));
    }
    Map<String, String> fingerprints = new TreeMap<>();
    dis.forEach((f, v) -> fingerprints.put(f, String.join("; ", v)));
    String place = e.location() == null ? null : e.location().name() != null ? e.location().name() : e.location().text();
    return new Incident(key, s.storyId(), s.title(), e.event(), e.date(), place, List.copyOf(countries), e.sources(),
        e.mentions(), List.copyOf(docs), tolls, fingerprints, fired);
  }
}
