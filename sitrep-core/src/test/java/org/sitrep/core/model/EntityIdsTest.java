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
}
