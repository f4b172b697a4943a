package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.events.EventCoderTest.events;
import static org.sitrep.events.PloverPartiesTest.countries;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.EventRecord;

/** Known office-holders named with no nationality (issue 14, branch evplover2); sentences written for it. */
class OfficeHoldersTest {
  @BeforeAll
  static void load() {
    EventCoderTest.load();
  }

  /** The table: a full name, a listed surname, and a name it does not hold. */
  @Test
  void lookup_fullNameSurnameAndUnknown() {
    OfficeHolders t = OfficeHolders.get();
    assertEquals(new ActorCode("DEU", "GOV"), t.lookup("Helmut Kohl", List.of("helmut", "kohl")));
    assertEquals("RUS", t.lookup("Mikhail S. Gorbachev", List.of("mikhail", "s", "gorbachev")).country());
    assertNull(t.lookup("Tomas Varga", List.of("tomas", "varga")));
    // a common surname is listed only in full: "Kim" alone names no one
    assertNull(t.lookup("Kim", List.of("kim")));
  }

  /**
   * A listed surname with another first name is a namesake, not the office-holder: "Hans Kohl" gets no country
   * from the table, "Kohl" alone and "Helmut J. Kohl" do.
   */
  @Test
  void lookup_aNamesakeWithAnotherFirstNameIsNotTheOfficeHolder() {
    OfficeHolders t = OfficeHolders.get();
    assertNull(t.lookup("Hans Kohl", List.of("hans", "kohl")));
    assertNull(t.complete(null, "Hans Kohl", List.of("hans", "kohl")));
    assertEquals("DEU", t.lookup("Kohl", List.of("kohl")).country());
    assertEquals("DEU", t.lookup("Helmut J. Kohl", List.of("helmut", "j", "kohl")).country());
    // a spelling of the listed first name (two letters apart, same initial) and an initial are the same person
    assertEquals("DEU", t.lookup("Helmuth Kohl", List.of("helmuth", "kohl")).country());
    assertEquals("DEU", t.lookup("H. Kohl", List.of("h", "kohl")).country());
    // a title among the name words does not hide the first name
    assertEquals("DEU", t.lookup("Chancellor Helmut Kohl", List.of("chancellor", "helmut", "kohl")).country());
    assertEquals(2, OfficeHolders.editDistance("yasir", "yasser"));
  }

  /** What the text says wins; the table fills a missing country and keeps the text's sector. */
  @Test
  void complete_theTextWinsAndTheTableFillsTheCountry() {
    OfficeHolders t = OfficeHolders.get();
    ActorCode chilean = new ActorCode("CHL", "JUD");
    assertEquals(chilean, t.complete(chilean, "Hans Kohl", List.of("hans", "kohl")));
    assertEquals(new ActorCode("DEU", "LEG"), t.complete(new ActorCode(null, "LEG"), "Kohl", List.of("kohl")));
    assertNull(t.complete(null, "Tomas Varga", List.of("tomas", "varga")));
  }

  /** A titled head of government with no nationality in the text acts for the country of the office. */
  @Test
  void parties_aTitledOfficeHolderWithNoNationality() {
    List<EventRecord> evs = events("Chancellor Kohl threatened to cut off aid to Peru.");
    EventRecord e = Coded.first(evs, "THREATEN");
    assertEquals(List.of("DEU"), countries(e.actor()), evs::toString);
    List<EventRecord> bare = events("Gorbachev accused Chile of arming the rebels.");
    assertEquals(List.of("RUS"), countries(Coded.first(bare, "ACCUSE").actor()), bare::toString);
  }

  /** A nationality in the text wins over the table, and a person the table does not hold keeps no country. */
  @Test
  void parties_aNationalityWinsAndAnUnknownPersonStaysUncoded() {
    List<EventRecord> evs = events("Chilean lawyer Hans Kohl accused Peru of torturing detainees.");
    assertEquals(List.of("CHL"), countries(Coded.first(evs, "ACCUSE").actor()), evs::toString);
    List<EventRecord> unknown = events("President Tomas Varga accused Peru of torturing detainees.");
    assertEquals(List.of("null"), countries(Coded.first(unknown, "ACCUSE").actor()), unknown::toString);
  }

  /** A pronoun that refers back to a known office-holder takes the office's country. */
  @Test
  void parties_aPronounForAnOfficeHolder() {
    List<EventRecord> evs = events("Prime Minister Nakasone said he would visit Brazil next month.");
    EventRecord e = evs.get(0); // the promised visit
    assertEquals("he", e.actor().get(0).text(), evs::toString);
    assertEquals(List.of("JPN"), countries(e.actor()), evs::toString);
  }

  /** A name's "of" phrase naming a country is whose office it is: "President X of Peru" acts for Peru. */
  @Test
  void parties_aNamesOfPhraseNamesItsCountry() {
    List<EventRecord> evs = events("President Tomas Varga of Peru accused Chile of violating the treaty.");
    assertEquals(List.of("PER"), countries(Coded.first(evs, "ACCUSE").actor()), evs::toString);
  }
}
