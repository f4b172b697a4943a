package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorRecord;

/** A state actor with no nationality, repressing or conceding to one country's parties, is that country's. */
class OwnStateTest {
  private static final ActorRecord PRESIDENT = new ActorRecord("Tomas Varga", "Tomas Varga", null, "GOV", null);
  private static final ActorRecord ZAMBIAN_PRESS =
      new ActorRecord("Zambian opposition newspapers", null, "ZMB", "MED", null);

  @Test
  void stateActorWithoutCountry_takesTheCountryOfItsTargets() {
    List<ActorRecord> a = OwnState.apply("COERCE", List.of(PRESIDENT), List.of(ZAMBIAN_PRESS));
    assertEquals("ZMB", a.get(0).country());
    assertEquals("Tomas Varga", a.get(0).text());
    assertEquals("GOV", a.get(0).sector());
    assertEquals("ZMB", OwnState.apply("CONCEDE", List.of(PRESIDENT), List.of(ZAMBIAN_PRESS)).get(0).country());
  }

  @Test
  void otherCategoriesNonStateActorsAndMixedTargets_areLeftAsTheyAre() {
    List<ActorRecord> actor = List.of(PRESIDENT);
    // a threat or a sanction is as often aimed abroad
    assertSame(actor, OwnState.apply("THREATEN", actor, List.of(ZAMBIAN_PRESS)));
    // a protester is not the state
    assertSame(actor, OwnState.apply("PROTEST", actor, List.of(ZAMBIAN_PRESS)));
    List<ActorRecord> rebels = List.of(new ActorRecord("the rebels", null, null, "REB", null));
    assertSame(rebels, OwnState.apply("COERCE", rebels, List.of(ZAMBIAN_PRESS)));
    // targets of two countries name no one country
    ActorRecord malawi = new ActorRecord("Malawi", "Malawi", "MWI", null, null);
    assertSame(actor, OwnState.apply("COERCE", actor, List.of(ZAMBIAN_PRESS, malawi)));
    // an actor with a country keeps it
    List<ActorRecord> kenyan = List.of(new ActorRecord("Kenyan police", null, "KEN", "COP", null));
    assertSame(kenyan, OwnState.apply("COERCE", kenyan, List.of(ZAMBIAN_PRESS)));
    assertNull(OwnState.apply("COERCE", actor, List.of()).get(0).country());
  }

  @Test
  void dissentersRepressedWithNoAgentNamed_byTheirOwnState() {
    ActorRecord students = new ActorRecord("Zambian student protesters", null, "ZMB", "OPP", null);
    ActorRecord unsectored = new ActorRecord("several people", null, "ZMB", null, null);
    assertEquals("ZMB", OwnState.ofDissent("ASSAULT", null, List.of(), List.of(students), null));
    assertEquals("ZMB", OwnState.ofDissent("COERCE", null, List.of(), List.of(students, unsectored), null));
    // an agent named keeps the event as it is
    assertNull(OwnState.ofDissent("ASSAULT", null, List.of(PRESIDENT), List.of(students), null));
    // no dissenter among the victims: miners killed in a blast name no state
    ActorRecord miners = new ActorRecord("Zambian miners", null, "ZMB", "LAB", null);
    assertNull(OwnState.ofDissent("ASSAULT", null, List.of(), List.of(miners), null));
    assertNull(OwnState.ofDissent("ASSAULT", null, List.of(), List.of(unsectored), null));
    // soldiers or police among the victims: not repression
    ActorRecord police = new ActorRecord("Zambian police", null, "ZMB", "COP", null);
    assertNull(OwnState.ofDissent("ASSAULT", null, List.of(), List.of(students, police), null));
    // victims of two countries, or of none
    ActorRecord malawians = new ActorRecord("Malawian journalists", null, "MWI", "JRN", null);
    assertNull(OwnState.ofDissent("ASSAULT", null, List.of(), List.of(students, malawians), null));
    ActorRecord stateless = new ActorRecord("protesters", null, null, "OPP", null);
    assertNull(OwnState.ofDissent("ASSAULT", null, List.of(), List.of(stateless), null));
    // at home or where no place is known, not abroad
    assertEquals("ZMB", OwnState.ofDissent("ASSAULT", "firearms", List.of(), List.of(students), "ZMB"));
    assertNull(OwnState.ofDissent("ASSAULT", "firearms", List.of(), List.of(students), "MWI"));
    // an arrest is the local state's (RoleExtractor), not the victims'
    assertNull(OwnState.ofDissent("COERCE", "arrest", List.of(), List.of(students), null));
    // not a category of repression
    assertNull(OwnState.ofDissent("PROTEST", null, List.of(), List.of(students), null));
  }
}
