package org.sitrep.watch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.StoryLinker;
import org.sitrep.store.ArticleResults.ArticleStamp;
import org.sitrep.store.ArticleResults.StoredArticle;

/**
 * The store's stories (the dashboard's incidents and storylines), kept up to date incrementally: one
 * {@link StoryLinker.Session} over the stored articles whose stories can still change. A {@link #sync} reads what
 * was stored since the last one (by sequence number: new and revised articles, whoever stored them: the desk, an
 * ingest, {@code POST /api/articles}), takes revised articles out of the session, adds the new versions, and rewrites
 * in the store only the stories whose record changed or that hold an article that changed, in one transaction.
 *
 * <p>Memory stays bounded by a {@link Horizon}: once the newest article of a storyline (or of a story without one) is
 * older than {@code days} before the newest stored article, or the session holds more than {@code maxArticles}, the
 * storyline is <em>closed</em>: its stories stay in the store as last written and their articles leave the session
 * (what is kept of them is their id, storyline and digest). A late report dated near closed stories, or a revision
 * of an article they hold, reopens them (their storylines whole) from the store. Within the horizon the stories are
 * exactly those of linking every stored article at once ({@link StoreGateway#relinkStories}); the open stories take
 * the ids above the closed ones ({@link StoryNumbers}).
 *
 * <p>The first sync of a run (or after another writer replaced the stories) takes the stored storylines wholly older
 * than the horizon as closed and links the rest, rewriting every open story (what the store held may predate a
 * kill). Thread-safe (syncs run one at a time).
 */
final class StoreStories {
  /**
   * What one sync did: articles held, articles taken in or out, open stories now, written, deleted, stories closed
   * (their articles left memory) and reopened.
   */
  record Sync(int articles, int changedArticles, int stories, int written, int removed, int closed, int reopened,
              long ms) {
    boolean wrote() {
      return written > 0 || removed > 0;
    }
  }

  /** How far back the session holds articles: {@code days} before the newest stored one, at most {@code maxArticles}. */
  record Horizon(int days, int maxArticles) {
    static final Horizon NONE = new Horizon(Integer.MAX_VALUE, Integer.MAX_VALUE);

    Horizon {
      if (days < 1 || maxArticles < 1) {
        throw new IllegalArgumentException("a horizon of " + days + " days and " + maxArticles
            + " articles; use at least 1 of each");
      }
    }
  }

  /** A closed story: its storyline (null for none) and the MD5 of its stored record. */
  private record Closed(String storyline, String digest) {
  }

  private final StoreGateway store;
  private final StoryLinker linker;
  private final boolean incremental;
  private final Horizon horizon;
  private StoryLinker.Session session;
  /** What the session holds: doc id to the content hash the store gave with its record. */
  private final Map<String, String> held = new HashMap<>();
  private final Map<String, Closed> closed = new HashMap<>();
  private final StoryNumbers numbers = new StoryNumbers();
  private boolean first = true;
  private long lastSeq;
  private LocalDate newest;
  private LocalDate closedUntil;
  /** Event mention id to the open story holding it, as of the last sync (an incident's key is such a mention). */
  private Map<String, String> storyOfMention = Map.of();

  StoreStories(StoreGateway store, LinkSettings settings) {
    this(store, settings, true, Horizon.NONE);
  }

  StoreStories(StoreGateway store, LinkSettings settings, boolean incremental) {
    this(store, settings, incremental, Horizon.NONE);
  }

  /**
   * With {@code incremental} false, each sync relinks every stored article and replaces the stories whole (what the
   * desk did before): nothing is kept between syncs. {@code horizon} bounds the incremental session.
   */
  StoreStories(StoreGateway store, LinkSettings settings, boolean incremental, Horizon horizon) {
    this.store = store;
    this.linker = StoryLinker.create(settings);
    this.incremental = incremental;
    this.horizon = horizon;
  }

  /**
   * Brings the session and the store's stories up to what the store holds now; returns what it did. A sync that
   * fails (a store error) leaves the next one to start over, as the first of a run does.
   */
  synchronized Sync sync() {
    try {
      return syncOnce();
    } catch (RuntimeException e) {
      first = true;
      throw e;
    }
  }

  private Sync syncOnce() {
    long t0 = System.nanoTime();
    if (!incremental) {
      List<org.sitrep.core.model.ArticleRecord> all = store.all();
      List<StoryRecord> stories = all.isEmpty() ? List.of() : linker.link(all).stories();
      store.updateStories(store.storyDigests().keySet(), stories);
      storyOfMention = mentions(stories);
      return new Sync(0, all.size(), stories.size(), stories.size(), -1, 0, 0, ms(t0));
    }
    Map<String, String> stored = store.storyDigests();
    for (Map.Entry<String, Closed> c : closed.entrySet()) {
      if (!c.getValue().digest().equals(stored.get(c.getKey()))) { // another writer replaced the stories
        first = true;
        break;
      }
    }
    Set<String> changed = new HashSet<>();
    int reopened = 0;
    if (first) {
      start(stored);
    } else {
      List<ArticleStamp> since = store.since(lastSeq);
      List<String> days = new ArrayList<>();
      for (ArticleStamp a : since) {
        lastSeq = Math.max(lastSeq, a.seq());
        if (!a.contentHash().equals(held.get(a.docId()))) {
          changed.add(a.docId());
          if (a.publishedDay() != null) {
            days.add(a.publishedDay());
          }
        }
      }
      if (changed.isEmpty()) {
        return new Sync(held.size(), 0, -1, 0, 0, 0, 0, ms(t0));
      }
      days.forEach(d -> newest = later(newest, LocalDate.parse(d)));
      Set<String> load = new HashSet<>(changed);
      reopened = reopen(changed, days, load);
      for (String doc : changed) {
        if (held.remove(doc) != null) {
          session.remove(doc);
        }
      }
      add(load);
    }
    List<StoryRecord> stories = numbers.apply(session.stories());
    storyOfMention = mentions(stories);
    List<StoryRecord> write = new ArrayList<>();
    Set<String> remove = new HashSet<>(stored.keySet());
    remove.removeAll(closed.keySet());
    for (StoryRecord st : stories) {
      boolean same = !first && md5(Json.line(st)).equals(stored.get(st.storyId()))
          && st.articles().stream().noneMatch(changed::contains); // its days come from its articles' rows
      if (same) {
        remove.remove(st.storyId());
      } else {
        write.add(st);
      }
    }
    if (!write.isEmpty() || !remove.isEmpty()) {
      store.updateStories(remove, write);
    }
    boolean wasFirst = first;
    first = false;
    int closing = close(stories);
    return new Sync(held.size(), wasFirst ? held.size() : changed.size(), stories.size() - closing, write.size(),
        remove.size(), closing, reopened, ms(t0));
  }

  /** The first sync of a run: the stored storylines wholly before the horizon are taken as closed, the rest linked. */
  private void start(Map<String, String> stored) {
    session = linker.session();
    held.clear();
    closed.clear();
    lastSeq = store.maxSeq(); // before reading: what is stored meanwhile comes again next time
    Map<String, String> hashes = new HashMap<>();
    newest = null;
    for (ArticleStamp a : store.since(0)) {
      hashes.put(a.docId(), a.contentHash());
      if (a.publishedDay() != null) {
        newest = later(newest, LocalDate.parse(a.publishedDay()));
      }
    }
    LocalDate cutoff = cutoff();
    // a storyline is closed when every story of it ends before the cutoff (dated)
    record Stored(String id, String line, LocalDate last, List<String> main, String digest) {
    }
    Map<String, List<Stored>> byLine = new HashMap<>();
    if (cutoff != null) {
      store.forEachStory((st, digest) -> {
        List<String> main = new ArrayList<>(st.articles());
        main.removeAll(st.alsoArticles());
        String line = st.storyline() != null ? st.storyline() : st.storyId();
        byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(new Stored(st.storyId(), st.storyline(),
            day(st.lastPublished()), main, digest));
      });
    }
    Set<String> closedDocs = new HashSet<>();
    int storyBase = 0;
    int lineBase = 0;
    closedUntil = null;
    for (List<Stored> line : byLine.values()) {
      if (line.stream().allMatch(s -> s.last() != null && s.last().isBefore(cutoff))) {
        for (Stored s : line) {
          closed.put(s.id(), new Closed(s.line(), s.digest()));
          closedDocs.addAll(s.main());
          storyBase = Math.max(storyBase, StoryNumbers.number(s.id(), 's'));
          lineBase = Math.max(lineBase, StoryNumbers.number(s.line(), 'l'));
          closedUntil = later(closedUntil, s.last());
        }
      }
    }
    numbers.reset(storyBase, lineBase);
    Set<String> load = new HashSet<>(hashes.keySet());
    load.removeAll(closedDocs);
    add(load);
  }

  /** Reads these articles from the store (in slices, so as not to hold a large batch twice) into the session. */
  private void add(Set<String> docs) {
    List<String> all = new ArrayList<>(docs);
    all.sort(null);
    for (int i = 0; i < all.size(); i += 500) {
      for (StoredArticle a : store.stored(all.subList(i, Math.min(all.size(), i + 500)))) {
        String doc = a.article().docId();
        if (held.remove(doc) != null) { // stored again between the two reads: the newer version
          session.remove(doc);
        }
        session.add(a.article());
        held.put(doc, a.contentHash());
      }
      session.update();
    }
  }

  /**
   * Reopens the closed storylines a change reaches: those holding a changed article, or with a story within the
   * linker's storyline window of the day of a late article (dated before the horizon); their articles join
   * {@code load}. Returns how many stories.
   */
  private int reopen(Set<String> changed, List<String> days, Set<String> load) {
    if (closed.isEmpty()) {
      return 0;
    }
    int reach = linker.settings().storylineWindowDays();
    String from = null;
    String to = null;
    for (String d : days) {
      LocalDate day = LocalDate.parse(d);
      LocalDate cutoff = cutoff();
      // a late report (dated before the horizon) reopens what it reaches; a current one joins the open stories
      if (closedUntil != null && cutoff != null && day.isBefore(cutoff) && !day.minusDays(reach).isAfter(closedUntil)) {
        String f = day.minusDays(reach).toString();
        String t = day.plusDays(reach).toString();
        from = from == null || f.compareTo(from) < 0 ? f : from;
        to = to == null || t.compareTo(to) > 0 ? t : to;
      }
    }
    Set<String> lines = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (String id : store.storyIdsNear(from, to, changed)) {
      Closed c = closed.get(id);
      if (c != null) {
        ids.add(id);
        if (c.storyline() != null) {
          lines.add(c.storyline());
        }
      }
    }
    if (ids.isEmpty()) {
      return 0;
    }
    closed.forEach((id, c) -> {
      if (c.storyline() != null && lines.contains(c.storyline())) {
        ids.add(id);
      }
    });
    for (StoryRecord st : store.storyRecords(ids)) {
      List<String> main = new ArrayList<>(st.articles());
      main.removeAll(st.alsoArticles());
      load.addAll(main);
    }
    for (String id : ids) {
      numbers.reopen(id, closed.remove(id).storyline());
    }
    return ids.size();
  }

  /**
   * Closes the storylines (a story without one on its own) that ended before the horizon's days, then, oldest first,
   * as many as keep the session within its articles; returns how many stories were closed. A storyline closed by
   * days is reopened by a late report dated within the linker's storyline window of it, so the stories stay those
   * of a full relink; one closed early for room (past {@code maxArticles}) is not: new reports can no longer join it
   * and start incidents of their own (memory first, as the operator asked).
   */
  private int close(List<StoryRecord> stories) {
    if (horizon.equals(Horizon.NONE)) {
      return 0;
    }
    Map<String, List<StoryRecord>> byLine = new LinkedHashMap<>();
    for (StoryRecord st : stories) {
      byLine.computeIfAbsent(st.storyline() != null ? st.storyline() : st.storyId(), k -> new ArrayList<>()).add(st);
    }
    record Line(List<StoryRecord> stories, LocalDate last, int articles) {
    }
    List<Line> lines = new ArrayList<>();
    for (List<StoryRecord> l : byLine.values()) {
      LocalDate last = null;
      boolean dated = true;
      int n = 0;
      for (StoryRecord st : l) {
        LocalDate d = day(st.lastPublished());
        dated &= d != null;
        last = later(last, d);
        n += st.articles().size() - st.alsoArticles().size();
      }
      if (dated) { // an undated story may yet be dated by a report joining it: it stays open
        lines.add(new Line(l, last, n));
      }
    }
    lines.sort(Comparator.comparing(Line::last).thenComparing(l -> l.stories().get(0).storyId()));
    LocalDate cutoff = cutoff();
    int left = held.size();
    int count = 0;
    List<Line> running = new ArrayList<>();
    for (Line l : lines) {
      boolean old = cutoff != null && l.last().isBefore(cutoff);
      if (!old && left <= horizon.maxArticles()) {
        running.add(l);
        continue;
      }
      for (StoryRecord st : l.stories()) {
        closeStory(st, md5(Json.line(st)));
        if (old) { // a report dated near it reopens it; one closed early for room is left closed
          closedUntil = later(closedUntil, l.last());
        }
        count++;
      }
      left -= l.articles();
    }
    // a running storyline (new incidents keep joining it) would never end: its stories behind the horizon close one
    // by one, their links to its open stories dropped (the open part goes on under a storyline id of its own)
    List<StoryRecord> rewrite = new ArrayList<>();
    for (Line l : running) {
      Set<String> closing = new HashSet<>();
      for (StoryRecord st : l.stories()) {
        LocalDate d = day(st.lastPublished());
        if (cutoff != null && d.isBefore(cutoff)) {
          closing.add(st.storyId());
        }
      }
      for (StoryRecord st : l.stories()) {
        if (closing.contains(st.storyId())) {
          StoryRecord cut = st.withIds(st.storyId(), st.events(), st.storyline(),
              st.follows() != null && (closing.contains(st.follows()) || closed.containsKey(st.follows()))
                  ? st.follows() : null,
              st.related().stream().filter(r -> closing.contains(r) || closed.containsKey(r)).toList());
          if (!cut.equals(st)) {
            rewrite.add(cut);
          }
          closeStory(cut, md5(Json.line(cut)));
          closedUntil = later(closedUntil, day(st.lastPublished()));
          count++;
        }
      }
    }
    if (!rewrite.isEmpty()) {
      store.updateStories(rewrite.stream().map(StoryRecord::storyId).toList(), rewrite);
    }
    if (count > 0) {
      session.update();
    }
    return count;
  }

  /** Takes a story's articles out of the session; it stays in the store as {@code digest} says it was written. */
  private void closeStory(StoryRecord st, String digest) {
    closed.put(st.storyId(), new Closed(st.storyline(), digest));
    numbers.close(st);
    for (String doc : st.articles()) {
      if (!st.alsoArticles().contains(doc) && held.remove(doc) != null) {
        session.remove(doc);
      }
    }
    st.events().forEach(e -> e.mentions().forEach(storyOfMention::remove));
  }

  private LocalDate cutoff() {
    return newest == null || horizon.days() == Integer.MAX_VALUE ? null : newest.minusDays(horizon.days());
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }

  private static LocalDate day(String published) {
    return published != null && published.length() >= 10 && published.charAt(4) == '-'
        ? LocalDate.parse(published.substring(0, 10)) : null;
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static Map<String, String> mentions(List<StoryRecord> stories) {
    Map<String, String> out = new HashMap<>();
    for (StoryRecord st : stories) {
      st.events().forEach(e -> e.mentions().forEach(m -> out.putIfAbsent(m, st.storyId())));
    }
    return out;
  }

  /** The store's story (as of the last sync) holding this event mention (an incident's key), or null. */
  synchronized String storyOf(String mention) {
    String open = storyOfMention.get(mention);
    return open != null || closed.isEmpty() ? open : store.storyHolding(mention);
  }

  /** How many articles the session holds now. */
  synchronized int held() {
    return held.size();
  }

  static String md5(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this Java runtime", e);
    }
  }
}
