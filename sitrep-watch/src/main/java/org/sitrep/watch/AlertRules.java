package org.sitrep.watch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.watch.WatchConfig.Rule;
import org.sitrep.watch.WatchConfig.Trigger;

/**
 * Applies the configured rules to what changed. A new-incident rule fires once per incident, when the incident
 * first matches its filters (a toll revised past {@code dead >= 10} makes an old incident match); the other rules
 * fire on each change of their kind in a watched incident. Alert ids hash the rule, the incident and the change.
 */
final class AlertRules {
  private AlertRules() {
  }

  record Outcome(List<Alert> alerts, Map<String, Incident> incidents) {
  }

  static Outcome apply(List<Rule> rules, IncidentTracker.Result r, Map<String, ArticleRecord> window) {
    Map<String, Incident> incidents = new LinkedHashMap<>(r.incidents());
    List<Alert> out = new ArrayList<>();
    Map<String, List<String>> brought = new LinkedHashMap<>();
    for (Change c : r.changes()) {
      brought.computeIfAbsent(c.incident().key(), k -> new ArrayList<>()).addAll(c.docs());
    }
    for (Incident inc : r.touched()) {
      List<String> fired = new ArrayList<>(inc.fired());
      for (Rule rule : rules) {
        if (rule.on() == Trigger.NEW_INCIDENT && !fired.contains(rule.name()) && watches(rule, inc)) {
          fired.add(rule.name());
          boolean isNew = r.changes().stream().anyMatch(c -> c.kind() == Trigger.NEW_INCIDENT
              && c.incident().key().equals(inc.key()));
          String summary = (isNew ? "new incident: " : "incident now matches: ") + IncidentTracker.describe(inc);
          out.add(alert(rule, Trigger.NEW_INCIDENT, inc, null, null, null, summary,
              brought.getOrDefault(inc.key(), List.of()), window));
        }
      }
      if (fired.size() != inc.fired().size()) {
        incidents.put(inc.key(), inc.withFired(fired));
      }
    }
    for (Change c : r.changes()) {
      if (c.kind() == Trigger.NEW_INCIDENT) {
        continue;
      }
      for (Rule rule : rules) {
        if (rule.on() == c.kind() && watches(rule, c.incident())) {
          out.add(alert(rule, c.kind(), c.incident(), c.field(), c.before(), c.after(), c.summary(), c.docs(), window));
        }
      }
    }
    // one order whatever order the linker lists stories in: new incidents first, then by incident and field
    out.sort(java.util.Comparator.comparing((Alert a) -> !a.kind().equals(Trigger.NEW_INCIDENT.key()))
        .thenComparing(Alert::incident).thenComparing(Alert::kind)
        .thenComparing(a -> a.field() == null ? "" : a.field()).thenComparing(Alert::rule));
    return new Outcome(out, incidents);
  }

  /** Whether the incident passes the rule's filters (type, country, least figures in any source). */
  static boolean watches(Rule rule, Incident inc) {
    if (!rule.eventTypes().isEmpty() && (inc.event() == null || !rule.eventTypes().contains(inc.event()))) {
      return false;
    }
    if (!rule.countries().isEmpty() && inc.countries().stream().noneMatch(rule.countries()::contains)) {
      return false;
    }
    for (Map.Entry<String, Long> m : rule.minSize().entrySet()) {
      Incident.Toll t = inc.tolls().get(m.getKey());
      if (t == null || t.high() < m.getValue()) {
        return false;
      }
    }
    return true;
  }

  private static Alert alert(Rule rule, Trigger kind, Incident inc, String field, String before, String after,
                             String summary, List<String> docs, Map<String, ArticleRecord> window) {
    List<Alert.Source> sources = new ArrayList<>();
    for (String d : inc.docs()) {
      ArticleRecord a = window.get(d);
      sources.add(a == null ? new Alert.Source(d, null, null, null, null)
          : new Alert.Source(d, a.source(), a.url(), a.title(), a.published()));
    }
    String id = id(rule.name(), kind.key(), inc.key(), field == null ? "" : field, before == null ? "" : before,
        after == null ? "" : after);
    return new Alert(id, 0, null, rule.name(), kind.key(), inc.key(), inc.storyId(), inc.title(), inc.event(),
        inc.date(), inc.place(), inc.countries(), field, before, after, summary, sources,
        docs.stream().distinct().toList());
  }

  static String id(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        md.update(p.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
