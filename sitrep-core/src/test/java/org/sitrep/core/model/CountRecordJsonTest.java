package org.sitrep.core.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.core.json.Json;

class CountRecordJsonTest {
  private static CountRecord count(Boolean background, Boolean total) {
    return new CountRecord("dead", new NumberValue(2L, 2L, 2L, "exact", "two"), null, null, null, null, null,
        new Evidence(0, 3, "Two"), background, total);
  }

  @Test
  void flagsAppearOnlyWhenSet() {
    String plain = Json.line(count(null, null));
    assertFalse(plain.contains("total") || plain.contains("background"), plain);
    String set = Json.line(count(true, true));
    assertTrue(set.contains("\"background\":true") && set.contains("\"total\":true"), set);
  }
}
