package org.sitrep.watch;

import java.util.List;
import java.util.Map;

/**
 * One incident as the desk last saw it: a merged event of a story, under a key that stays the same while reports
 * are added (the id of its first mention when it appeared). {@code tolls} are the lowest and highest figure any
 * source gives per kind (dead, injured, ...); {@code disagreements} a fingerprint per disputed field;
 * {@code fired} the new-incident rules that have already alerted on it.
 */
public record Incident(String key, String storyId, String title, String event, String date, String place,
                       List<String> countries, List<String> sources, List<String> mentions, List<String> docs,
                       Map<String, Toll> tolls, Map<String, String> disagreements, List<String> fired) {
  public Incident {
    countries = List.copyOf(countries);
    sources = List.copyOf(sources);
    mentions = List.copyOf(mentions);
    docs = List.copyOf(docs);
    tolls = Map.copyOf(tolls);
    disagreements = Map.copyOf(disagreements);
    fired = List.copyOf(fired);
  }

  /** The range of a figure across sources, and who gives the highest. */
  public record Toll(long low, long high, String highSource) {
    String text() {
      return low == high ? Long.toString(low) : low + "-" + high;
    }
  }

  Incident withFired(List<String> rules) {
    return new Incident(key, storyId, title, event, date, place, countries, sources, mentions, docs, tolls,
        disagreements, rules);
  }
}
