package org.sitrep.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;

/** The warm-up's two forms and its stopping rule, on a counting stand-in for the pipeline and a made-up JIT clock. */
class WarmUpTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(1);
  private final AtomicInteger analysed = new AtomicInteger();
  private final ToIntFunction<Article> work = a -> analysed.incrementAndGet();
  private final List<Article> corpus =
      List.of(new Article("a", "A text.", "test", null, null, "2026-01-01", "en", "a"));

  @AfterEach
  void stop() {
    pool.shutdown();
  }

  @Test
  void parse_readsSettleOrACount_andNamesBothFormsWhenWrong() {
    assertEquals(WarmUp.settle(), WarmUp.parse("settle"));
    assertEquals(WarmUp.fixed(900), WarmUp.parse(" 900 "));
    IllegalArgumentException word = assertThrows(IllegalArgumentException.class, () -> WarmUp.parse("warm"));
    assertTrue(word.getMessage().contains("'settle' or a number"), word.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WarmUp.parse("-5"));
  }

  @Test
  void fixed_runsExactlyItsCount() throws Exception {
    assertEquals(7, WarmUp.fixed(7).run(pool, 1, corpus, work, () -> 0, 0, Long.MAX_VALUE));
    assertEquals(7, analysed.get());
  }

  @Test
  void settling_stopsAfterTwoCalmRoundsRunning() throws Exception {
    // the compile clock moves by a large step at each of its first six reads (three rounds: start and end of each)
    AtomicInteger reads = new AtomicInteger();
    int n = WarmUp.settle().run(pool, 1, corpus, work, () -> Math.min(reads.getAndIncrement(), 6) * 1_000_000L,
        0, Long.MAX_VALUE);
    int chunk = Benchmark.CHUNK_PER_THREAD;
    assertEquals(5 * chunk, n, "three busy rounds, then two calm ones");
    assertEquals(n, analysed.get());
  }

  @Test
  void settling_aBusyRoundBetweenCalmOnes_startsTheCountAgain() throws Exception {
    // calm, busy, calm, calm: reads 0-1 calm (same value), 2-3 busy, 4-7 calm
    long[] clock = {0, 0, 0, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000};
    AtomicInteger reads = new AtomicInteger();
    int n = WarmUp.settle().run(pool, 1, corpus, work, () -> clock[Math.min(reads.getAndIncrement(), 7)], 0,
        Long.MAX_VALUE);
    assertEquals(4 * Benchmark.CHUNK_PER_THREAD, n);
  }

  @Test
  void settling_neverCalm_stopsAtItsCap() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    int n = new WarmUp(40, true).run(pool, 1, corpus, work, () -> reads.getAndIncrement() * 1_000_000L, 0,
        Long.MAX_VALUE);
    assertEquals(40, n);
    assertEquals(40, analysed.get());
    assertFalse(WarmUp.settle().toString().isEmpty());
  }

  @Test
  void settling_stopsAtItsTimeCap_afterOneRoundAtLeast() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    int n = WarmUp.settle().run(pool, 1, corpus, work, () -> reads.getAndIncrement() * 1_000_000L, 0, 0);
    assertEquals(Benchmark.CHUNK_PER_THREAD, n, "one round of one chunk, then the cap");
  }
}
