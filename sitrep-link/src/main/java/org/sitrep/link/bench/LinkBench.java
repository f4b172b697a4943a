package org.sitrep.link.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.story.ArticleFeatures;
import org.sitrep.link.story.IncidentIndex;

/**
 * Cost of linking as the corpus grows, on a synthetic news stream: stories with their own words and names over
 * a Zipf background vocabulary, most of them one article long, at {@code perDay} articles a day. Prints, for
 * each corpus size, CPU seconds for generating the stream with its features and for linking (incidents and storylines, one batch), wall
 * seconds, distinct pairs compared per article, incidents, storylines and the heap: its peak (MB, sum of the heap
 * pools' peaks: what the collector let the heap grow to, up to -Xmx), the most it held after a collection
 * during the run (the live data at its highest, what the run needs at least) and what the index holds once
 * linked (after a full collection). Run with -Xmx2g to hold it to the target.
 *
 * <pre>java -cp ... org.sitrep.link.bench.LinkBench [SIZES=10000,100000] [PER_DAY=1000]</pre>
 */
public final class LinkBench {
  /** Thread CPU time, not wall time: the figures hold on a shared, loaded machine. */
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  private LinkBench() {
  }

  public static void main(String[] args) {
    String sizes = args.length > 0 ? args[0] : "10000,100000";
    int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    // warm up the JIT on a small corpus first
    run(3000, perDay, false);
    watchCollections();
    System.out.println("articles  per_day  features_s  linking_s  wall_s  pairs/article  incidents  storylines"
        + "  peak_heap_mb  max_live_mb  index_mb");
    for (String s : sizes.split(",")) {
      run(Integer.parseInt(s.strip()), perDay, true);
    }
  }

  /** The synthetic stream: deterministic for a given size and seed. */
  public static List<ArticleRecord> corpus(int n, int perDay, long seed) {
    List<ArticleRecord> out = new ArrayList<>(n);
    corpus(n, perDay, seed, out::add);
    return out;
  }

  /** The synthetic stream, one article at a time (nothing kept). */
  public static void corpus(int n, int perDay, long seed, java.util.function.Consumer<ArticleRecord> out) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate day0 = LocalDate.of(2020, 1, 1);
    int storyId = 0;
    int[] storyWords = null;
    int[] storyNames = null;
    int left = 0;
    int storyDay = 0;
    List<int[]> open = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int day = i / perDay;
      if (left == 0 || r.nextInt(4) == 0) {
        // a new story, or a follow-up of one of the recent ones
        if (!open.isEmpty() && r.nextInt(3) == 0) {
          int[] st = open.get(r.nextInt(open.size()));
          storyWords = java.util.Arrays.copyOfRange(st, 0, 15);
          storyNames = java.util.Arrays.copyOfRange(st, 15, 20);
        } else {
          storyId++;
          storyWords = new int[15];
          storyNames = new int[5];
          for (int k = 0; k < 15; k++) {
            storyWords[k] = 1000 + r.nextInt(200_000);
          }
          for (int k = 0; k < 5; k++) {
            storyNames[k] = r.nextInt(50_000);
          }
          int[] st = new int[20];
          System.arraycopy(storyWords, 0, st, 0, 15);
          System.arraycopy(storyNames, 0, st, 15, 5);
          open.add(st);
          if (open.size() > 200) {
            open.remove(0);
          }
          left = 1 + (int) Math.floor(-Math.log(1 - r.nextDouble()) * 2);
          storyDay = day;
        }
      }
      left = Math.max(0, left - 1);
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 300; w++) {
        int word = r.nextInt(10) < 4 ? storyWords[r.nextInt(15)] : zipf(r, 20_000);
        text.append(word(word)).append(w % 20 == 19 ? ". " : " ");
      }
      List<EntityRecord> ents = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        int name = k < 4 ? storyNames[r.nextInt(5)] : r.nextInt(50_000);
        String nm = "Name" + name;
        ents.add(new EntityRecord(nm, 0, 0, "PERSON", nm, null));
      }
      out.accept(new ArticleRecord("d" + i, "outlet" + r.nextInt(500), null, null,
          day0.plusDays(Math.max(day, storyDay)).toString(), false, "en", null, null, null, null, null, ents, null,
          text.toString()));
    }
  }

  private static int zipf(SplittableRandom r, int n) {
    // inverse-CDF approximation of a Zipf(1) rank
    return (int) Math.min(n - 1, Math.floor(Math.exp(r.nextDouble() * Math.log(n)))) ;
  }

  private static String word(int k) {
    StringBuilder sb = new StringBuilder();
    int x = k + 1;
    while (x > 0) {
      sb.append((char) ('a' + x % 26));
      x /= 26;
    }
    return sb.append("on").toString();
  }

  /** The most heap in use just after a collection since the last reset (bytes). */
  private static final java.util.concurrent.atomic.AtomicLong MAX_LIVE = new java.util.concurrent.atomic.AtomicLong();

  /** Records the heap in use after each collection (the JDK's collection notifications). */
  private static void watchCollections() {
    for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory
        .getGarbageCollectorMXBeans()) {
      if (gc instanceof javax.management.NotificationEmitter em) {
        em.addNotificationListener((note, handback) -> {
          if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
              .equals(note.getType())) {
            return;
          }
          var info = com.sun.management.GarbageCollectionNotificationInfo
              .from((javax.management.openmbean.CompositeData) note.getUserData());
          long used = 0;
          for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory
              .getMemoryPoolMXBeans()) {
            var u = info.getGcInfo().getMemoryUsageAfterGc().get(p.getName());
            if (p.getType() == java.lang.management.MemoryType.HEAP && u != null) {
              used += u.getUsed();
            }
          }
          MAX_LIVE.accumulateAndGet(used, Math::max);
        }, null, null);
      }
    }
  }

  private static long heapUsed() {
    long used = 0;
    for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == java.lang.management.MemoryType.HEAP) {
        used += p.getUsage().getUsed();
      }
    }
    return used;
  }

  private static void run(int n, int perDay, boolean print) {
    System.gc();
    for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    MAX_LIVE.set(0);
    long wall0 = System.nanoTime();
    long t0 = CPU.getCurrentThreadCpuTime();
    IncidentIndex index = new IncidentIndex(LinkSettings.defaults());
    // features are computed as the stream is generated and only the index's arrays are kept
    corpus(n, perDay, 42, a -> index.stage(ArticleFeatures.of(a, LocalDate.parse(a.published()))));
    long t1 = CPU.getCurrentThreadCpuTime();
    index.update();
    long t2 = CPU.getCurrentThreadCpuTime();
    int incidents = index.incidents().size();
    int lines = index.storylines().size();
    long wall = System.nanoTime() - wall0;
    long peak = 0;
    for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == java.lang.management.MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    long[] work = index.work();
    long maxLive = MAX_LIVE.get();
    System.gc();
    long held = heapUsed();
    if (print) {
      System.out.println(String.format(Locale.ROOT, "%8d  %7d  %10.1f  %10.1f  %7.1f  %13.1f  %9d  %10d  %12d  %11d  %8d",
          n, perDay, (t1 - t0) / 1e9, (t2 - t1) / 1e9, wall / 1e9, work[0] / (double) n, incidents, lines, peak >> 20,
          maxLive >> 20, held >> 20));
    }
    // the index stays reachable until here, so that what it holds is measured
    java.lang.ref.Reference.reachabilityFence(index);
  }
}
