package org.sitrep.watch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.StoryLinker;
import org.sitrep.store.ArticleResults.StoredArticle;

/**
 * The store's stories (the dashboard's incidents and storylines), kept up to date incrementally: one
 * {@link StoryLinker.Session} over every stored article. A {@link #sync} reads the store's content hashes, takes out
 * of the session the articles that were revised (or left the store), adds those stored since (whoever stored them:
 * the desk, an ingest, {@code POST /api/articles}), and rewrites in the store only the stories whose record changed
 * or that hold an article that changed, in one transaction; the stories are then exactly those of linking every
 * stored article at once ({@link StoreGateway#relinkStories}). The first sync of a run links every stored article
 * and rewrites every story (what the store held may predate a kill). The session holds every stored article's
 * record, so its memory grows with the store, not with the desk's window. Thread-safe (syncs run one at a time).
 */
final class StoreStories {
  /** What one sync did: articles held, articles taken in or out, stories now, written, and deleted. */
  record Sync(int articles, int changedArticles, int stories, int written, int removed, long ms) {
    static final Sync NONE = new Sync(0, 0, 0, 0, 0, 0);

    boolean wrote() {
      return written > 0 || removed > 0;
    }
  }

  private final StoreGateway store;
  private final StoryLinker linker;
  private final boolean incremental;
  private final StoryLinker.Session session;
  /** What the session holds: doc id to the content hash the store gave with its record. */
  private final Map<String, String> held = new HashMap<>();
  private boolean first = true;
  /** Event mention id to the store's story holding it, as of the last sync (an incident's key is such a mention). */
  private Map<String, String> storyOfMention = Map.of();

  StoreStories(StoreGateway store, LinkSettings settings) {
    this(store, settings, true);
  }

  /**
   * With {@code incremental} false, each sync relinks every stored article and replaces the stories whole (what the
   * desk did before): nothing is kept between syncs, for a store too large to hold in memory.
   */
  StoreStories(StoreGateway store, LinkSettings settings, boolean incremental) {
    this.store = store;
    this.linker = StoryLinker.create(settings);
    this.incremental = incremental;
    this.session = incremental ? linker.session() : null;
  }

  /** Brings the session and the store's stories up to what the store holds now; returns what it did. */
  synchronized Sync sync() {
    long t0 = System.nanoTime();
    if (!incremental) {
      List<org.sitrep.core.model.ArticleRecord> all = store.all();
      List<StoryRecord> stories = all.isEmpty() ? List.of() : linker.link(all).stories();
      store.updateStories(store.storyDigests().keySet(), stories);
      storyOfMention = mentions(stories);
      return new Sync(0, all.size(), stories.size(), stories.size(), -1, (System.nanoTime() - t0) / 1_000_000);
    }
    Map<String, String> now = store.contentHashes();
    Set<String> changed = new HashSet<>();
    held.forEach((doc, h) -> {
      if (!h.equals(now.get(doc))) {
        changed.add(doc);
      }
    });
    now.forEach((doc, h) -> {
      if (!h.equals(held.get(doc))) {
        changed.add(doc);
      }
    });
    if (changed.isEmpty() && !first) {
      return new Sync(held.size(), 0, -1, 0, 0, (System.nanoTime() - t0) / 1_000_000);
    }
    for (String doc : changed) {
      if (held.remove(doc) != null) {
        session.remove(doc);
      }
    }
    for (StoredArticle a : store.stored(changed)) { // those still stored, in their current version
      String doc = a.article().docId();
      if (held.remove(doc) != null) { // stored again between the two reads: the newer version
        session.remove(doc);
      }
      session.add(a.article());
      held.put(doc, a.contentHash());
    }
    List<StoryRecord> stories = session.stories();
    storyOfMention = mentions(stories);
    Map<String, String> stored = store.storyDigests();
    List<StoryRecord> write = new ArrayList<>();
    Set<String> remove = new HashSet<>(stored.keySet());
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
    first = false;
    return new Sync(held.size(), changed.size(), stories.size(), write.size(), remove.size(),
        (System.nanoTime() - t0) / 1_000_000);
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
    return storyOfMention.get(mention);
  }

  static String md5(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this Java runtime", e);
    }
  }
}
