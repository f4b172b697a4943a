package org.sitrep.watch;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.store.ContentHash;
import org.sitrep.store.SitrepStore;

/**
 * Heap per stored article of the store's stories ({@link StoreStories}) as the store grows: a synthetic feed of
 * {@code perDay} reports a day (incidents of three reports over two days, each incident with words, sides and a
 * town of its own), stored a day at a time, one sync a day; heap after a full GC at the checkpoints. Not a test.
 *
 * <pre>
 * java -Xmx3g -cp ... org.sitrep.watch.StoreStoriesBench MODE ARTICLES [PER_DAY]
 *   MODE: bounded (the defaults: 90 days, 10,000 articles), unbounded (no horizon: every article held),
 *         days:N:MAX (a horizon of N days, MAX articles), relink (nothing held; the whole store relinked a sync)
 * </pre>
 */
public final class StoreStoriesBench {
  private StoreStoriesBench() {
  }

  private static final String[] SYL = {"ka", "lo", "mer", "sin", "tu", "va", "dor", "qui", "ban", "rel", "os", "zim",
      "pa", "fen", "gar", "hul"};
  private static final String[] FILLER = ("officials said the situation remained tense as residents described"
      + " the scene and aid groups asked for access while local leaders called for calm after the latest violence"
      + " in the area where several families had already left their homes").split(" ");

  /** A made-up word of the synthetic feed, from a number. */
  static String word(int n) {
    StringBuilder b = new StringBuilder();
    int x = n + 17;
    for (int i = 0; i < 4; i++) { // 65,536 words: an incident's eight recur only after 8,192 incidents
      b.append(SYL[x % SYL.length]);
      x /= SYL.length;
    }
    return b.substring(0, 1).toUpperCase(Locale.ROOT) + b.substring(1);
  }

  /** A made-up three-letter actor code (17,576 of them: a pair of sides recurs only after thousands of incidents). */
  static String code(int n) {
    return "" + (char) ('A' + n % 26) + (char) ('A' + (n / 26) % 26) + (char) ('A' + (n / 676) % 26);
  }

  /** Report {@code r} (0-2) of incident {@code k}, first reported on {@code day}: words, sides and town its own. */
  static ArticleRecord report(int k, int r, LocalDate day, Random rnd) {
    String town = word(1_000_000 + k);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      text.append(word(8 * k + i)).append(i == 3 ? " were hit near " + town + ". " : " ");
    }
    text.append(". ");
    for (int i = 0; i < 15; i++) {
      text.append(FILLER[rnd.nextInt(FILLER.length)]).append(i == 14 ? ". " : " ");
    }
    text.append("The ").append(word(8 * k + 5)).append(" district was shelled again.\n[[ASSAULT ")
        .append(code(k % 17_576)).append('>').append(code((k * 7 + 3) % 17_576)).append(" @").append(town)
        .append(" dead=").append(2 + (k + r) % 9).append("]]");
    String id = "b" + k + "-" + r;
    return StoreStoriesTest.a(id, "Outlet " + (char) ('A' + r), day.plusDays(r == 2 ? 1 : 0).toString(),
        word(8 * k) + " hit near " + town, text.toString());
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "bounded";
    int total = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int perDay = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    Set<Integer> marks = new TreeSet<>(List.of(1_000, 2_000, 5_000, 10_000, 15_000, 20_000, 40_000));
    marks.add(total);
    Path dir = Files.createTempDirectory("stories-bench");
    int stored = 0;
    try (SitrepStore store = SitrepStore.open(dir.resolve("data"))) {
      StoreStories stories = switch (mode) {
        case "unbounded" -> new StoreStories(new StoreGateway(store), LinkSettings.defaults(), true,
            StoreStories.Horizon.NONE);
        case "relink" -> new StoreStories(new StoreGateway(store), LinkSettings.defaults(), false);
        case "bounded" -> new StoreStories(new StoreGateway(store), LinkSettings.defaults(), true,
            new StoreStories.Horizon(WatchConfig.Link.STORIES_DAYS, WatchConfig.Link.STORIES_MAX_ARTICLES));
        default -> {
          String[] p = mode.split(":");
          yield new StoreStories(new StoreGateway(store), LinkSettings.defaults(), true,
              new StoreStories.Horizon(Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
      };
      System.out.printf(Locale.ROOT, "mode %s, %d articles, %d a day, -Xmx %d MB%n", mode, total, perDay,
          Runtime.getRuntime().maxMemory() >> 20);
      System.out.println("stored | held | open stories | closed so far | storylines (largest) | heap after GC MB | KB per stored article"
          + " | sync ms (last day) | store ms (last day)");
      Random rnd = new Random(7);
      LocalDate day = LocalDate.of(2024, 1, 1);
      int k = 0;
      int closed = 0;
      long syncMs = 0;
      long storeMs = 0;
      List<ArticleRecord> carry = new ArrayList<>(); // the third reports, a day later
      while (stored < total) {
        List<ArticleRecord> batch = new ArrayList<>(carry);
        carry.clear();
        while (batch.size() < perDay) {
          batch.add(report(k, 0, day, rnd));
          batch.add(report(k, 1, day, rnd));
          carry.add(report(k, 2, day, rnd));
          k++;
        }
        long t0 = System.nanoTime();
        List<SitrepStore.Item> items = new ArrayList<>();
        batch.forEach(r -> items.add(new SitrepStore.Item(r, ContentHash.of(r))));
        store.putAll(items);
        storeMs = (System.nanoTime() - t0) / 1_000_000;
        int before = stored;
        stored += batch.size();
        StoreStories.Sync s = stories.sync();
        closed += s.closed();
        syncMs = s.ms();
        day = day.plusDays(1);
        for (int m : marks) {
          if (before < m && stored >= m) {
            long heap = heapAfterGc();
            java.util.Map<String, Integer> lines = new java.util.HashMap<>();
            store.stories(1_000_000, 0).forEach(row -> lines.merge(String.valueOf(row.storyline()), 1, Integer::sum));
            int largest = lines.values().stream().max(Integer::compare).orElse(0);
            System.out.printf(Locale.ROOT, "%,d | %,d | %,d | %,d | %,d (%,d) | %.1f | %.2f | %,d | %,d%n", stored,
                stories.held(), s.stories(), closed, lines.size(), largest, heap / 1048576.0, heap / 1024.0 / stored,
                syncMs, storeMs);
          }
        }
      }
    }
    System.out.println("(days simulated: " + (stored / perDay) + ")");
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
