package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.StoryLinker;
import org.sitrep.store.ArticleResults.Story;
import org.sitrep.store.ArticleResults.StoryRow;
import org.sitrep.store.ContentHash;
import org.sitrep.store.SitrepStore;

/**
 * The store's stories updated incrementally ({@link StoreStories}) are those of relinking every stored article, after
 * every batch, whatever the order the articles arrive in (and with a revised report among them); and an update
 * rewrites only the stories that changed.
 */
class StoreStoriesTest {
  /** A record of the fake analyser: the marker gives its event. */
  static ArticleRecord a(String id, String outlet, String day, String title, String text) {
    return FakeNews.analyze(new org.sitrep.core.doc.Article(id, text, outlet, "https://news.example/" + id, title, day,
        "en", id));
  }

  /**
   * An invented offensive around Saraqib and Aleppo (a shelling, its toll revised, an air strike days later, the
   * reactions), a separate fight near Kharkiv, a clash near Goma, and an undated report.
   */
  static List<ArticleRecord> articles() {
    String offensive = " The government offensive in Idlib province has forced thousands to flee north towards the"
        + " border, aid groups said.";
    return List.of(
        a("sar-1", "Wire A", "2021-04-03", "Shelling kills eight in Saraqib market",
            "Syrian artillery shelled the crowded market of Saraqib on Saturday, killing eight people, rescuers said."
                + " Turkish troops nearby returned fire." + offensive + "\n[[ASSAULT SYR>TUR @Saraqib dead=8]]"),
        a("sar-2", "Daily B", "2021-04-03", "Saraqib market hit by shells",
            "Shells slammed into the Saraqib market on Saturday; nine people were killed, local officials said, and"
                + " Turkish positions were hit." + offensive + "\n[[ASSAULT SYR>TUR @Saraqib dead=9]]"),
        a("sar-3", "Radio C", "2021-04-04", "Saraqib market toll rises to 12",
            "The toll of Saturday's shelling of the Saraqib market rose to 12, rescuers said on Sunday, as Turkish"
                + " troops reinforced their posts." + offensive + "\n[[ASSAULT SYR>TUR @Saraqib dead=12]]"),
        a("ale-1", "Wire A", "2021-04-07", "Air strike hits Aleppo hospital",
            "An air strike hit a hospital in western Aleppo on Wednesday, killing five patients, doctors said, as the"
                + " offensive spread from Saraqib." + offensive + "\n[[ASSAULT SYR>TUR @Aleppo dead=5]]"),
        a("ale-2", "Daily B", "2021-04-07", "Hospital bombed in Aleppo, six dead",
            "Six people died when a hospital in western Aleppo was bombed on Wednesday, medics said, days after the"
                + " Saraqib market shelling." + offensive + "\n[[ASSAULT SYR>TUR @Aleppo dead=6]]"),
        a("un-1", "Radio C", "2021-04-09", "UN condemns attacks on Saraqib and Aleppo",
            "The UN condemned the shelling of the Saraqib market and the bombing of the Aleppo hospital and called for"
                + " a ceasefire in the offensive." + offensive),
        a("kha-1", "Wire A", "2021-04-05", "Fighting near Kharkiv",
            "Russian and Ukrainian forces fought for a second day near Kharkiv, where four soldiers were killed in an"
                + " artillery duel.\n[[ASSAULT RUS>UKR @Kharkiv dead=4]]"),
        a("kha-2", "Daily B", "2021-04-05", "Four soldiers die near Kharkiv",
            "Four Ukrainian soldiers died near Kharkiv as Russian artillery pounded their trenches.\n"
                + "[[ASSAULT RUS>UKR @Kharkiv dead=4]]"),
        a("kha-3", "Radio C", "2021-04-06", "Kharkiv artillery duel goes on",
            "The artillery duel near Kharkiv went on, with Russian guns firing on Ukrainian trenches, a day after four"
                + " soldiers were killed.\n[[ASSAULT RUS>UKR @Kharkiv]]"),
        a("gom-1", "Wire A", "2021-04-08", "Clash near Goma",
            "Congolese troops and Rwandan-backed rebels clashed north of Goma, killing three, the army said.\n"
                + "[[ASSAULT COD>RWA @Goma dead=3]]"),
        a("gom-2", "Radio C", "2021-04-09", "Goma clash toll",
            "Three people were killed in the clash north of Goma between Congolese troops and Rwandan-backed rebels,"
                + " residents said.\n[[ASSAULT COD>RWA @Goma dead=3]]"),
        a("und-1", "Daily B", null, "Families flee Saraqib",
            "Families fled Saraqib after the market shelling, loading what they could onto trucks." + offensive));
  }

  /** sar-2 corrected after it was first stored: a higher toll. */
  static ArticleRecord revised() {
    return a("sar-2", "Daily B", "2021-04-03", "Saraqib market hit by shells (updated)",
        "Shells slammed into the Saraqib market on Saturday; eleven people were killed, local officials said, and"
            + " Turkish positions were hit. The government offensive in Idlib province has forced thousands to flee"
            + " north towards the border, aid groups said.\n[[ASSAULT SYR>TUR @Saraqib dead=11]]");
  }

  static void put(SitrepStore store, List<ArticleRecord> batch) {
    List<SitrepStore.Item> items = new ArrayList<>();
    batch.forEach(r -> items.add(new SitrepStore.Item(r, ContentHash.of(r))));
    store.putAll(items);
  }

  /** Everything the dashboard reads of the stories: the list, and each story with its sources, events, disputes. */
  static Map<String, Object> shown(SitrepStore store) {
    Map<String, Object> out = new TreeMap<>();
    for (StoryRow r : store.stories(1000, 0)) {
      Story s = store.story(r.storyId());
      out.put(r.storyId(), List.of(r, s));
    }
    return out;
  }

  /** What relinking every stored article shows: a store of its own, the same articles, the stories replaced whole. */
  static Map<String, Object> relinked(Path dir, List<ArticleRecord> held) {
    try (SitrepStore ref = SitrepStore.open(dir)) {
      put(ref, held);
      List<ArticleRecord> all = new ArrayList<>();
      ref.forEachArticle(all::add);
      ref.replaceStories(StoryLinker.create(LinkSettings.defaults()).link(all).stories());
      return shown(ref);
    }
  }

  @Test
  void incremental_inAnyArrivalOrder_givesTheStoriesOfRelinkingTheStore(@TempDir Path tmp) {
    List<ArticleRecord> all = articles();
    // the set exercises storylines: relinked whole, the offensive is one storyline of several incidents, one
    // following another, apart from Kharkiv and Goma
    Map<String, Object> whole = relinked(tmp.resolve("whole"), all);
    Map<String, List<String>> lines = new TreeMap<>();
    int follows = 0;
    for (Object o : whole.values()) {
      StoryRow r = (StoryRow) ((List<?>) o).get(0);
      lines.computeIfAbsent(r.storyline(), k -> new ArrayList<>()).add(r.storyId());
      follows += r.follows() == null ? 0 : 1;
    }
    assertTrue(whole.size() >= 4, "incidents: " + whole.keySet());
    assertTrue(lines.values().stream().anyMatch(l -> l.size() >= 2), "a storyline of several incidents: " + lines);
    assertTrue(follows >= 1, "an incident follows another: " + whole);

    for (long seed : new long[] {1, 2, 3}) {
      List<ArticleRecord> order = new ArrayList<>(all);
      Collections.shuffle(order, new Random(seed));
      int after = order.indexOf(order.stream().filter(r -> r.docId().equals("sar-2")).findFirst().orElseThrow()) + 1;
      ArticleRecord revision = revised();
      order.add(after + new Random(seed).nextInt(order.size() - after + 1), revision); // some time after sar-2
      Path dir = tmp.resolve("inc-" + seed);
      Random batches = new Random(seed * 31);
      try (SitrepStore store = SitrepStore.open(dir)) {
        StoreStories stories = new StoreStories(new StoreGateway(store), LinkSettings.defaults());
        Map<String, ArticleRecord> held = new java.util.LinkedHashMap<>();
        int step = 0;
        for (int i = 0; i < order.size(); ) {
          int n = Math.min(order.size() - i, 1 + batches.nextInt(3));
          int at = order.subList(i, i + n).indexOf(revision);
          n = at > 0 ? at : n; // the revision comes in a batch of its own, after its original's
          List<ArticleRecord> batch = order.subList(i, i + n);
          i += n;
          put(store, batch);
          batch.forEach(r -> held.put(r.docId(), r)); // a later version of a doc replaces the earlier one
          StoreStories.Sync s = stories.sync();
          step++;
          assertEquals(relinked(tmp.resolve("ref-" + seed + "-" + step), new ArrayList<>(held.values())),
              shown(store), "seed " + seed + ", step " + step + " (" + batch.stream().map(ArticleRecord::docId).toList()
                  + "): the stories of relinking the store");
          assertTrue(s.written() > 0, "seed " + seed + ", step " + step + ": a new article rewrites its story");
        }
        StoreStories.Sync idle = stories.sync();
        assertEquals(0, idle.written() + idle.removed(), "nothing stored, nothing written: " + idle);
      }
    }
  }

  @Test
  void anArticleJoiningTheNewestIncident_rewritesOnlyWhatChanged(@TempDir Path tmp) {
    List<ArticleRecord> all = articles();
    List<ArticleRecord> first = all.stream().filter(r -> !r.docId().equals("gom-2")).toList();
    try (SitrepStore store = SitrepStore.open(tmp.resolve("s"))) {
      StoreStories stories = new StoreStories(new StoreGateway(store), LinkSettings.defaults());
      put(store, first);
      StoreStories.Sync s0 = stories.sync();
      assertEquals(s0.stories(), s0.written(), "the first sync of a run writes every story: " + s0);
      put(store, all.stream().filter(r -> r.docId().equals("gom-2")).toList());
      StoreStories.Sync s1 = stories.sync();
      assertEquals(1, s1.changedArticles());
      assertTrue(s1.written() >= 1 && s1.written() < s1.stories(), "only the stories that changed: " + s1);
      assertEquals(relinked(tmp.resolve("ref"), all), shown(store));
    }
  }

  @Test
  void storiesWrittenByAFullRelinkMeanwhile_areReconciled(@TempDir Path tmp) {
    List<ArticleRecord> all = articles();
    try (SitrepStore store = SitrepStore.open(tmp.resolve("s"))) {
      StoreStories stories = new StoreStories(new StoreGateway(store), LinkSettings.defaults());
      put(store, all.subList(0, 6));
      stories.sync();
      // someone else (an ingest's end) stores articles and relinks the whole store; the next sync agrees
      put(store, all.subList(6, all.size()));
      new StoreGateway(store).relinkStories();
      stories.sync();
      assertEquals(relinked(tmp.resolve("ref"), all), shown(store));
      StoreStories.Sync idle = stories.sync();
      assertEquals(0, idle.written() + idle.removed(), "nothing stored since, nothing written: " + idle);
    }
  }

  @Test
  void aDeskPass_updatesTheStoresStoriesBeforeItsAlerts_whichNameTheirStory(@TempDir Path tmp) throws Exception {
    WatchIncrementalTest.config(tmp);
    try (SitrepStore store = SitrepStore.open(tmp.resolve("data"));
         Watcher desk = WatchIncrementalTest.desk(tmp, store, true)) {
      for (int p = 0; p < 3; p++) {
        WatchIncrementalTest.drop(tmp, WatchIncrementalTest.pass(p));
        Watcher.Pass pass = desk.pass();
        assertTrue(!pass.alerts().isEmpty(), "pass " + p + " raised alerts");
        List<ArticleRecord> all = new ArrayList<>();
        store.forEachArticle(all::add);
        assertEquals(relinked(tmp.resolve("ref-" + p), all), shown(store), "pass " + p + ": the stories are current");
        for (Alert a : pass.alerts()) {
          List<StoryRow> holding = store.storiesWith(a.incident(), null);
          assertEquals(1, holding.size(), a.incident());
          assertEquals(holding.get(0).storyId(), a.storyId(), "the alert names its incident's story in the store");
        }
      }
    }
  }

  @Test
  void relinkMode_holdsNothing_andGivesTheSameStories(@TempDir Path tmp) {
    List<ArticleRecord> all = articles();
    try (SitrepStore store = SitrepStore.open(tmp.resolve("s"))) {
      StoreStories stories = new StoreStories(new StoreGateway(store), LinkSettings.defaults(), false);
      put(store, all.subList(0, 7));
      stories.sync();
      put(store, all.subList(7, all.size()));
      StoreStories.Sync s = stories.sync();
      assertEquals(0, s.articles(), "nothing held between syncs");
      assertEquals(relinked(tmp.resolve("ref"), all), shown(store));
    }
    assertTrue(error("{\"folders\": [{\"path\": \"in\"}], \"link\": {\"store_stories\": \"lazy\"}}")
        .contains("link.store_stories: 'lazy' is not one of incremental, relink"));
  }

  static String error(String json) {
    return org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> WatchConfig.parse(json, "desk.json", Path.of("/desk"))).getMessage();
  }
}
