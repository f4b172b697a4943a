package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.data.AgentCodes;
import org.sitrep.core.data.DataTable;

/** The events' sector words (sitrep-core's sector-nouns.tsv) and organisations give only sitrep's agent codes (agent-codes.tsv). */
class SectorCodesTest {
  @Test
  void theEventsReadTheOneTableOfSectorNouns() {
    ActorLexicon lex = ActorLexicon.get();
    for (var e : org.sitrep.core.data.SectorNouns.all().values()) {
      assertTrue(e.sector().equals(lex.sector(e.noun())), e.noun() + ": events " + lex.sector(e.noun()) + ", table " + e.sector());
    }
  }

  @Test
  void everyOrganisationSectorIsAnAgentCode() throws IOException {
    List<String> bad = new ArrayList<>();
    try (var in = SectorCodesTest.class.getResourceAsStream("/org/sitrep/events/organizations.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (!line.startsWith("#") && f.length > 1 && !AgentCodes.isCode(f[1])) {
          bad.add(f[0] + " " + f[1]);
        }
      }
    }
    assertTrue(bad.isEmpty(), "organizations.tsv rows with sectors outside agent-codes.tsv: " + bad);
  }

  @Test
  void theRetiredCameoCodesAreNotAgentCodes() {
    for (String old : List.of("POL", "INS", "SEP")) {
      assertTrue(!AgentCodes.isCode(old), old);
    }
    assertTrue(AgentCodes.meaning("MED").contains("health") && AgentCodes.meaning("JRN").contains("media"));
  }
}
