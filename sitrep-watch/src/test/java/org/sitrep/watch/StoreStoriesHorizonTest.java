package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.StoryRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.store.ArticleResults.StoryRow;
import org.sitrep.store.SitrepStore;

/**
 * The store's stories with a horizon ({@link StoreStories.Horizon}): storylines that ended before it close (their
 * articles leave memory), and the stories stay those of relinking the whole store: as the desk moves on in time, when
 * a late report dated near closed stories arrives, when a closed report is revised, and after a restart. Past
 * {@code maxArticles} the oldest storylines close early and the session stays within the bound.
 */
class StoreStoriesHorizonTest {
  /** Four seasons of the invented news of {@link StoreStoriesTest} (dated ones), each 150 days after the last. */
  static List<List<ArticleRecord>> seasons() {
    List<List<ArticleRecord>> out = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      List<ArticleRecord> season = new ArrayList<>();
      for (ArticleRecord r : StoreStoriesTest.articles()) {
        if (r.published() != null) {
          season.add(shifted(r, "q" + s + "-", 150L * s));
        }
      }
      out.add(season);
    }
    return out;
  }

  /** The same report under another id, {@code days} later (its markers re-read by the fake analyser). */
  static ArticleRecord shifted(ArticleRecord r, String prefix, long days) {
    return StoreStoriesTest.a(prefix + r.docId(), r.source(), LocalDate.parse(r.published()).plusDays(days).toString(),
        r.title(), r.text());
  }

  static StoreStories bounded(SitrepStore store, int days, int max) {
    return new StoreStories(new StoreGateway(store), LinkSettings.defaults(), true, new StoreStories.Horizon(days, max));
  }

  /** Every stored article is a main report of exactly one stored story: nothing lost, nothing twice. */
  static void eachArticleInOneStory(SitrepStore store, Map<String, ArticleRecord> held) {
    Map<String, Integer> in = new HashMap<>();
    List<String> ids = store.stories(100_000, 0).stream().map(StoryRow::storyId).toList();
    for (StoryRecord st : store.storyRecords(ids)) {
      st.articles().stream().filter(d -> !st.alsoArticles().contains(d)).forEach(d -> in.merge(d, 1, Integer::sum));
    }
    held.keySet().forEach(d -> assertEquals(1, in.getOrDefault(d, 0), d + " in one story: " + in));
    assertEquals(held.keySet(), in.keySet());
  }

  @Test
  void seasonsArrivingInOrder_closeBehindTheHorizon_andTheStoriesStayThoseOfAFullRelink(@TempDir Path tmp) {
    List<List<ArticleRecord>> seasons = seasons();
    try (SitrepStore store = SitrepStore.open(tmp.resolve("s"))) {
      StoreStories stories = bounded(store, 30, 10_000);
      Map<String, ArticleRecord> held = new LinkedHashMap<>();
      int step = 0;
      int closed = 0;
      for (List<ArticleRecord> season : seasons) {
        for (int i = 0; i < season.size(); i += 3) {
          List<ArticleRecord> batch = season.subList(i, Math.min(season.size(), i + 3));
          StoreStoriesTest.put(store, batch);
          batch.forEach(r -> held.put(r.docId(), r));
          StoreStories.Sync s = stories.sync();
          closed += s.closed();
          step++;
          assertEquals(StoreStoriesTest.relinked(tmp.resolve("ref-" + step), new ArrayList<>(held.values())),
              StoreStoriesTest.shown(store), "step " + step + ": the stories of relinking the store");
          assertTrue(stories.held() <= season.size(), "step " + step + ": at most one season held, " + s);
        }
      }
      assertTrue(closed >= 3 * 4, "three seasons' stories closed: " + closed);
      eachArticleInOneStory(store, held);

      // a late report of the first season's Goma clash: its closed storyline is read back and relinked
      ArticleRecord late = StoreStoriesTest.a("q0-gom-3", "Wire D", "2021-04-10", "Goma clash: three dead",
          "Three people were killed north of Goma when Congolese troops and Rwandan-backed rebels clashed, a local"
              + " official said.\n[[ASSAULT COD>RWA @Goma dead=3]]");
      StoreStoriesTest.put(store, List.of(late));
      held.put(late.docId(), late);
      StoreStories.Sync s = stories.sync();
      assertTrue(s.reopened() >= 1, "the closed Goma story reopened: " + s);
      assertEquals(StoreStoriesTest.relinked(tmp.resolve("ref-late"), new ArrayList<>(held.values())),
          StoreStoriesTest.shown(store), "a late report: the stories of relinking the store");
      assertTrue(stories.held() <= seasons.get(3).size(), "closed again behind the horizon: " + stories.held());

      // a closed report revised (its toll corrected): reopened, relinked, closed again
      ArticleRecord fix = StoreStoriesTest.a("q1-kha-2", "Daily B", "2021-09-02", "Five soldiers die near Kharkiv",
          "Five Ukrainian soldiers died near Kharkiv as Russian artillery pounded their trenches.\n"
              + "[[ASSAULT RUS>UKR @Kharkiv dead=5]]");
      StoreStoriesTest.put(store, List.of(fix));
      held.put(fix.docId(), fix);
      s = stories.sync();
      assertTrue(s.reopened() >= 1, "the revised report's story reopened: " + s);
      assertEquals(StoreStoriesTest.relinked(tmp.resolve("ref-fix"), new ArrayList<>(held.values())),
          StoreStoriesTest.shown(store), "a revision: the stories of relinking the store");
      StoreStories.Sync idle = stories.sync();
      assertEquals(0, idle.written() + idle.removed(), "nothing stored, nothing written: " + idle);
      eachArticleInOneStory(store, held);

      // a restart: the closed storylines are taken from the store, only the last season is read
      StoreStories again = bounded(store, 30, 10_000);
      StoreStories.Sync first = again.sync();
      assertTrue(again.held() <= seasons.get(3).size(), "a restart reads only the open season: " + first);
      assertEquals(StoreStoriesTest.relinked(tmp.resolve("ref-restart"), new ArrayList<>(held.values())),
          StoreStoriesTest.shown(store), "after a restart: the stories of relinking the store");
    }
  }

  @Test
  void pastMaxArticles_theOldestStorylinesCloseEarly_andEveryArticleKeepsItsStory(@TempDir Path tmp) {
    List<ArticleRecord> season = seasons().get(0);
    try (SitrepStore store = SitrepStore.open(tmp.resolve("s"))) {
      StoreStories stories = bounded(store, 365, 6);
      Map<String, ArticleRecord> held = new LinkedHashMap<>();
      int closed = 0;
      for (int i = 0; i < season.size(); i += 2) {
        List<ArticleRecord> batch = season.subList(i, Math.min(season.size(), i + 2));
        StoreStoriesTest.put(store, batch);
        batch.forEach(r -> held.put(r.docId(), r));
        StoreStories.Sync s = stories.sync();
        closed += s.closed();
        assertTrue(stories.held() <= 6, "within max_articles: " + s);
        eachArticleInOneStory(store, held);
      }
      assertTrue(closed >= 1, "storylines closed early for room");
      // story and storyline ids stay unique
      List<StoryRow> rows = store.stories(1000, 0);
      assertEquals(rows.size(), rows.stream().map(StoryRow::storyId).distinct().count(), "unique ids: " + rows);
    }
  }

  /** The reports of each stored story (its main ones), as sets: the incidents, whatever their ids. */
  static Set<Set<String>> incidents(SitrepStore store) {
    Set<Set<String>> out = new HashSet<>();
    List<String> ids = store.stories(100_000, 0).stream().map(StoryRow::storyId).toList();
    for (StoryRecord st : store.storyRecords(ids)) {
      Set<String> main = new TreeSet<>(st.articles());
      main.removeAll(st.alsoArticles());
      out.add(main);
    }
    return out;
  }

  @Test
  void aRunningStoryline_closesBehindTheHorizonStoryByStory_andItsIncidentsStayThoseOfAFullRelink(@TempDir Path tmp) {
    // the Kharkiv fighting reported again every 20 days: one storyline that never ends
    List<ArticleRecord> kharkiv = StoreStoriesTest.articles().stream().filter(r -> r.docId().startsWith("kha")).toList();
    try (SitrepStore store = SitrepStore.open(tmp.resolve("s"));
         SitrepStore whole = SitrepStore.open(tmp.resolve("whole"))) {
      StoreStories stories = bounded(store, 30, 10_000);
      Map<String, ArticleRecord> held = new LinkedHashMap<>();
      int closed = 0;
      for (int round = 0; round < 10; round++) {
        List<ArticleRecord> batch = new ArrayList<>();
        for (ArticleRecord r : kharkiv) {
          batch.add(shifted(r, "r" + round + "-", 20L * round));
        }
        StoreStoriesTest.put(store, batch);
        batch.forEach(r -> held.put(r.docId(), r));
        StoreStories.Sync s = stories.sync();
        closed += s.closed();
        assertTrue(stories.held() <= 3 * 3, "round " + round + ": at most the rounds of the last 30 days (and one): " + s);
        eachArticleInOneStory(store, held);
      }
      assertTrue(closed >= 6, "the running storyline's old stories closed: " + closed);
      StoreStoriesTest.put(whole, new ArrayList<>(held.values()));
      List<ArticleRecord> all = new ArrayList<>();
      whole.forEachArticle(all::add);
      whole.replaceStories(org.sitrep.link.StoryLinker.create(LinkSettings.defaults()).link(all).stories());
      Set<String> lines = new HashSet<>();
      whole.stories(1000, 0).forEach(r -> lines.add(r.storyline()));
      assertEquals(1, lines.size(), "relinked whole, one storyline: " + lines);
      assertEquals(incidents(whole), incidents(store), "the incidents of relinking the store");
      List<StoryRow> rows = store.stories(1000, 0);
      assertEquals(rows.size(), rows.stream().map(StoryRow::storyId).distinct().count(), "unique ids: " + rows);
    }
  }

  @Test
  void aHorizonNeedsADayAndAnArticle() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new StoreStories.Horizon(0, 10));
    assertTrue(e.getMessage().contains("use at least 1"), e.getMessage());
    Path base = Path.of("/desk");
    WatchConfig.Link defaults = WatchConfig.parse("{\"folders\": [{\"path\": \"in\"}]}", "desk.json", base).link();
    assertEquals(90, defaults.storeStoriesDays());
    assertEquals(10_000, defaults.storeStoriesMaxArticles());
    WatchConfig.Link set = WatchConfig.parse("{\"folders\": [{\"path\": \"in\"}], \"link\": {\"store_stories_days\":"
        + " 30, \"store_stories_max_articles\": 2500}}", "desk.json", base).link();
    assertEquals(30, set.storeStoriesDays());
    assertEquals(2500, set.storeStoriesMaxArticles());
    assertTrue(StoreStoriesTest.error("{\"folders\": [{\"path\": \"in\"}], \"link\": {\"store_stories_days\": 0}}")
        .contains("link.store_stories_days: must be a positive whole number, not 0"));
  }
}
