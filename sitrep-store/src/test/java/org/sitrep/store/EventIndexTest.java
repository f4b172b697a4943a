package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

  static EventQuery.Builder filter() {
    return EventQuery.builder();
  }

  @Test
  void sameHitsAsSql_forEveryCoveredFilter_acrossPages() {
    List<EventQuery> filters = List.of(EventQuery.all(), filter().types(List.of("ASSAULT")).build(),
        filter().types(List.of("ASSAULT", "PROTEST")).build(), filter().quads(List.of(4)).build(),
        filter().quads(List.of(1, 3)).build(), filter().statuses(List.of("occurred")).build(),
        filter().from(LocalDate.parse("2020-01-20")).build(), filter().to(LocalDate.parse("2020-02-05")).build(),
        filter().from(LocalDate.parse("2020-01-10")).to(LocalDate.parse("2020-01-31"))
            .types(List.of("REJECT", "ASSAULT", "CONSULT")).quads(List.of(4)).build(),
        filter().types(List.of("RETREAT")).build(), filter().statuses(List.of("negated")).build());
    EventIndex index = store.eventIndex();
    assertNotNull(index, "synthetic sort keys are ASCII: the index is usable");
    for (EventQuery f : filters) {
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
    assertFalse(EventIndex.covers(filter().actorCountries(List.of("SYR")).build()));
    assertFalse(EventIndex.covers(filter().place("Idlib").build()));
    assertFalse(EventIndex.covers(filter().q("army").build()));
    assertFalse(EventIndex.covers(filter().minDead(1L).build()));
  }

  @Test
  void aWrite_makesANewIndex() {
    EventIndex first = store.eventIndex();
    assertSame(first, store.eventIndex(), "kept while nothing is written");
    int before = store.events(EventQuery.all(), 1000, null).items().size();
    store.put(Fixtures.analyze(Fixtures.article(500)), ContentHash.of(Fixtures.article(500)));
    assertNotSame(first, store.eventIndex());
    assertTrue(store.events(EventQuery.all(), 1000, null).items().size() > before, "the new article's events are found");
  }
}
