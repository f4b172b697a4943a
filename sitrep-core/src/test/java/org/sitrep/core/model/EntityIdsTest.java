package org.sitrep.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityIdsTest {
  @Test
  void foldingMakesSpellingsOfOneNameOneId() {
    assertEquals(EntityIds.of("Zoë Martínez-Ortiz"), EntityIds.of("Zoe Martinez Ortiz"));
    assertEquals(EntityIds.of("the Harbor Workers' Union"), EntityIds.of("Harbor Workers Union"));
    assertNotEquals(EntityIds.of("Zoe Martinez"), EntityIds.of("Zoe Martin"));
    assertTrue(EntityIds.of("Zoe Martinez").matches("sitrep:[0-9a-f]{12}"), EntityIds.of("Zoe Martinez"));
    assertNull(EntityIds.of("  ,  "));
  }

  @Test
  void statesTakeTheirIsoCodeAndBodiesWithoutOneHaveNone() {
    assertEquals("iso3166:TUR", EntityIds.of("Turkey"));
    assertEquals("iso3166:TUR", EntityIds.ofState("TUR"));
    assertNull(EntityIds.ofState("IGO"));
  }

  @Test
  void actorsOfOneArticleShareTheIdsOfItsEntities() {
    var person = new EntityRecord("Okafor", 0, 6, "PERSON", "Lena Okafor", null);
    var jordanPerson = new EntityRecord("Jordan", 10, 16, "PERSON", "Jordan", null);
    List<EntityRecord> ents = EntityIds.entities(List.of(person, jordanPerson));
    var ev = new EventRecord("d#e1", "ACCUSE", null, null, null, null, null,
        List.of(new ActorRecord("she", "Lena Okafor", null, "GOV", null),
            new ActorRecord("officials", null, "KEN", "GOV", null)),
        List.of(new ActorRecord("protesters", null, null, "CVL", null)), null, null, null, null, null, null, null,
        null);
    EventRecord out = EntityIds.events(List.of(ev), ents).get(0);
    assertEquals(ents.get(0).id(), out.actor().get(0).id());
    assertEquals("iso3166:KEN", out.actor().get(1).id());
    assertEquals("agent:UNK-CVL", out.recipient().get(0).id(), "a generic group: the id of its class");
    assertTrue(ents.get(1).id().startsWith("sitrep:"), ents.get(1).id()); // a person named like a country
    var q = EntityIds.quotes(List.of(new QuoteRecord("We will", 0, 7, "direct", "Lena Okafor", "she", null, "said")));
    assertEquals(ents.get(0).id(), q.get(0).speakerId());
  }
  @Test
  void everyActorCountAndEntityHasAnId() {
    assertEquals("agent:TUR-MIL", EntityIds.ofGroup(new ActorRecord("Turkish soldiers", null, "TUR", "MIL", null)));
    assertEquals("agent:UNK-UNK", EntityIds.ofGroup(new ActorRecord("they", null, null, null, null)));
    var c = new CountRecord("dead", null, new ActorRecord("civilians", null, "SYR", "CVL", null), null, null, null,
        null, null);
    assertEquals("agent:SYR-CVL", EntityIds.counts(List.of(c)).get(0).who().id());
    var place = new EntityRecord("Aleppo", 0, 6, "CITY", null, null);
    String id = EntityIds.entities(List.of(place)).get(0).id();
    assertTrue(id.startsWith("sitrep:"), id);
    assertNotEquals(id, EntityIds.of("Aleppo"), "a city and a person named alike keep apart");
  }

  @Test
  void namesTheRegistryKnowsTakeItsId() {
    assertEquals("wiki:Vladimir_Putin", EntityIds.of("Vladimir Putin"));
    assertEquals("wiki:Vladimir_Putin", EntityIds.of("Putin"), "an unambiguous surname");
    String erdogan = EntityIds.of("Recep Tayyip Erdoğan");
    assertTrue(erdogan.startsWith("wiki:Recep_Tayyip_Erdo"), erdogan);
    assertEquals(erdogan, EntityIds.of("Recep Tayyip Erdogan"));
    assertEquals(erdogan, EntityIds.of("Erdogan"));
    assertEquals(erdogan, EntityIds.of("Erdoğan"));
    assertEquals("wiki:Angela_Merkel", EntityIds.of("Angela Merkel"));
    assertEquals("iso3166:TUR", EntityIds.of("Turkey"), "a state keeps its ISO id");
  }

  @Test
  void namesItDoesNotKnowOrCannotTellApartKeepTheSitrepId() {
    assertTrue(EntityIds.of("Lena Okafor").startsWith("sitrep:"), EntityIds.of("Lena Okafor"));
    String bush = EntityIds.of("Bush");
    assertTrue(bush.startsWith("sitrep:"), "'Bush' alone names two presidents and more: " + bush);
    assertTrue(EntityIds.of("Military").startsWith("sitrep:"), "a common word is no one's name");
  }

  @Test
  void aSurnameTakesTheRegistryIdWhereTheArticleNamesThePersonInFull() {
    var full = new EntityRecord("George W. Bush", 0, 14, "PERSON", "George W. Bush", null);
    var later = new EntityRecord("Bush", 40, 44, "PERSON", "George W. Bush", null);
    List<EntityRecord> ents = EntityIds.entities(List.of(full, later));
    assertEquals("wiki:George_W._Bush", ents.get(0).id());
    assertEquals(ents.get(0).id(), ents.get(1).id());
    // canonical name unknown to the index ("President Angela Merkel" as the article resolved it): its mention
    var titled = new EntityRecord("Merkel", 0, 6, "PERSON", "Chancellor-elect Angela Merkel", null);
    var other = new EntityRecord("the chancellor-elect", 9, 29, "PERSON", "Chancellor-elect Angela Merkel", null);
    List<EntityRecord> two = EntityIds.entities(List.of(other, titled));
    assertEquals("wiki:Angela_Merkel", two.get(0).id(), "one id for every entity of one canonical name");
    assertEquals("wiki:Angela_Merkel", two.get(1).id());
    var ev = new EventRecord("d#e1", "ACCUSE", null, null, null, null, null,
        List.of(new ActorRecord("she", "Chancellor-elect Angela Merkel", "DEU", "GOV", null)), List.of(), null, null,
        null, null, null, null, null, null);
    assertEquals("wiki:Angela_Merkel", EntityIds.events(List.of(ev), two).get(0).actor().get(0).id());
    var q = EntityIds.quotes(List.of(new QuoteRecord("We will", 0, 7, "direct", "Chancellor-elect Angela Merkel", "she",
        null, "said")), two);
    assertEquals("wiki:Angela_Merkel", q.get(0).speakerId());
    var other2 = EntityIds.entities(List.of(new EntityRecord("Merkel", 0, 6, "PERSON", "Hanna Merkel", null)));
    assertTrue(other2.get(0).id().startsWith("sitrep:"), "a mention's article must be the named person's: "
        + other2.get(0).id());
    var alone = EntityIds.entities(List.of(new EntityRecord("Bush", 0, 4, "PERSON", "Bush", null)));
    assertTrue(alone.get(0).id().startsWith("sitrep:"), "a surname alone stays ambiguous: " + alone.get(0).id());
  }
}
