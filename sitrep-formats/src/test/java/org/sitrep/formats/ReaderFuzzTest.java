package org.sitrep.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.io.ArticleReader;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.InputSource;
import org.sitrep.core.io.JsonlArticleReader;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.io.TextArticleReader;

/**
 * Fuzzes every reader (Jazzer) with arbitrary bytes: a reader may give error items or throw an
 * IOException (which {@code Inputs} turns into an error record), never any other exception, and a text
 * or HTML file gives exactly one item. In a plain build each test runs its seeds in
 * {@code src/test/resources/org/sitrep/formats/ReaderFuzzTestInputs/METHOD/} (regression mode, under a
 * second); {@code JAZZER_FUZZ=1 mvn test -pl sitrep-formats -am -Dtest=ReaderFuzzTest#warc
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m} fuzzes one reader (see docs/io.md).
 */
class ReaderFuzzTest {
  private static final ReadOptions OPTIONS = new ReadOptions(null, 64 * 1024);

  @FuzzTest(maxDuration = "60s")
  void text(byte[] data) {
    check(new TextArticleReader(), "input.txt", data, 1, 1);
  }

  @FuzzTest(maxDuration = "60s")
  void jsonl(byte[] data) {
    check(new JsonlArticleReader(), "input.jsonl", data, 1, Integer.MAX_VALUE);
  }

  @FuzzTest(maxDuration = "60s")
  void html(byte[] data) {
    check(new HtmlArticleReader(), "input.html", data, 1, 1);
  }

  @FuzzTest(maxDuration = "60s")
  void feed(byte[] data) {
    check(new FeedArticleReader(), "input.rss", data, 0, Integer.MAX_VALUE);
  }

  @FuzzTest(maxDuration = "60s")
  void warc(byte[] data) {
    check(new WarcArticleReader(), "input.warc", data, 0, Integer.MAX_VALUE);
  }

  private static void check(ArticleReader reader, String name, byte[] data, int min, int max) {
    List<InputItem> items = new ArrayList<>();
    InputSource src = new InputSource(name, "input", data.length, () -> new ByteArrayInputStream(data));
    try {
      reader.read(src, OPTIONS, items::add);
    } catch (IOException e) {
      return; // reported as an error record by Inputs
    }
    assertTrue(items.size() >= min && items.size() <= max, name + ": " + items.size() + " items");
    for (InputItem it : items) {
      assertTrue(it.docId() != null && !it.docId().isBlank(), "every item has an id");
      assertTrue(it.ok() || it.error().message() != null && !it.error().message().isBlank(), "errors say why");
      if (it.ok()) {
        assertTrue(!it.article().text().isBlank(), "an article has text");
      }
    }
  }
}
