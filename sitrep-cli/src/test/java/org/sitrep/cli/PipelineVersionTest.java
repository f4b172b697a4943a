package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.pipeline.StageContext;

class PipelineVersionTest {
  @Test
  void of_isSitrepsVersionAndAHashOfSettingsCodeAndData_stableWithinAProcess() {
    String v = PipelineVersion.of(StageContext.defaults());
    assertTrue(v.matches("sitrep " + java.util.regex.Pattern.quote(VersionCommand.VERSION) + " pipeline [0-9a-f]{16}"), v);
    assertEquals(v, PipelineVersion.of(new StageContext(Map.of(), Set.of())));
    assertNotEquals(v, PipelineVersion.of(new StageContext(Map.of("nlp.parse", "false"), Set.of())), "settings count");
    assertNotEquals(v, PipelineVersion.of(new StageContext(Map.of(), Set.of("events.plover"))), "disabled stages count");
    // the stage modules (code and their data files) are part of it: nlp, events, places, claims
    var roots = PipelineVersion.roots().stream().map(Object::toString).toList();
    for (String module : new String[] {"sitrep-nlp", "sitrep-events", "sitrep-places", "sitrep-claims", "sitrep-core",
        "sitrep-engine"}) {
      assertTrue(roots.stream().anyMatch(r -> r.contains(module)), module + " in " + roots);
    }
  }
}
