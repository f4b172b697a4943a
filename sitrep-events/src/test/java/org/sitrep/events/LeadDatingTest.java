package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.TextSpan;

/** The dating that follows merging (MergedDating.datedByLead, datedByObject), on records built by hand (no NLP). */
class LeadDatingTest {
  private static EventRecord event(String type, String recipient, String date, String status, Boolean background,
      int at) {
    TextSpan trigger = new TextSpan(at, at + 3, "hit");
    Evidence evidence = new Evidence(at, at + 9, "s" + at);
    List<ActorRecord> r = recipient == null ? List.of() : List.of(new ActorRecord(recipient, null, "SOM", null, null));
    return new EventRecord("d#e" + at, type, null, null, "190", 4, -9.0, List.of(), r, date, date, null, null,
        status, null, evidence, trigger, List.of(new EventMention(trigger, evidence)), background, null,
        date == null ? "none" : "stated");
  }

  @Test
  void theLeadsHappeningTakesTheArticlesDayOnlyWhereNothingDatesIt() {
    List<EventRecord> events = List.of(event("REJECT", null, null, "occurred", null, 0),
        event("ASSAULT", null, "2021-03-09", "occurred", null, 20), event("ACCUSE", null, null, "occurred", null, 40),
        event("ASSAULT", null, null, "historical", true, 60));
    List<EventRecord> out = MergedDating.datedByLead(events, Set.of(0, 20, 60), "2021-03-10T08:00:00Z");
    assertEquals("2021-03-10", out.get(0).date());
    assertEquals("news_lead", out.get(0).dateBasis());
    assertNull(out.get(0).dateText());
    assertEquals("2021-03-09", out.get(1).date(), "a stated day stays");
    assertEquals("stated", out.get(1).dateBasis());
    assertNull(out.get(2).date(), "not a mention of the lead");
    assertNull(out.get(3).date(), "background is no news of the day");
    // without the article's day there is no convention to apply
    assertNull(MergedDating.datedByLead(events, Set.of(0), null).get(0).date());
    assertNull(MergedDating.datedByLead(events, Set.of(0), "March 2021").get(0).date());
  }

  @Test
  void aReferenceNamingWhatWasDoneToDatesTheOneHappeningAimedAtIt() {
    EventRecord reference = event("ASSAULT", null, "2025-03-11", "occurred", null, 100);
    List<EventRecord> events = List.of(event("ASSAULT", "the rebels", null, "occurred", null, 0),
        event("ASSAULT", "a hotel in the town", null, "occurred", true, 20));
    // background only because it is quoted: the reference dates it and joins its mentions
    List<EventRecord> out = MergedDating.datedByObject(events,
        List.of(new MergedDating.ObjectReference(reference, "hotel")), e -> true);
    assertNull(out.get(0).date());
    assertEquals("2025-03-11", out.get(1).date());
    assertEquals("same_event", out.get(1).dateBasis());
    assertEquals(2, out.get(1).mentions().size());
    // background for another reason: not the news the reference names
    out = MergedDating.datedByObject(events, List.of(new MergedDating.ObjectReference(reference, "hotel")), e -> false);
    assertNull(out.get(1).date());
    // two happenings aimed at hotels: it cannot tell which
    List<EventRecord> two = List.of(event("ASSAULT", "a hotel", null, "occurred", null, 0),
        event("ASSAULT", "two hotels", null, "occurred", null, 20));
    out = MergedDating.datedByObject(two, List.of(new MergedDating.ObjectReference(reference, "hotel")), e -> true);
    assertNull(out.get(0).date());
    assertNull(out.get(1).date());
    // another category is another happening
    out = MergedDating.datedByObject(List.of(event("COERCE", "a hotel", null, "occurred", null, 0)),
        List.of(new MergedDating.ObjectReference(reference, "hotel")), e -> true);
    assertNull(out.get(0).date());
  }
}
