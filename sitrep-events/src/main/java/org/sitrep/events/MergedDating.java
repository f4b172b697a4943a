package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventRecord;

/**
 * The dating passes that follow merging, over an article's merged events: the news lead's convention
 * ({@link EventDating#newsLead} finds the triggers) and dated references that name what was attacked
 * ({@link EventDating#referenceObject}). Stateless.
 */
final class MergedDating {
  private MergedDating() {
  }

  /**
   * The events of the article's news lead ({@link #newsLead}) that no mention dates: dated the article's day,
   * basis {@code news_lead}. {@code leadTriggers}: where the lead's qualifying triggers start; an event is dated
   * when one of its mentions is one of them and it is current news (occurred, not background).
   */
  static List<EventRecord> datedByLead(List<EventRecord> events, Set<Integer> leadTriggers, String published) {
    String day = published == null || published.length() < 10 ? null : published.substring(0, 10);
    if (leadTriggers.isEmpty() || day == null || !FULL_DAY.matcher(day).matches()) {
      return events;
    }
    List<EventRecord> out = new ArrayList<>(events.size());
    for (EventRecord e : events) {
      if (e.date() == null && "occurred".equals(e.status()) && !Boolean.TRUE.equals(e.background())
          && e.mentions().stream().anyMatch(m -> leadTriggers.contains(m.trigger().start()))) {
        e = e.withDate(day, null, "news_lead");
      }
      out.add(e);
    }
    return List.copyOf(out);
  }

  /**
   * A dated definite reference that names what its happening was done to ("the hotel attack on Tuesday", "Monday's
   * attack on the convoy"), kept with that noun ({@link #referenceObject}).
   */
  record ObjectReference(EventRecord record, String object) {
  }

  /**
   * A dated definite reference that the merging could not place, because the article reports more than one
   * happening of its kind ("Security forces killed the attackers ... Six militants attacked a hotel ... Al-Shabab
   * claimed responsibility for the hotel attack on Tuesday"), names the one whose recipient is the noun it names
   * as what was done to ("the hotel attack": the happening aimed at "a hotel"): that one, of the same category and
   * status and with no date, is dated by it, basis {@code same_event}, and lists it among its mentions. A
   * happening told as background counts only where it is background because every mention of it is inside a
   * quotation ({@code quotedOnly}): the speaker's words the article now reports. Two such happenings, or one
   * already dated, and it dates nothing.
   */
  static List<EventRecord> datedByObject(List<EventRecord> events, List<ObjectReference> refs,
      Predicate<EventRecord> quotedOnly) {
    List<EventRecord> out = new ArrayList<>(events);
    for (ObjectReference ref : refs) {
      EventRecord r = ref.record();
      if (r.date() == null || out.stream().anyMatch(e -> e.mentions().stream()
          .anyMatch(m -> m.trigger().start() == r.trigger().start()))) {
        continue; // undated, or joined a happening already
      }
      int only = -1;
      for (int k = 0; k < out.size(); k++) {
        EventRecord e = out.get(k);
        if (e.event().equals(r.event()) && e.status().equals(r.status()) && names(e, ref.object())) {
          if (only >= 0 || e.date() != null || Boolean.TRUE.equals(e.background()) && !quotedOnly.test(e)) {
            only = -2;
            break;
          }
          only = k;
        }
      }
      if (only >= 0) {
        EventRecord e = out.get(only);
        List<EventMention> mentions = new ArrayList<>(e.mentions());
        mentions.add(new EventMention(r.trigger(), r.evidence()));
        out.set(only, new EventRecord(e.id(), e.event(), e.mode(), e.context(), e.cameo(), e.quadCode(),
            e.intensity(), e.actor(), e.recipient(), r.date(), r.dateText(), e.location(), e.size(), e.status(),
            e.attribution(), e.evidence(), e.trigger(), mentions, e.background(), e.salience(), "same_event"));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A definite event noun with no day of its own ("Mech Dara's arrest drew condemnation", "the deportation was
   * condemned") names a happening the reader already knows of: its antecedent. Where the article has told exactly
   * one happening of that category before it, that happening is the antecedent, and where a mention of it states a
   * day ("had been in pretrial detention since September 30": the detention's start is the arrest's day) the
   * reference takes that day, basis {@code same_event}. {@code definiteTriggers}: where such references start; the
   * reference must be the first mention of its event (an event told before with "an arrest" is its own
   * antecedent), current (occurred, not background), and its parties must not contradict the antecedent's (where
   * both name countries on a side, they share one). Two happenings of the category before it, or one with no day
   * or only a month, and it dates nothing.
   */
  static List<EventRecord> datedByAntecedent(List<EventRecord> events, Set<Integer> definiteTriggers) {
    if (definiteTriggers.isEmpty()) {
      return events;
    }
    List<EventRecord> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      EventRecord e = out.get(i);
      if (e.date() != null || !"occurred".equals(e.status()) || Boolean.TRUE.equals(e.background())) {
        continue;
      }
      int first = firstMention(e);
      if (!definiteTriggers.contains(first)) {
        continue;
      }
      EventRecord antecedent = null;
      int before = 0;
      for (EventRecord f : events) {
        if (f != e && f.event().equals(e.event()) && firstMention(f) < first) {
          before++;
          antecedent = f;
        }
      }
      if (before != 1 || antecedent.date() == null || !FULL_DAY.matcher(antecedent.date()).matches()
          || !compatible(antecedent.actor(), e.actor()) || !compatible(antecedent.recipient(), e.recipient())) {
        continue;
      }
      out.set(i, e.withDate(antecedent.date(), antecedent.dateText(), "same_event"));
    }
    return List.copyOf(out);
  }

  /** Where an event's first mention starts. */
  private static int firstMention(EventRecord e) {
    int first = Integer.MAX_VALUE;
    for (EventMention m : e.mentions()) {
      first = Math.min(first, m.trigger().start());
    }
    return first;
  }

  /** Whether two sides of two mentions can be the same: where both name countries, they share one. */
  private static boolean compatible(List<ActorRecord> a, List<ActorRecord> b) {
    Set<String> ca = new HashSet<>();
    for (ActorRecord x : a) {
      if (x.country() != null) {
        ca.add(x.country());
      }
    }
    boolean named = false;
    for (ActorRecord y : b) {
      if (y.country() != null) {
        named = true;
        if (ca.contains(y.country())) {
          return true;
        }
      }
    }
    return ca.isEmpty() || !named;
  }

  /** Whether a noun is a word of one of an event's recipients ("a hotel in Mogadishu", "the hotels" for "hotel"). */
  private static boolean names(EventRecord e, String noun) {
    for (var a : e.recipient()) {
      if (a.text() == null) {
        continue;
      }
      for (String w : Text.fold(a.text()).split("[^\\p{L}\\p{N}-]+")) {
        if (w.equals(noun) || w.equals(noun + "s") || w.equals(noun + "es")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A date that names one day (YYYY-MM-DD), not a month or a year; the dating passes date only with such a day. */
  static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
}
