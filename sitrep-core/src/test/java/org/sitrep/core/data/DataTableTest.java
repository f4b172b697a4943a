package org.sitrep.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataTableTest {
  private static DataTable parse(String text) throws IOException {
    return DataTable.parse("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void parse_readsHeaderRowsAndValues() throws IOException {
    DataTable t = parse("# A list.\n# source: written for sitrep\n# licence: GPL-3.0-or-later\n# columns: word code extra?\n\n"
        + "Shell\tASSAULT\ta|b| \nrally\tPROTEST\n");
    assertEquals("written for sitrep", t.source());
    assertEquals("GPL-3.0-or-later", t.licence());
    assertEquals(List.of("word", "code", "extra?"), t.columns());
    assertEquals(2, t.rows().size());
    assertEquals(6, t.rows().get(0).line());
    assertEquals(List.of("a", "b"), t.rows().get(0).values(2));
    assertEquals("", t.rows().get(1).get(2));
    assertEquals(Set.of("shell", "rally"), t.words());
  }

  @Test
  void parse_refusesAFileWithoutProvenance() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("# source: x\nword\n"));
    assertTrue(e.getMessage().contains("licence"), e.getMessage());
  }

  @Test
  void parse_refusesAShortRowNamingItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> parse("# source: x\n# licence: y\n# columns: a b\none\ttwo\nthree\n"));
    assertTrue(e.getMessage().contains("line 5"), e.getMessage());
  }

  @Test
  void load_namesTheMissingFile() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DataTable.load(DataTableTest.class, "nope.tsv"));
    assertTrue(e.getMessage().contains("nope.tsv"), e.getMessage());
  }

  @Test
  void wordsByKind_groupsLowerCasedWordsAndKeepsEmptyKinds() throws IOException {
    DataTable t = parse("# source: x\n# licence: y\n# columns: word kind\nNear\tcue\nport\tnoun\nnear\tnoun\n");
    var byKind = t.wordsByKind(List.of("cue", "noun", "unused"));
    assertEquals(Set.of("near"), byKind.get("cue"));
    assertEquals(Set.of("port", "near"), byKind.get("noun"));
    assertEquals(Set.of(), byKind.get("unused"));
  }

  @Test
  void wordsByKind_refusesAnUnknownKindNamingItsLine() throws IOException {
    DataTable t = parse("# source: x\n# licence: y\nin\tcue\nvia\tcu\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> t.wordsByKind(List.of("cue")));
    assertTrue(e.getMessage().contains("line 4") && e.getMessage().contains("'cu'"), e.getMessage());
  }
}
