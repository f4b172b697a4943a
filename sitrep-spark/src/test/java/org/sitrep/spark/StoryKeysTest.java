package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.link.LinkSettings;

class StoryKeysTest {
  private static ArticleRecord article(String published, List<PlaceRecord> places, List<EntityRecord> entities) {
    return new ArticleRecord("d", null, null, null, published, false, "en", null, null, null, places, null, entities,
        null, "text");
  }

  private static PlaceRecord place(String cc) {
    return new PlaceRecord("x", 0, 1, "x", 1L, "PPL", cc, null, 0.0, 0.0, false);
  }

  @Test
  void window_alignedBlocksOfDays() {
    StoryKeys k = new StoryKeys(7, false);
    // 1970-01-01 is day 0; 2020-02-03 is day 18295 = 2613 * 7 + 4, so its block starts on 2020-01-30
    assertEquals("2020-01-30", k.window("2020-02-03"));
    assertEquals("2020-01-30", k.window("2020-02-05"));
    assertEquals("2020-02-06", k.window("2020-02-06"));
    assertEquals(StoryKeys.UNDATED, k.window(null));
    assertEquals(StoryKeys.UNDATED, k.window("2020-02"), "a month is not a day");
    assertEquals("2020-02-03", new StoryKeys(1, false).window("2020-02-03"));
  }

  @Test
  void key_countryFromPlacesThenActors() {
    StoryKeys k = new StoryKeys(7, true);
    assertEquals("2020-01-30/SY", k.key(article("2020-02-03", List.of(place("TR"), place("SY"), place("SY")), List.of())));
    assertEquals("2020-01-30/SY", k.key(article("2020-02-03", List.of(place("SY"), place("TR")), List.of())),
        "ties go to the first code in order");
    EntityRecord erdogan = new EntityRecord("Erdogan", 0, 7, "PERSON", "Recep Tayyip Erdoğan", new ActorCode("TUR", "GOV"));
    assertEquals("undated/TR", k.key(article(null, List.of(), List.of(erdogan))), "ISO alpha-3 actor code to alpha-2");
    assertEquals("2020-01-30/-", k.key(article("2020-02-03", List.of(), List.of())));
  }

  @Test
  void new_zeroDayWindow_refused() {
    assertThrows(IllegalArgumentException.class, () -> new StoryKeys(0, true));
  }

  @Test
  void portable_roundTripsLinkSettings() throws Exception {
    LinkSettings s = LinkSettings.defaults().withThreshold(0.42);
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(Portable.of(s));
    }
    try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      @SuppressWarnings("unchecked")
      Portable<LinkSettings> p = (Portable<LinkSettings>) in.readObject();
      assertEquals(s, p.get());
    }
  }
}
