package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Which PLOVER category a trigger gets (issue 14, branch evtype5: intents, multi-word nouns, cues of a type), on
 * sentences written for these tests.
 */
class EventTypeCuesTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  private static List<EventRecord> events(String text) {
    return EventCoderTest.events(text);
  }

  private static List<String> categories(List<EventRecord> evs) {
    return evs.stream().map(EventRecord::event).toList();
  }

  private static EventRecord first(List<EventRecord> evs, String category) {
    return evs.stream().filter(e -> e.event().equals(category)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + category + " in " + evs));
  }

  @Test
  void type_aStatedReadinessToConcedeIsAnIntent() {
    // "is prepared to lift the ban": a verbal cooperation under a word of intent is PLOVER's AGREE, like "will lift"
    List<EventRecord> ready = events("The Ruritanian president said he is prepared to lift the ban on the opposition "
        + "party.");
    assertEquals(List.of("AGREE"), categories(ready), ready.toString());
    // a decision taken is the act itself, not an intent
    List<EventRecord> decided = events("The Bordurian court decided to allow the opposition leader to stand in the "
        + "election.");
    assertEquals(List.of("CONCEDE"), categories(decided), decided.toString());
    // others' forecast is not the actor's intent
    List<EventRecord> expected = events("The Chilean minister is expected to meet his Peruvian counterpart.");
    assertFalse(categories(expected).contains("AGREE"), expected.toString());
    // a planned verbal conflict stays an aim, not an agreement
    List<EventRecord> urge = events("Chile plans to urge Peru to release the fishermen.");
    assertFalse(categories(urge).contains("AGREE"), urge.toString());
  }

  @Test
  void type_aMultiWordNounMayStartWithAnAdjective() {
    // "martial law": the adjective is the pattern's first word, the noun its head
    List<EventRecord> declared = events("The Ruritanian army declared martial law in the capital on Monday.");
    assertEquals("COERCE", declared.get(0).event(), declared.toString());
    assertEquals("martial-law", declared.get(0).mode(), declared.toString());
    // announced as ready to impose it: a threat (PLOVER: a planned material conflict)
    List<EventRecord> ready = events("The Ruritanian government said it is prepared to impose martial law.");
    EventRecord threat = first(ready, "THREATEN");
    assertEquals("restrict", threat.mode(), threat.toString());
    // the adjective alone is no trigger
    assertTrue(events("The Ruritanian army praised the martial spirit of its cadets.").stream()
        .noneMatch(e -> e.event().equals("COERCE")));
  }
}
