package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;

class EventLocationStageTest {
  private static PlaceRecord place(String text) {
    return new PlaceRecord(text, 0, text.length(), text, 1L, "PCLI", "XX", null, 0.0, 0.0, null);
  }

  private static EventRecord clash(String actor, String recipient) {
    return new EventRecord("d#e1", "ASSAULT", null, null, "190", 4, -10.0,
        List.of(new ActorRecord(actor, null, "AAA", "GOV", null)),
        List.of(new ActorRecord(recipient, null, "BBB", "MIL", null)), null, null, null, null, "occurred", null, null,
        null);
  }

  @Test
  void participant_actorOfTheEventIsNotItsPlace() {
    assertTrue(EventLocationStage.participant(place("Kenya"), clash("Kenya", "the rebels")));
  }

  @Test
  void participant_recipientPlaceCanBeWhereItHappened() {
    assertFalse(EventLocationStage.participant(place("Kismayo"), clash("the rebels", "Kismayo")));
  }

  @Test
  void participant_otherPlaceIsACandidate() {
    assertFalse(EventLocationStage.participant(place("Somalia"), clash("Kenya", "the rebels")));
  }
}
