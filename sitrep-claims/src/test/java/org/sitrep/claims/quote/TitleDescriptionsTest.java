package org.sitrep.claims.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.QuoteRecord;

/**
 * Title descriptions ("the Turkish president", "Turkey's leader", "Washington's envoy") resolve to the person
 * the article introduced with that title, or a title of its kin, of the same country; articles written for
 * these tests, each with two holders of the same title from different countries so that the nearest one is
 * the wrong one.
 */
class TitleDescriptionsTest {

  static final String SUMMIT = "Turkish President Recep Tayyip Erdogan met French President Emmanuel Macron in Paris "
      + "on Monday. Macron said the talks on trade had gone well. "
      + "“We will not accept new barriers to our exports,” the Turkish president said after the meeting. "
      + "Officials from both countries joined the talks in the afternoon. "
      + "“The door to Europe is open,” Turkey's leader told reporters.";

  static final String COUNCIL = "Maria Lopez, the American ambassador to the United Nations, spoke first at the "
      + "council meeting on Friday. Ambassador Chen Wei of China spoke after her. "
      + "“China wants calm on the peninsula,” Chen said. "
      + "Washington's envoy urged the council to act “before the next missile is fired.” "
      + "The Chinese diplomat said the council should wait.";

  private static QuoteRecord quote(String id, String text, String start) {
    return QuoteFixture.quote(id, text, "2020-03-02", start);
  }

  @Test
  void descriptionWithCountryTakesThePersonOfThatCountryNotTheNearestHolder() {
    assertEquals("Recep Tayyip Erdogan", quote("summit", SUMMIT, "We will not accept").speaker());
  }

  @Test
  void leaderRefersToAPresidentOfItsCountry() {
    QuoteRecord q = quote("summit", SUMMIT, "The door to Europe");
    assertEquals("Recep Tayyip Erdogan", q.speaker());
    assertEquals("Turkey's leader", q.speakerText());
  }

  @Test
  void capitalAsMetonymAndEnvoyForAmbassador() {
    assertEquals("Maria Lopez", quote("council", COUNCIL, "before the next missile").speaker());
  }
}
