package org.sitrep.core.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sitrep.core.data.DataTable;

/** Data tables written in a test: a three-line header (source, licence, columns), then the rows from line 4. */
public final class TestTables {
  private TestTables() {
  }

  /** A table named {@code test.tsv} with the given space-separated column names and tab-separated rows. */
  public static DataTable of(String columns, String rows) {
    String text = "# source: test\n# licence: test\n# columns: " + columns + "\n" + rows;
    try {
      return DataTable.parse("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
