package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventRecord;

/**
 * A headline's happening is the article's news, told without a day ("Fate of eight refugees in limbo after 40
 * deported"); the body refers back to it with a definite event noun that carries its own day ("a statement on the
 * March 3 deportations", "Tuesday's deportations"). The pass runs after merging: where the merger did not join the
 * two (the reference's parties are read from its own clause and may differ), the headline's happening takes that
 * day, basis {@code same_event}. Stateless.
 */
final class HeadlineDating {
  private HeadlineDating() {
  }

  /**
   * Dates each undated, current (occurred, not background) event with a mention in the title by the article's
   * dated definite references of the same category and mode ({@code datedReferences}: where, in the body, the
   * triggers of definite event nouns with a day of their own start; the title is what comes before
   * {@code bodyStart}): where all of them state one and the same full
   * day, and every other dated mention of that category and mode agrees with it (the same day, or a month or year
   * that holds it: "deported 40 others last month" and "the Feb. 27 deportations"). Two days, a month that does not
   * hold the day, or references dated only to a month, and it dates nothing.
   */
  static List<EventRecord> datedByReference(List<EventRecord> events, Set<Integer> datedReferences,
      int bodyStart) {
    if (datedReferences.isEmpty()) {
      return events;
    }
    List<EventRecord> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      EventRecord e = out.get(i);
      if (e.date() != null || !"occurred".equals(e.status()) || Boolean.TRUE.equals(e.background())
          || e.mentions().stream().noneMatch(m -> m.trigger().start() < bodyStart)) {
        continue;
      }
      String day = null;
      String text = null;
      boolean clash = false;
      for (EventRecord f : events) { // the references' one day
        if (f != e && sameKind(f, e) && f.date() != null && MergedDating.FULL_DAY.matcher(f.date()).matches()
            && f.mentions().stream()
                .anyMatch(m -> m.trigger().start() >= bodyStart && datedReferences.contains(m.trigger().start()))) {
          clash |= day != null && !day.equals(f.date());
          day = f.date();
          text = f.dateText();
        }
      }
      for (EventRecord f : events) { // no other day for the kind; "last month" agrees with "Feb. 27"
        if (day != null && f != e && sameKind(f, e) && f.date() != null && !day.startsWith(f.date())) {
          clash = true;
        }
      }
      if (clash || day == null) {
        continue;
      }
      out.set(i, e.withDate(day, text, "same_event"));
    }
    return List.copyOf(out);
  }

  /** Same PLOVER category and mode ("deport", not any COERCE). */
  private static boolean sameKind(EventRecord f, EventRecord e) {
    return f.event().equals(e.event()) && Objects.equals(f.mode(), e.mode());
  }

}
