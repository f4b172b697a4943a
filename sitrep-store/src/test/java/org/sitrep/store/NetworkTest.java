package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EventRecord;

/**
 * The actor network groups mentions by canonical actor: a state under its country code (its iso3166 id, the
 * country alone, its government), another id as itself, else country and sector.
 */
class NetworkTest {
  static EventRecord event(String id, String type, int quad, ActorRecord actor, ActorRecord... recipients) {
    return new EventRecord(id, type, null, List.of(), null, quad, -5.0, List.of(actor), List.of(recipients),
        "2024-03-02", null, null, Map.of(), "occurred", null, null, null);
  }

  static ArticleRecord article(String doc, List<EventRecord> events) {
    return new ArticleRecord(doc, "Outlet " + doc, null, "A report", "2024-03-02", false, "en", events, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), "text of " + doc);
  }

  @Test
  void network_oneNodePerCanonicalActor_edgesCountEvents(@TempDir Path dir) {
    // three ways of writing the same government, one with an id; a recipient written two ways; one unresolved
    ActorRecord gov1 = new ActorRecord("the regime", null, "XYZ", "GOV", null);
    ActorRecord gov2 = new ActorRecord("them", null, "XYZ", "GOV", null);
    ActorRecord reb1 = new ActorRecord("the rebels", "Northern Front", "XYZ", "REB", null);
    ActorRecord reb2 = new ActorRecord("fighters", null, "XYZ", "REB", "agent:XYZ-REB");
    ActorRecord un1 = new ActorRecord("the UN", "United Nations", "IGO", null, "un");
    ActorRecord un2 = new ActorRecord("UN agencies", "United Nations", "IGO", null, "un");
    ActorRecord nobody = new ActorRecord("one civilian", null, null, null, "agent:UNK-UNK");
    ActorRecord army = new ActorRecord("the army", null, null, "MIL", "agent:UNK-MIL");
    ActorRecord state = new ActorRecord("Xyz", "Xyzland", "XYZ", null, "iso3166:XYZ");
    ActorRecord stateGov = new ActorRecord("the Xyz authorities", null, "XYZ", "GOV", "iso3166:XYZ");
    List<ArticleRecord> arts = new ArrayList<>();
    arts.add(article("n1", List.of(event("n1#e1", "ASSAULT", 4, gov1, reb1), event("n1#e2", "ACCUSE", 3, reb2, gov2))));
    arts.add(article("n2", List.of(event("n2#e1", "ASSAULT", 4, gov2, reb2, reb1), event("n2#e2", "AID", 2, un1, reb1))));
    arts.add(article("n3", List.of(event("n3#e1", "AID", 2, un2, gov1), event("n3#e2", "ASSAULT", 4, nobody, gov1),
        event("n3#e3", "CONSULT", 1, gov1, gov2), event("n3#e4", "ASSAULT", 4, army, reb1))));
    arts.add(article("n4", List.of(event("n4#e1", "ACCUSE", 3, state, reb2), event("n4#e2", "ACCUSE", 3, stateGov, un1))));
    try (SitrepStore store = SitrepStore.open(dir.resolve("data"))) {
      arts.forEach(store::put);
      store.flush();
      Map<String, EventResults.NetworkEdge> edges = new java.util.TreeMap<>();
      for (EventResults.NetworkEdge e : store.network(EventQuery.all(), 50)) {
        edges.put(e.source() + " -> " + e.target(), e);
      }
      // the state (its id, its government) is one node; unnamed actors' class ids (agent:) group by country and
      // sector like actors without an id; the unresolved actor, the army of no country and the government talking
      // to itself are left out
      assertEquals(List.of("XYZ -> XYZ REB", "XYZ -> un", "XYZ REB -> XYZ", "un -> XYZ", "un -> XYZ REB"),
          List.copyOf(edges.keySet()));
      // three events, though n2#e1 names the rebels twice
      assertEquals(3, edges.get("XYZ -> XYZ REB").weight());
      assertEquals(3, edges.get("XYZ -> XYZ REB").conflict());
      // the state is named as its id's mentions name it; the rebels by country and sector
      assertEquals("Xyzland", edges.get("XYZ -> XYZ REB").sourceLabel());
      assertEquals("XYZ REB", edges.get("XYZ -> XYZ REB").targetLabel());
      // an actor with an id is labelled by its name
      assertEquals("United Nations", edges.get("un -> XYZ REB").sourceLabel());
      assertEquals(0, edges.get("un -> XYZ REB").conflict());
      // the type filter applies
      List<EventResults.NetworkEdge> aid = store.network(EventQuery.builder().types(List.of("AID")).build(), 50);
      assertEquals(2, aid.size());
      assertTrue(aid.stream().allMatch(e -> e.source().equals("un")));
    }
  }
}
