package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.Coded.currentWith;
import static org.sitrep.events.Coded.noneCurrent;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventRecord;

/**
 * Issue 14 (branch evvol11): the setting of a saying in the shapes the parser gives it beside those NewsVolumeTest
 * covers ({@link EventStatus#settingOfSaying}): the audience a verb of telling takes as object after a quotation, what
 * was told parsed as an xcomp, a framing participle hung as "dep". On CoreNLP parses of sentences written for this
 * test, with a control where the meeting is what the sentence reports.
 */
class SayingSettingTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  @Test
  void theSettingOfASayingIsNoHappening() {
    for (String text : List.of(
        "“Our ports are safe, our roads are open, and our schools are full,” the Peruvian minister told a meeting of the regional council.",
        "During a visit to Lima for a security meeting on Monday, the Chilean minister told reporters 40 prisoners were freed.",
        "Speaking at a council meeting on Peru this week, the Chilean envoy said Lima was failing to stop the smugglers.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(noneCurrent(evs, "meeting") && noneCurrent(evs, "visit"), () -> text + ": " + evs);
    }
    // a meeting that is what the sentence reports stays news
    String met = "The Chilean foreign minister met his Peruvian counterpart at a meeting of the regional council on Monday.";
    List<EventRecord> evs = EventCoderTest.events(met);
    assertTrue(currentWith(evs, "CONSULT", "met"), () -> met + ": " + evs);
  }

  @Test
  void theVenueOrCloseOfASayingIsNoHappening() {
    // (evvol12) the talks named by the place of the statement, or by a verb of ending in the saying's adjunct
    for (String text : List.of(
        "“We asked Bolivia to open its border,” the ministers said in a joint statement from the site of their talks in Lima.",
        "“Both sides should keep talking,” the Chilean envoy said after wrapping up meetings with Peruvian ministers.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      assertTrue(noneCurrent(evs, "talks") && noneCurrent(evs, "meetings"), () -> text + ": " + evs);
    }
    // the scene of an attack is where the attack happened, and meetings wrapped up with no saying stay news
    for (String text : List.of(
        "The Chilean envoy wrapped up meetings with Peruvian ministers in Lima on Monday.",
        "The mayor of Lima said at the scene of the rebel attack on the police station that the town would rebuild it.")) {
      List<EventRecord> evs = EventCoderTest.events(text);
      EventRecord e = Coded.byTrigger(evs, text.contains("attack") ? "attack" : "meetings");
      assertTrue(e != null && Coded.current(e), () -> text + ": " + evs);
    }
  }
}
