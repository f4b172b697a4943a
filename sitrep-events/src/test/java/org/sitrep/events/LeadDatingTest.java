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

  @Test
  void aDefiniteReferenceTakesTheDayOfTheOneHappeningOfItsKindToldBeforeIt() {
    EventRecord detention = event("COERCE", null, "2021-02-27", "historical", true, 10);
    EventRecord arrest = event("COERCE", null, null, "occurred", null, 80);
    List<EventRecord> out = MergedDating.datedByAntecedent(List.of(detention, arrest), Set.of(80));
    assertEquals("2021-02-27", out.get(1).date());
    assertEquals("same_event", out.get(1).dateBasis());
    // not a definite reference ("an arrest"): a happening of its own
    assertNull(MergedDating.datedByAntecedent(List.of(detention, arrest), Set.of(10)).get(1).date());
    // the antecedent told after the reference is no antecedent
    EventRecord later = event("COERCE", null, "2021-02-27", "historical", true, 120);
    assertNull(MergedDating.datedByAntecedent(List.of(arrest, later), Set.of(80)).get(0).date());
    // two happenings of the kind before it: it cannot tell which
    EventRecord other = event("COERCE", null, null, "occurred", null, 40);
    assertNull(MergedDating.datedByAntecedent(List.of(detention, other, arrest), Set.of(80)).get(2).date());
    // a happening of another kind is no antecedent, nor is one dated only to a month
    assertNull(MergedDating.datedByAntecedent(List.of(event("ASSAULT", null, "2021-02-27", "occurred", null, 10),
        arrest), Set.of(80)).get(1).date());
    assertNull(MergedDating.datedByAntecedent(List.of(event("COERCE", null, "2021-02", "historical", true, 10),
        arrest), Set.of(80)).get(1).date());
    // parties that contradict each other: another happening
    EventRecord abroad = new EventRecord("d#e90", "COERCE", null, null, "173", 4, -5.0, List.of(),
        List.of(new ActorRecord("a trader", null, "KEN", null, null)), null, null, null, null, "occurred", null,
        arrest.evidence(), arrest.trigger(), arrest.mentions(), null, null, "none");
    assertNull(MergedDating.datedByAntecedent(List.of(event("COERCE", "the journalist", "2021-02-27", "historical",
        true, 10), abroad), Set.of(80)).get(1).date());
  }
}
