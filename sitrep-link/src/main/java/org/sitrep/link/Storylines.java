package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.core.model.StorylineRecord;
import org.sitrep.link.event.EventMerger;
import org.sitrep.link.event.Mention;
import org.sitrep.link.story.ArticleFeatures;
import org.sitrep.link.story.IncidentIndex;

/**
 * The records of the incidents and storylines an {@link IncidentIndex} holds: incidents in order of time
 * ({@code s1}, {@code s2}, ...), each with its storyline, the earlier incident it follows and its related
 * incidents; storylines ({@code l1}, ...) with their incidents in order, time span, places and main actors.
 * A report whose events match an event of a related incident is listed in that incident's
 * {@code also_articles}: it belongs to both, its main incident first.
 */
final class Storylines {
  /** At most this many related incidents are named per incident. */
  static final int MAX_RELATED = 10;
  /** Storylines name this many places and actors. */
  static final int TOP = 5;

  private final StoryLinker linker;
  private final IncidentIndex index;

  private final java.util.function.Function<ArticleRecord, String> token;
  private final Map<String, Cached> before;
  private final Map<String, Cached> now;

  /**
   * {@code token}: what an incident's record depends on of one article (its document, version and date); an
   * incident whose articles and related incidents' articles have the same tokens as in {@code before} reuses
   * its record; every record built or reused goes into {@code now}, for the next build.
   */
  Storylines(StoryLinker linker, IncidentIndex index, java.util.function.Function<ArticleRecord, String> token,
             Map<String, Cached> before, Map<String, Cached> now) {
    this.linker = linker;
    this.index = index;
    this.token = token;
    this.before = before;
    this.now = now;
  }

  /** An incident's records as built (with the story id {@code ""}): with its related reports, and its own only. */
  record Cached(StoryRecord withAlso, StoryRecord main, List<String> also) {
  }

  record Built(List<StoryRecord> stories, List<StorylineRecord> storylines) {
  }

  private record Incident(List<ArticleRecord> articles, List<String> ids, LocalDate first) {
  }

  /** {@code incidents}: the articles of each incident, dated as far as they can be. */
  Built build(List<List<ArticleRecord>> incidents) {
    List<Incident> incs = new ArrayList<>();
    for (List<ArticleRecord> arts : incidents) {
      LocalDate first = null;
      List<String> ids = new ArrayList<>();
      for (ArticleRecord a : arts) {
        ids.add(a.docId());
        LocalDate d = StoryLinker.day(a.published());
        first = d != null && (first == null || d.isBefore(first)) ? d : first;
      }
      incs.add(new Incident(arts, ids.stream().sorted().toList(), first));
    }
    Comparator<Incident> byTime = Comparator.comparing(Incident::first, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> i.ids().get(0));
    incs.sort(byTime);
    Map<List<String>, Integer> number = new HashMap<>();
    for (int i = 0; i < incs.size(); i++) {
      number.put(incs.get(i).ids(), i);
    }
    // storylines, in order of their first incident
    List<List<Integer>> lines = new ArrayList<>();
    for (List<List<String>> l : index.storylines()) {
      List<Integer> members = new ArrayList<>();
      for (List<String> inc : l) {
        members.add(number.get(inc.stream().sorted().toList()));
      }
      members.sort(Integer::compare);
      lines.add(members);
    }
    lines.sort(Comparator.comparing(l -> l.get(0)));
    String[] lineOf = new String[incs.size()];
    for (int k = 0; k < lines.size(); k++) {
      for (int i : lines.get(k)) {
        lineOf[i] = "l" + (k + 1);
      }
    }
    // follows and related, within a storyline
    String[] follows = new String[incs.size()];
    List<List<Integer>> related = new ArrayList<>();
    incs.forEach(i -> related.add(new ArrayList<>()));
    double floor = linker.settings().edgeFloor();
    Map<String, Integer> groupOf = new HashMap<>();
    int[] sizes = new int[incs.size()];
    for (int i = 0; i < incs.size(); i++) {
      int g = i;
      incs.get(i).ids().forEach(d -> groupOf.put(d, g));
      sizes[i] = incs.get(i).ids().size();
    }
    for (List<Integer> l : lines) {
      for (int x = 0; x < l.size(); x++) {
        int i = l.get(x);
        double[] simTo = l.size() > 1 ? index.lineSimilarities(incs.get(i).ids(), groupOf, sizes) : null;
        double best = 0;
        record Sim(int j, double sim) {
        }
        List<Sim> sims = new ArrayList<>();
        for (int y = 0; y < l.size(); y++) {
          int j = l.get(y);
          if (i == j) {
            continue;
          }
          double sim = simTo[j];
          if (sim >= floor) {
            sims.add(new Sim(j, sim));
          }
          if (j < i && sim > best) {
            best = sim;
            follows[i] = "s" + (j + 1);
          }
        }
        sims.sort(Comparator.comparingDouble((Sim s) -> -s.sim()).thenComparingInt(Sim::j));
        for (int k = 0; k < sims.size() && k < MAX_RELATED; k++) {
          related.get(i).add(sims.get(k).j());
        }
        related.get(i).sort(Integer::compare);
      }
    }
    List<StoryRecord> stories = new ArrayList<>();
    for (int i = 0; i < incs.size(); i++) {
      StringBuilder key = new StringBuilder();
      incs.get(i).articles().forEach(a -> key.append(token.apply(a)).append(' '));
      for (int j : related.get(i)) {
        key.append('|');
        incs.get(j).articles().forEach(a -> key.append(token.apply(a)).append(' '));
      }
      Cached c = before.get(key.toString());
      if (c == null) {
        Map<String, ArticleRecord> also = alsoArticles(incs, i, related.get(i));
        List<ArticleRecord> arts = new ArrayList<>(incs.get(i).articles());
        arts.addAll(also.values());
        StoryRecord built = linker.build("", arts);
        c = new Cached(built, also.isEmpty() ? built : linker.build("", incs.get(i).articles()),
            List.copyOf(also.keySet()));
      }
      now.put(key.toString(), c);
      StoryRecord r = named(c.withAlso(), "s" + (i + 1));
      StoryRecord main = c.main();
      List<String> rel = related.get(i).stream().map(j -> "s" + (j + 1)).toList();
      // dates, sources and title are the main reports'; events and articles include the others' matching events
      stories.add(new StoryRecord(r.storyId(), main.title(), r.articles(), r.events(), r.disagreements(),
          r.agreements(), main.sources(), main.independentSourceCount(), main.firstPublished(), main.lastPublished(),
          lineOf[i], follows[i], rel, c.also()));
    }
    List<StorylineRecord> out = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      out.add(storyline("l" + (k + 1), lines.get(k), stories, incs));
    }
    return new Built(stories, out);
  }

  /** {@code r} under the story id {@code id}: its events numbered {@code id#x1}, {@code id#x2}, ... in order. */
  private static StoryRecord named(StoryRecord r, String id) {
    List<org.sitrep.core.model.StoryEvent> events = new ArrayList<>(r.events().size());
    int k = 0;
    for (org.sitrep.core.model.StoryEvent e : r.events()) {
      events.add(new org.sitrep.core.model.StoryEvent(id + "#x" + (++k), e.event(), e.date(), e.actor(), e.recipient(),
          e.location(), e.mentions(), e.sources(), e.disagreements(), e.status(), e.size(), e.agreements()));
    }
    return new StoryRecord(id, r.title(), r.articles(), events, r.disagreements(), r.agreements(), r.sources(),
        r.independentSourceCount(), r.firstPublished(), r.lastPublished(), r.storyline(), r.follows(), r.related(),
        r.alsoArticles());
  }

  /**
   * Reports of related incidents with an event that merges with one of this incident's (dated) events: each as a
   * record that keeps only those events and the counts linked to them, by document id.
   */
  private Map<String, ArticleRecord> alsoArticles(List<Incident> incs, int i, List<Integer> related) {
    List<Mention> own = new ArrayList<>();
    int order = 0;
    for (ArticleRecord a : incs.get(i).articles()) {
      for (EventRecord e : a.events()) {
        Mention m = Mention.of(e, a, StoryLinker.day(a.published()), order++);
        if (m.date() != null && occurred(e)) {
          own.add(m);
        }
      }
    }
    Map<String, ArticleRecord> out = new TreeMap<>();
    if (own.isEmpty()) {
      return out;
    }
    EventMerger merger = new EventMerger(linker.settings());
    for (int j : related) {
      for (ArticleRecord a : incs.get(j).articles()) {
        List<EventRecord> hits = new ArrayList<>();
        for (EventRecord e : a.events()) {
          if (!occurred(e)) {
            continue;
          }
          Mention m = Mention.of(e, a, StoryLinker.day(a.published()), 0);
          // an undated mention needs one more agreeing field (actor, recipient and place)
          double need = linker.settings().minEvidence() + (m.date() == null ? 1 : 0);
          for (Mention o : own) {
            if (samePlaceOrUnknown(e.location(), o.event().location()) && merger.score(m, o) >= need) {
              hits.add(e);
              break;
            }
          }
        }
        if (!hits.isEmpty()) {
          Set<String> ids = new java.util.HashSet<>();
          hits.forEach(e -> ids.add(e.id()));
          List<org.sitrep.core.model.CountRecord> counts = a.counts().stream()
              .filter(c -> c.event() != null && ids.contains(c.event())).toList();
          out.put(a.docId(), new ArticleRecord(a.docId(), a.source(), a.url(), a.title(), a.published(),
              a.publishedInferred(), a.language(), hits, List.of(), counts, List.of(), a.times(), List.of(),
              a.errors(), null));
        }
      }
    }
    return out;
  }

  /** Places within reach are not enough here: the two reports must name the same place, or one none. */
  private static boolean samePlaceOrUnknown(PlaceRecord p, PlaceRecord q) {
    if (p == null || q == null) {
      return true;
    }
    if (p.geonameid() != null && q.geonameid() != null) {
      return p.geonameid().equals(q.geonameid());
    }
    return placeName(p).equalsIgnoreCase(placeName(q));
  }

  private static boolean occurred(EventRecord e) {
    return e.event() != null && !"negated".equals(e.status()) && !"hypothetical".equals(e.status());
  }

  private StorylineRecord storyline(String id, List<Integer> members, List<StoryRecord> stories,
                                    List<Incident> incs) {
    List<String> incidents = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    String first = null;
    String last = null;
    StoryRecord main = null;
    Map<String, Integer> places = new TreeMap<>();
    Map<String, Integer> actors = new TreeMap<>();
    for (int i : members) {
      StoryRecord r = stories.get(i);
      incidents.add(r.storyId());
      articles.addAll(r.articles());
      sources.addAll(r.sources());
      first = r.firstPublished() != null && (first == null || r.firstPublished().compareTo(first) < 0)
          ? r.firstPublished() : first;
      last = r.lastPublished() != null && (last == null || r.lastPublished().compareTo(last) > 0)
          ? r.lastPublished() : last;
      if (main == null || r.articles().size() > main.articles().size()) {
        main = r;
      }
      for (ArticleRecord a : incs.get(i).articles()) {
        Set<String> ps = new LinkedHashSet<>();
        Set<String> as = new LinkedHashSet<>();
        for (EventRecord e : a.events()) {
          if (e.location() != null) {
            ps.add(placeName(e.location()));
          }
          for (ActorRecord r2 : e.actor()) {
            as.add(actorName(r2));
          }
          for (ActorRecord r2 : e.recipient()) {
            as.add(actorName(r2));
          }
        }
        if (ps.isEmpty()) {
          a.places().forEach(p -> ps.add(placeName(p)));
        }
        ps.remove("");
        as.remove("");
        ps.forEach(p -> places.merge(p, 1, Integer::sum));
        as.forEach(x -> actors.merge(x, 1, Integer::sum));
      }
    }
    return new StorylineRecord(StorylineRecord.KIND, id, main == null ? null : main.title(), first, last, incidents,
        articles, top(places), top(actors), List.copyOf(sources));
  }

  private static String placeName(PlaceRecord p) {
    String n = p.name() != null ? p.name() : p.text();
    return n == null ? "" : n.strip();
  }

  private static String actorName(ActorRecord r) {
    String n = r.name() != null ? r.name() : r.country();
    return n == null || ArticleFeatures.norm(n).isEmpty() ? "" : n.strip();
  }

  private static List<String> top(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP).map(Map.Entry::getKey).toList();
  }
}
