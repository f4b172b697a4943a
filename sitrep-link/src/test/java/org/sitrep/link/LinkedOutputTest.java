package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.link.bench.LinkBench;

/**
 * The linked records, byte for byte, of a synthetic stream and of the hand-made fixtures, as the linker wrote them
 * before the index was made compact (dictionary-coded features, primitive postings and edges): a change in how
 * the index stores things must not change a byte. A deliberate change of the linking rules updates the digests
 * here (and says so in its commit).
 */
class LinkedOutputTest {
  private static final StoryLinker LINKER = StoryLinker.create(LinkSettings.defaults());

  private static String digest(List<ArticleRecord> docs) {
    LinkResult r = LINKER.link(docs);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      r.stories().forEach(s -> md.update((Json.line(s) + "\n").getBytes(StandardCharsets.UTF_8)));
      r.storylines().forEach(s -> md.update((Json.line(s) + "\n").getBytes(StandardCharsets.UTF_8)));
      return r.stories().size() + " " + r.storylines().size() + " " + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void syntheticStream_linksAsBefore() {
    // 2,000 articles at 200 a day: blocking, frequencies by week and centroid linkage over ten days of news
    assertEquals("784 781 59d035ff8a63a0bdc1ceaf0e6e77e44edf5df4eac485741e5e10a4fa70bdbd01",
        digest(LinkBench.corpus(2000, 200, 7)));
  }

  @Test
  void fixtures_linkAsBefore() {
    // dated and undated reports, events with days and places (conflicts, reports of two incidents), deadlines
    assertEquals("6 4 0b11f77f77e7fd57b516d55db646d3eafcec0ddb6b4ced61d065b6b48c19852e",
        digest(Fixtures.read("/fixtures/kessel-crisis.jsonl")));
    assertEquals("3 2 4ebde11c5d5a1153be53831b6069c73c06a4d0de77f924d602f4efd3891ee53b",
        digest(Fixtures.borderStory()));
  }
}
