package org.sitrep.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.engine.EngineOptions;

/** The benchmark's arguments and its warm-up set; the timed run itself is measured by {@code sitrep bench}. */
class BenchmarkTest {
  private static Article article(String id) {
    return new Article(id, "Text of " + id + ".", "test", null, null, "2026-01-01", "en", id);
  }

  @Test
  void warmUp_cyclesThroughTheCorpusFromItsStart() {
    List<Article> corpus = List.of(article("a"), article("b"), article("c"));
    List<String> ids = Benchmark.warmUpArticles(corpus, 0, 7).stream().map(Article::docId).toList();
    assertEquals(List.of("a", "b", "c", "a", "b", "c", "a"), ids);
    assertTrue(Benchmark.warmUpArticles(corpus, 0, 0).isEmpty());
    List<String> fromSecond = Benchmark.warmUpArticles(corpus, 4, 3).stream().map(Article::docId).toList();
    assertEquals(List.of("b", "c", "a"), fromSecond);
  }

  @Test
  void badArguments_failBeforeAnyModelLoads() {
    List<Article> one = List.of(article("a"));
    EngineOptions options = EngineOptions.defaults();
    WarmUp none = WarmUp.fixed(0);
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> Benchmark.run(List.of(), 1, options, false, none));
    assertTrue(empty.getMessage().contains("at least one article"), empty.getMessage());
    IllegalArgumentException threads =
        assertThrows(IllegalArgumentException.class, () -> Benchmark.run(one, 0, options, false, none));
    assertTrue(threads.getMessage().contains("threads"), threads.getMessage());
    IllegalArgumentException warm = assertThrows(IllegalArgumentException.class, () -> WarmUp.fixed(-1));
    assertTrue(warm.getMessage().contains("warm-up"), warm.getMessage());
  }

  @Test
  void chunks_startTheLongestArticleFirst_tiesInCorpusOrder() {
    Article shortA = new Article("s1", "Short.", "test", null, null, "2026-01-01", "en", "s1");
    Article longA =
        new Article("l", "A much longer text than the others.", "test", null, null, "2026-01-01", "en", "l");
    Article shortB = new Article("s2", "Brief.", "test", null, null, "2026-01-01", "en", "s2");
    Article mid = new Article("m", "A middling text.", "test", null, null, "2026-01-01", "en", "m");
    List<String> ids =
        Benchmark.longestFirst(List.of(shortA, longA, shortB, mid)).stream().map(Article::docId).toList();
    assertEquals(List.of("l", "m", "s1", "s2"), ids);
  }

  @Test
  void scaling_needsTwoOrMoreThreads_beforeAnyModelLoads() {
    List<Article> one = List.of(article("a"));
    EngineOptions options = EngineOptions.defaults();
    IllegalArgumentException threads =
        assertThrows(IllegalArgumentException.class, () -> Benchmark.scaling(one, 1, options, WarmUp.fixed(0)));
    assertTrue(threads.getMessage().contains("two or more threads"), threads.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Benchmark.scaling(List.of(), 2, options, WarmUp.fixed(0)));
  }
}
