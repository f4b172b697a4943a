package org.sitrep.events;

import java.util.List;
import org.sitrep.core.model.EventRecord;

/** Reading coded events in tests: their categories in order, and the first of a category. */
final class Coded {
  private Coded() {
  }

  static List<String> categories(List<EventRecord> evs) {
    return evs.stream().map(EventRecord::event).toList();
  }

  static EventRecord first(List<EventRecord> evs, String category) {
    return evs.stream().filter(e -> e.event().equals(category)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + category + " in " + evs));
  }
}
