package org.sitrep.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.WikiIndex;

class WikiIndexBuilderTest {
  /** A WikiDict in its format (string, title, score; sorted by title), names made up for the test. */
  private static final String WIKIDICT = String.join("\n",
      "Arvo Kallendar\tArvo_Kallendar\t1.0",
      "Kallendar\tArvo_Kallendar\t0.9",
      "Kallendår\tArvo_Kallendar\t0.85",
      "the Finnish guy\tArvo_Kallendar\t1.0",
      "Arvo\tArvo_Kallendar\t0.6",
      "Bremwick Liberation Front\tBremwick_Liberation_Front\t0.95",
      "BLF\tBremwick_Liberation_Front\t0.9",
      "Front\tBremwick_Liberation_Front\t0.85",
      "Dana Holt\tDana_Holt_(politician)\t0.55",
      "Holt\tDana_Holt_(politician)\t0.82",
      "Senator Holt\tDana_Holt_(politician)\t0.7",
      "front\tFront_(military)\t0.7",
      "Holt Manufacturing\tHolt_Manufacturing\t1.0",
      "Holt Company\tHolt_Manufacturing\t0.3",
      "HOLT\tHolt_Manufacturing\t0.9",
      "a line without its fields",
      "Minor Person\tMinor_Person\t1.0",
      "Person\tMinor_Person\t0.9") + "\n";

  private static final WikiIndexBuilder.Rules RULES = new WikiIndexBuilder.Rules(0.5, 0.8, 3, 6);

  private static byte[] build(boolean gzip, WikiIndexBuilder.Stats[] stats) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    var out = gzip ? new GZIPOutputStream(bytes) : bytes;
    stats[0] = WikiIndexBuilder.build(() -> new ByteArrayInputStream(WIKIDICT.getBytes(StandardCharsets.UTF_8)), RULES,
        "a test WikiDict", out, false);
    out.close();
    return bytes.toByteArray();
  }

  @Test
  void keepsTheNamesOfNotableTitlesAndDropsAmbiguousAndCommonOnes() throws IOException {
    WikiIndexBuilder.Stats[] stats = new WikiIndexBuilder.Stats[1];
    String out = new String(build(false, stats), StandardCharsets.UTF_8);
    String rows = out.substring(out.indexOf("# columns: name title\n") + "# columns: name title\n".length());
    assertEquals(String.join("\n",
        "arvo kallendar\tArvo_Kallendar", // the title's own name
        "blf\tBremwick_Liberation_Front", // its acronym
        "bremwick liberation front\tBremwick_Liberation_Front",
        "dana holt\tDana_Holt_(politician)", // the disambiguation is no part of the name
        "holt manufacturing\tHolt_Manufacturing",
        "kallendar\tArvo_Kallendar") + "\n", rows, // a surname, two spellings folded to one
        "not kept: 'Arvo' (one word under 0.8), 'the Finnish guy' (not a name of the title), 'holt' (two titles),"
            + " 'front' (a common word: 'front' names another title), 'Minor Person' (linked by 2 strings)");
    assertEquals(new WikiIndexBuilder.Stats(18, 1, 12, 1, 1, 6, 4), stats[0]);
    WikiIndex index = WikiIndex.parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)), "test");
    assertEquals("a test WikiDict", index.source());
    assertEquals("Dana_Holt_(politician)", index.title("dana holt"));
    assertNull(index.title("holt"));
  }

  @Test
  void theSameInputGivesTheSameBytes() throws IOException {
    WikiIndexBuilder.Stats[] stats = new WikiIndexBuilder.Stats[1];
    assertArrayEquals(build(true, stats), build(true, stats));
  }
}
