package org.sitrep.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WikiIndexTest {
  private static final String HEAD = "# source: a test\n# licence: CC0\n# columns: name title\n";

  private static WikiIndex parse(String text) throws IOException {
    return WikiIndex.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.tsv");
  }

  @Test
  void looksUpNamesByTheirFoldedForm() throws IOException {
    WikiIndex w = parse(HEAD + "ana ruiz\tAna_Ruiz\nbo\tBo_(singer)\nzoe\tZoë\nzoë\tZoë_Kova\n");
    assertEquals(4, w.size());
    assertEquals("Ana_Ruiz", w.title("ana ruiz"));
    assertEquals("Bo_(singer)", w.title("bo"));
    assertEquals("Zoë_Kova", w.title("zoë"), "multi-byte keys sort by their UTF-8 bytes");
    assertNull(w.title("ana"));
    assertNull(w.title(""));
    assertTrue(w.bytes() > 0);
  }

  @Test
  void refusesAnIndexWithoutProvenanceOrOrder() {
    var e = assertThrows(IOException.class, () -> parse("ana\tAna\n"));
    assertTrue(e.getMessage().contains("'# source: ...'"), e.getMessage());
    e = assertThrows(IOException.class, () -> parse(HEAD + "bo\tBo\nana\tAna\n"));
    assertTrue(e.getMessage().contains("line 5: names out of order"), e.getMessage());
    e = assertThrows(IOException.class, () -> parse(HEAD + "ana Ana\n"));
    assertTrue(e.getMessage().contains("line 4: a row is a name, a tab and a title"), e.getMessage());
  }

  @Test
  void theShippedIndexNamesItsSourceAndTerms() {
    WikiIndex w = WikiIndex.shared();
    assertTrue(w.source().contains("wikidict.tab.gz") && w.source().contains("sha256"), w.source());
    assertTrue(w.licence().startsWith("CC BY-SA"), w.licence());
    assertTrue(w.size() > 100_000, "rows: " + w.size());
  }
}
