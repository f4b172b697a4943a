package org.sitrep.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;

/** Hand-written article records (src/test/resources/fixtures), read as the link command reads them. */
public final class Fixtures {
  private Fixtures() {
  }

  /**
   * A border clash between two invented countries (RUR, GRA) told by four outlets, and one unrelated article:
   * a1 (Apr 6) and a2 (Apr 5) report the Apr 5 shelling (six border guards vs five guards and a civilian) and
   * the return fire; a1 and a3 (Apr 27) the president's ultimatum ("by the end of the month" / "by the end of
   * this week"); a3 a second shelling on Apr 25; a4 has no date; a5 is about an orchestra.
   */
  public static List<ArticleRecord> borderStory() {
    return read("/fixtures/border-story.jsonl");
  }

  public static List<ArticleRecord> read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      List<ArticleRecord> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(Json.read(line, ArticleRecord.class));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ArticleRecord doc(List<ArticleRecord> docs, String id) {
    return docs.stream().filter(a -> a.docId().equals(id)).findFirst().orElseThrow();
  }
}
