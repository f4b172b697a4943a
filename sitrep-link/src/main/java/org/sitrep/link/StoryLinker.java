package org.sitrep.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.Disagreement;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.StoryEvent;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.core.model.TimeRecord;
import org.sitrep.link.disagree.Disagreements;
import org.sitrep.link.event.EventMerger;
import org.sitrep.link.event.Mention;
import org.sitrep.link.story.ArticleFeatures;
import org.sitrep.link.story.IncidentIndex;
import org.sitrep.link.time.DateSpan;

/**
 * Links article records into incidents (story records) and storylines: reports are grouped by average-link
 * clustering of their similarity (text, names, places, days, event signatures, in a date window), incidents
 * into storylines the same way with a longer window; inside each incident, event merging, disagreements and
 * agreements, and publication dates for articles that had none.
 *
 * <pre>{@code
 * LinkResult r = StoryLinker.create(LinkSettings.defaults()).link(articleRecords);
 * r.stories().forEach(s -> System.out.println(Json.line(s)));
 * }</pre>
 *
 * A linker is immutable and thread-safe; {@link #session()} opens an incremental linker (one per thread) for
 * jobs that feed articles as they come.
 */
public final class StoryLinker {
  private final LinkSettings settings;

  private StoryLinker(LinkSettings settings) {
    this.settings = settings;
  }

  public static StoryLinker create(LinkSettings settings) {
    return new StoryLinker(settings == null ? LinkSettings.defaults() : settings);
  }

  public LinkSettings settings() {
    return settings;
  }

  /**
   * Links a batch. The result depends on the set of articles only, not on their order (the first of two records
   * with one document id is kept).
   */
  public LinkResult link(List<ArticleRecord> articles) {
    Session s = session();
    s.addAll(articles);
    return s.finish(articles);
  }

  /** An incremental linker (not thread-safe). */
  public Session session() {
    return new Session();
  }

  /**
   * Articles added in batches, in any order: each batch updates the incidents and storylines it touches
   * ({@link IncidentIndex}), and the records are the same as linking all the articles at once.
   */
  public final class Session {
    private final IncidentIndex index = new IncidentIndex(settings);
    private final Map<String, ArticleRecord> seen = new HashMap<>();
    private final List<ArticleFeatures> pending = new ArrayList<>();
    /** Each article's version in this session (a revised article, removed and added again, gets a new one). */
    private final Map<String, Long> versions = new HashMap<>();
    private long added;
    /** The incident records of the last {@link #finish}, by their inputs: only changed incidents are built again. */
    private Map<String, Storylines.Cached> built = new HashMap<>();

    /** Adds one article (it is linked at the next {@link #update}, {@link #stories} or {@link #finish}). */
    public void add(ArticleRecord a) {
      if (seen.putIfAbsent(a.docId(), a) != null) {
        return;
      }
      versions.put(a.docId(), ++added);
      if (a.failed()) {
        // an unreadable article is an incident of its own, so that every article is accounted for
        pending.add(new ArticleFeatures(a.docId(), a.source(), null, Map.of(), Map.of()));
      } else {
        LocalDate date = clusterDate(a);
        pending.add(ArticleFeatures.of(a, date, date != null && dateInferred(a, date)));
      }
    }

    /**
     * Takes an article out (it leaves at the next {@link #update}): the records are then those of the articles
     * left, as if the article had never been added. A revised article is removed, then added again. Returns
     * whether the session held it.
     */
    public boolean remove(String docId) {
      if (seen.remove(docId) == null) {
        return false;
      }
      versions.remove(docId);
      pending.removeIf(f -> f.docId().equals(docId));
      index.remove(docId);
      return true;
    }

    /** How many articles the session holds. */
    public int size() {
      return seen.size();
    }

    public void addAll(List<ArticleRecord> batch) {
      batch.forEach(this::add);
      update();
    }

    /** Links the articles added since the last update. */
    public void update() {
      index.add(pending); // also relinks around the articles removed since
      pending.clear();
    }

    public IncidentIndex index() {
      return index;
    }

    /** The incident records of all articles so far. */
    public List<StoryRecord> stories() {
      return finish(List.of()).stories();
    }

    /** Incidents, storylines, and {@code input} with the publication dates inferred from incidents filled in. */
    public LinkResult finish(List<ArticleRecord> input) {
      update();
      List<List<ArticleRecord>> incidents = new ArrayList<>();
      Map<String, ArticleRecord> updated = new HashMap<>();
      for (List<String> ids : index.incidents()) {
        List<ArticleRecord> arts = new ArrayList<>();
        ids.forEach(id -> arts.add(seen.get(id)));
        List<ArticleRecord> inferred = sortByDate(infer(arts));
        inferred.forEach(a -> updated.put(a.docId(), a));
        incidents.add(inferred);
      }
      Map<String, Storylines.Cached> next = new HashMap<>();
      Storylines.Built built = new Storylines(StoryLinker.this, index, this::token, this.built, next).build(incidents);
      this.built = next;
      List<ArticleRecord> out = new ArrayList<>(input.size());
      for (ArticleRecord a : input) {
        ArticleRecord u = updated.get(a.docId());
        out.add(u != null && day(a.published()) == null ? u : a);
      }
      return new LinkResult(built.stories(), built.storylines(), out);
    }

    /** What an incident record depends on of an article: its document, version and (perhaps inferred) date. */
    private String token(ArticleRecord a) {
      return a.docId() + '@' + versions.get(a.docId()) + '@' + a.published();
    }
  }

  private static List<ArticleRecord> sortByDate(List<ArticleRecord> arts) {
    List<ArticleRecord> out = new ArrayList<>(arts);
    out.sort(Comparator.comparing((ArticleRecord a) -> day(a.published()),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ArticleRecord::docId));
    return out;
  }

  // ------------------------------------------------------------------ dates

  /**
   * The date an article is clustered at: its publication date as the source gave it, else a dateline (a full
   * date in the first lines of its text), else the publication date inferred from its text, else none. An
   * inferred date is the latest date the text names, which in a report is often one still to come (a special
   * to air at Christmas, a deadline, a summit next month): the dateline says when it was written.
   */
  /**
   * Whether {@code date} ({@link #clusterDate}) is only the publication date inferred from the text: neither the
   * source's nor a dateline's.
   */
  static boolean dateInferred(ArticleRecord a, LocalDate date) {
    if (!Boolean.TRUE.equals(a.publishedInferred()) || !date.equals(day(a.published()))) {
      return false;
    }
    for (TimeRecord t : a.times()) {
      DateSpan s = t.start() > DATELINE_CHARS ? null : DateSpan.parse(t.value());
      if (s != null && s.isDay() && s.yearKnown()) {
        return false;
      }
    }
    return true;
  }

  static LocalDate clusterDate(ArticleRecord a) {
    LocalDate d = day(a.published());
    if (d != null && !Boolean.TRUE.equals(a.publishedInferred())) {
      return d;
    }
    for (TimeRecord t : a.times()) {
      if (t.start() > DATELINE_CHARS) {
        continue;
      }
      DateSpan s = DateSpan.parse(t.value());
      if (s != null && s.isDay() && s.yearKnown()) {
        return s.start();
      }
    }
    return d;
  }

  /** How far into the text a date still counts as the article's dateline. */
  static final int DATELINE_CHARS = 200;

  static LocalDate day(String published) {
    DateSpan d = DateSpan.parse(published);
    return d == null || !d.yearKnown() ? null : d.start();
  }

  /**
   * The story's articles, those without a date given the probable date of their story: the latest day their
   * own text mentions near the story's dates (its year taken from the story), else the story's median date.
   */
  List<ArticleRecord> infer(List<ArticleRecord> arts) {
    List<LocalDate> dates = new ArrayList<>();
    for (ArticleRecord a : arts) {
      LocalDate d = day(a.published());
      if (d != null) {
        dates.add(d);
      }
    }
    if (dates.isEmpty() || dates.size() == arts.size()) {
      return arts;
    }
    dates.sort(Comparator.naturalOrder());
    LocalDate median = dates.get(dates.size() / 2);
    LocalDate first = dates.get(0).minusDays(settings.windowDays());
    LocalDate last = dates.get(dates.size() - 1).plusDays(settings.windowDays());
    List<ArticleRecord> out = new ArrayList<>(arts.size());
    for (ArticleRecord a : arts) {
      if (day(a.published()) != null || a.failed()) {
        out.add(a);
        continue;
      }
      LocalDate probable = null;
      for (TimeRecord t : a.times()) {
        DateSpan s = DateSpan.parse(t.value());
        if (s == null || !s.isDay()) {
          continue;
        }
        if (!s.yearKnown()) {
          s = nearestYear(s, median);
        }
        LocalDate d = s.start();
        if (!d.isBefore(first) && !d.isAfter(last) && (probable == null || d.isAfter(probable))) {
          probable = d;
        }
      }
      out.add(a.withPublished((probable != null ? probable : median).toString(), true));
    }
    return out;
  }

  private static DateSpan nearestYear(DateSpan s, LocalDate anchor) {
    DateSpan best = s.withYear(anchor.getYear());
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      DateSpan c = s.withYear(y);
      if (Math.abs(ChronoUnit.DAYS.between(c.start(), anchor)) < Math.abs(ChronoUnit.DAYS.between(best.start(),
          anchor))) {
        best = c;
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ story records

  /** The record of one incident: its merged events, disagreements within it, sources and dates. */
  StoryRecord build(String id, List<ArticleRecord> arts) {
    List<Mention> mentions = new ArrayList<>();
    int order = 0;
    for (ArticleRecord a : arts) {
      LocalDate ad = day(a.published());
      for (EventRecord e : a.events()) {
        mentions.add(Mention.of(e, a, ad, order++));
      }
    }
    List<List<Mention>> groups = new EventMerger(settings).merge(mentions);
    List<StoryEvent> events = new ArrayList<>();
    Set<CountRecord> eventCounts = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> eventIds = new HashSet<>();
    mentions.forEach(m -> eventIds.add(m.id()));
    for (ArticleRecord a : arts) {
      for (CountRecord c : a.counts()) {
        if (c.event() != null && eventIds.contains(c.event())) {
          eventCounts.add(c);
        }
      }
    }
    record Built(StoryEvent e, LocalDate date, int first) {
    }
    List<Built> built = new ArrayList<>();
    for (List<Mention> g : groups) {
      Disagreements.EventFindings f = Disagreements.forEvent(g);
      String date = mergedDate(g);
      DateSpan ds = DateSpan.parse(date);
      built.add(new Built(new StoryEvent(null, g.get(0).event().event(), date, union(g, true), union(g, false),
          location(g), ids(g), sources(g), f.disagreements(), status(g), f.size(), f.agreements()),
          ds == null || !ds.yearKnown() ? null : ds.start(), g.get(0).order()));
    }
    built.sort(Comparator.comparing(Built::date, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(Built::first));
    int k = 0;
    for (Built b : built) {
      StoryEvent e = b.e();
      events.add(new StoryEvent(id + "#x" + (++k), e.event(), e.date(), e.actor(), e.recipient(), e.location(),
          e.mentions(), e.sources(), e.disagreements(), e.status(), e.size(), e.agreements()));
    }
    List<Disagreement> storyAgreements = crossEventDeadlines(groups);
    List<Disagreement> storyDisagreements = Disagreements.forStory(arts, eventCounts);
    List<String> docIds = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    LocalDate first = null;
    LocalDate last = null;
    for (ArticleRecord a : arts) {
      docIds.add(a.docId());
      sources.add(a.source() != null && !a.source().isBlank() ? a.source() : a.docId());
      LocalDate d = day(a.published());
      if (d != null) {
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    return new StoryRecord(id, title(arts), docIds, events, storyDisagreements, storyAgreements,
        List.copyOf(sources), sources.size(), first == null ? null : first.toString(),
        last == null ? null : last.toString());
  }

  /** Threats in different merged events whose deadlines fall on the same day (the sides may be named apart). */
  private List<Disagreement> crossEventDeadlines(List<List<Mention>> groups) {
    List<Disagreement> out = new ArrayList<>();
    List<Disagreements.MentionDeadline> all = new ArrayList<>();
    List<Integer> groupOf = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      for (Mention m : groups.get(g)) {
        Disagreements.MentionDeadline d = Disagreements.deadline(m);
        if (d != null) {
          all.add(d);
          groupOf.add(g);
        }
      }
    }
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (groupOf.get(i).equals(groupOf.get(j))) {
          continue;
        }
        Mention a = all.get(i).mention();
        Mention b = all.get(j).mention();
        if (a.docId().equals(b.docId())
            || Collections.disjoint(EventMerger.sides(a.event().actor()), EventMerger.sides(b.event().actor()))) {
          continue;
        }
        Disagreement d = Disagreements.compareDeadlines(List.of(all.get(i), all.get(j)));
        if (d != null && d.kind().equals("agreement")) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private static String mergedDate(List<Mention> g) {
    Map<String, Integer> votes = new TreeMap<>();
    for (Mention m : g) {
      if (m.date() != null && m.date().yearKnown()) {
        votes.merge(m.date().isDay() ? m.date().start().toString() : m.date().text(), m.date().isDay() ? 2 : 1,
            Integer::sum);
      }
    }
    if (votes.isEmpty()) {
      for (Mention m : g) {
        if (m.event().date() != null) {
          return m.event().date();
        }
      }
      return null;
    }
    return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
  }

  private static List<ActorRecord> union(List<Mention> g, boolean actor) {
    Map<String, ActorRecord> out = new LinkedHashMap<>();
    for (Mention m : g) {
      for (ActorRecord r : actor ? m.event().actor() : m.event().recipient()) {
        String key = r.country() != null ? r.country() + "/" + r.sector()
            : ArticleFeatures.norm(r.name() != null ? r.name() : r.text());
        out.putIfAbsent(key, r);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static PlaceRecord location(List<Mention> g) {
    Map<String, Integer> votes = new HashMap<>();
    PlaceRecord best = null;
    int bestVotes = 0;
    for (Mention m : g) {
      PlaceRecord p = m.event().location();
      if (p == null) {
        continue;
      }
      String key = p.geonameid() != null ? "g" + p.geonameid() : ArticleFeatures.norm(p.name() != null ? p.name()
          : p.text());
      int v = votes.merge(key, p.geonameid() != null ? 2 : 1, Integer::sum);
      if (v > bestVotes) {
        bestVotes = v;
        best = p;
      }
    }
    return best;
  }

  private static String status(List<Mention> g) {
    Map<String, Integer> votes = new TreeMap<>();
    g.forEach(m -> {
      if (m.event().status() != null) {
        votes.merge(m.event().status(), 1, Integer::sum);
      }
    });
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static List<String> ids(List<Mention> g) {
    List<String> out = new ArrayList<>();
    g.forEach(m -> out.add(m.id()));
    return out;
  }

  private static List<String> sources(List<Mention> g) {
    Set<String> out = new LinkedHashSet<>();
    g.forEach(m -> out.add(m.source()));
    return new ArrayList<>(out);
  }

  /** The first article's title, else the first sentence of its text, else the story's most named entity. */
  static String title(List<ArticleRecord> arts) {
    for (ArticleRecord a : arts) {
      if (a.title() != null && !a.title().isBlank()) {
        return a.title().strip();
      }
    }
    for (ArticleRecord a : arts) {
      if (a.text() != null && !a.text().isBlank()) {
        String t = a.text().strip();
        int nl = t.indexOf('\n');
        if (nl > 0 && nl < 140 && !t.substring(0, nl).strip().matches(".*[.!?]$") && t.length() > nl + 1) {
          String first = t.substring(0, nl).strip();
          if (first.split("\\s+").length >= 4) {
            return first;
          }
          t = t.substring(nl + 1).strip();
        }
        int end = t.length();
        for (int i = 20; i < t.length(); i++) {
          char c = t.charAt(i);
          if ((c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))
              && !Character.isUpperCase(t.charAt(i - 1))) {
            end = i;
            break;
          }
        }
        String s = t.substring(0, end).replaceAll("\\s+", " ");
        if (s.length() > 140) {
          int cut = s.lastIndexOf(' ', 137);
          s = s.substring(0, cut > 40 ? cut : 137) + "...";
        }
        return s;
      }
    }
    Map<String, Integer> names = new TreeMap<>();
    for (ArticleRecord a : arts) {
      a.entities().forEach(e -> names.merge(e.name() != null ? e.name() : e.text(), 1, Integer::sum));
    }
    return names.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
