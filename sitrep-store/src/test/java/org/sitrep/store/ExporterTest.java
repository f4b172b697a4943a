package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EventRecord;

class ExporterTest {
  @Test
  void spreadsheetSafe_prefixesWhatASpreadsheetWouldEvaluate() {
    for (String s : List.of("=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")")) {
      assertEquals("'" + s, Exporter.spreadsheetSafe(s));
    }
    for (String s : List.of("", "Idlib", "1-2", "a=b", " =x")) {
      assertEquals(s, Exporter.spreadsheetSafe(s));
    }
  }

  @Test
  void csvAndTsv_escapeFormulaCells_butKeepNegativeNumbers(@TempDir Path dir) throws Exception {
    try (SitrepStore store = SitrepStore.open(dir)) {
      ArticleRecord r = Fixtures.analyze(Fixtures.article(3));
      EventRecord e = r.events().get(0);
      EventRecord evil = new EventRecord(e.id(), e.event(), e.mode(), e.context(), e.cameo(), e.quadCode(),
          e.intensity(), List.of(new ActorRecord("=HYPERLINK(\"http://evil\")", "=cmd|' /C calc'!A0", "SYR", "MIL",
          null)), e.recipient(), e.date(), e.dateText(), new org.sitrep.core.model.PlaceRecord(e.location().text(), 0, 5, "Town", 1L, "PPL", "CL", null, -33.4, -70.5, false), e.size(), e.status(),
          e.attribution(), e.evidence(), e.trigger());
      store.put(new ArticleRecord(r.docId(), "@outlet", r.url(), r.title(), r.published(), false, "en",
          List.of(evil), r.quotes(), r.counts(), r.places(), r.times(), r.entities(), r.errors(), r.text()));
      for (ExportFormat f : List.of(ExportFormat.CSV, ExportFormat.TSV)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(EventQuery.all(), f, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("'=cmd|' /C calc'!A0") && (f == ExportFormat.TSV || text.contains("'@outlet")), f + ": " + text);
        assertFalse(text.matches("(?s).*[,\\t\"]=cmd.*"), f + " leaves a formula: " + text);
        assertTrue(text.contains("-70.5") && !text.contains("'-70.5"), f + ": numbers stay numbers: " + text);
      }
    }
  }
}
