package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.core.model.EventRecord;

/**
 * Reading coded events in tests: their categories in order, the first of a category or with a trigger word, and
 * whether a mention is a current event as the scorer counts it.
 */
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

  /** The first event one of whose mentions has {@code trigger} as its trigger word. */
  static EventRecord byTrigger(List<EventRecord> evs, String trigger) {
    return evs.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.trigger().text().equals(trigger)))
        .findFirst().orElseThrow(() -> new AssertionError(trigger + " not coded: " + evs));
  }

  private static final Set<String> NOT_CURRENT = Set.of("negated", "hypothetical", "historical");

  /** As the scorer counts it: not negated, hypothetical or historical, and not background. */
  static boolean current(EventRecord e) {
    return !NOT_CURRENT.contains(e.status()) && !Boolean.TRUE.equals(e.background());
  }

  /** Whether an event of {@code category} triggered by {@code trigger} is current. */
  static boolean currentWith(List<EventRecord> evs, String category, String trigger) {
    return evs.stream().anyMatch(e -> e.event().equals(category) && e.trigger().text().equals(trigger) && current(e));
  }

  /** Whether no current event is triggered by {@code trigger}. */
  static boolean noneCurrent(List<EventRecord> evs, String trigger) {
    return evs.stream().noneMatch(e -> e.trigger().text().equals(trigger) && current(e));
  }
}
