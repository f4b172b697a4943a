package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.core.data.DataTable;

class LocationWordsTest {
  private static DataTable table(String rows) throws IOException {
    String text = "# source: test\n# licence: test\n# columns: word kind\n" + rows;
    return DataTable.parse("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void strongPrepositionsAreLocativeToo() throws IOException {
    LocationWords w = LocationWords.from(table("Inside\tstrong\nto\tlocative\n"));
    assertTrue(w.locative().contains("inside") && w.strong().contains("inside") && w.locative().contains("to"));
  }

  @Test
  void unknownKindIsRefusedWithItsLine() throws IOException {
    DataTable t = table("in\tstrong\nvia\tlocativ\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LocationWords.from(t));
    assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("locativ"), e.getMessage());
  }
}
