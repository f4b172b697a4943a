package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory event index finds exactly what the SQL filter finds, in the same order, page by page. */
class EventIndexTest {
  @TempDir
  static Path dir;
  static SitrepStore store;

  @BeforeAll
  static void fill() {
    store = SitrepStore.open(dir.resolve("data"));
    for (int i = 0; i < 90; i++) {
      store.put(Fixtures.analyze(Fixtures.article(i)), ContentHash.of(Fixtures.article(i)));
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static EventFilter filter(String... kv) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      p.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
    }
    return EventFilter.parse(p);
  }

  @Test
  void sameHitsAsSql_forEveryCoveredFilter_acrossPages() {
    List<EventFilter> filters = List.of(EventFilter.none(), filter("type", "ASSAULT"), filter("type", "ASSAULT,PROTEST"),
        filter("quad", "4"), filter("quad", "1", "quad", "3"), filter("status", "occurred"),
        filter("from", "2020-01-20"), filter("to", "2020-02-05"), filter("from", "2020-01-10", "to", "2020-01-31",
            "type", "REJECT,ASSAULT,CONSULT", "quad", "4"), filter("type", "RETREAT"), filter("status", "negated"));
    EventIndex index = store.eventIndex();
    assertNotNull(index, "synthetic sort keys are ASCII: the index is usable");
    for (EventFilter f : filters) {
      assertTrue(EventIndex.covers(f), f.toString());
      for (int pageSize : new int[] {1, 7, 1000}) {
        String before = null;
        int pages = 0;
        while (pages++ < 200) {
          List<EventIndex.Hit> sql = store.eventHits(f, before, pageSize);
          assertEquals(sql, index.find(f, before, pageSize), "filter " + f + ", page " + pages + " of " + pageSize);
          if (sql.size() < pageSize) {
            break;
          }
          before = sql.get(sql.size() - 1).sortKey();
        }
      }
    }
  }

  @Test
  void otherFilters_goToSql() {
    assertFalse(EventIndex.covers(filter("actor_country", "SYR")));
    assertFalse(EventIndex.covers(filter("place", "Idlib")));
    assertFalse(EventIndex.covers(filter("q", "army")));
    assertFalse(EventIndex.covers(filter("min_dead", "1")));
  }

  @Test
  void aWrite_makesANewIndex() {
    EventIndex first = store.eventIndex();
    assertSame(first, store.eventIndex(), "kept while nothing is written");
    int before = store.events(EventFilter.none(), 1000, null).items().size();
    store.put(Fixtures.analyze(Fixtures.article(500)), ContentHash.of(Fixtures.article(500)));
    assertNotSame(first, store.eventIndex());
    assertTrue(store.events(EventFilter.none(), 1000, null).items().size() > before, "the new article's events are found");
  }
}
