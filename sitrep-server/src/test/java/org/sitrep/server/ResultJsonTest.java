package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.EventRecord;
import org.sitrep.store.EventResults.EventRow;
import org.sitrep.store.Page;

class ResultJsonTest {
  static EventRow row(String id, String type) {
    return new EventRow("doc-1", "Outlet", "2021-03-04", "event", new EventRecord(id, type, null, List.of(), null, 4,
        null, List.of(), List.of(), "2021-03-04", null, null, Map.of(), "occurred", null, null, null));
  }

  @Test
  void eventRows_areThePlainSerialisation_andNeverStale() {
    ResultJson json = new ResultJson();
    EventRow a = row("doc-1#e1", "ASSAULT");
    Page<EventRow> page = new Page<>(List.of(a, row("doc-1#e2", "PROTEST")), "next");
    assertEquals(Json.line(page), json.write(page), "the same bytes as Jackson without the cache");
    assertEquals(Json.line(page), json.write(page), "and again, from the cache");
    // the store changed: a new row instance under the same id must not get the old JSON
    EventRow changed = row("doc-1#e1", "COERCE");
    String out = json.write(List.of(changed));
    assertEquals(Json.line(List.of(changed)), out);
    assertTrue(out.contains("COERCE") && !out.contains("ASSAULT"), out);
  }
}
