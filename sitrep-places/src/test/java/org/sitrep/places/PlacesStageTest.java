package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.TextSpan;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;

/** The places stages on sentences parsed by CoreNLP (loaded once for the class). */
class PlacesStageTest {
  private static final CoreNlpStage NLP = new CoreNlpStage(NlpSettings.defaults());
  private static final PlacesStage PLACES = new PlacesStage();
  private static final EventLocationStage LOCATIONS = new EventLocationStage();

  private static Document analyse(String text) {
    return PLACES.apply(NLP.apply(Document.of(new Article("t", text, null, null, null, "2020-02-05", "en", "test"))));
  }

  private static Optional<PlaceRecord> place(Document doc, String text) {
    return doc.get(Layers.PLACES).stream().filter(p -> p.text().equals(text)).findFirst();
  }

  private static EventRecord event(String text, String trigger) {
    int at = text.indexOf(trigger);
    return new EventRecord("t#" + trigger, "ASSAULT", null, List.of(), null, null, null, List.of(), List.of(), null,
        null, null, Map.of(), "occurred", null, null, new TextSpan(at, at + trigger.length(), trigger));
  }

  @Test
  void apply_capitalAsSpeakerIsMetonym() {
    Document doc = analyse("Ankara said on Tuesday that the convoy would continue. Moscow supports the Syrian government.");
    assertEquals(Boolean.TRUE, place(doc, "Ankara").orElseThrow().metonym());
    assertEquals(Boolean.TRUE, place(doc, "Moscow").orElseThrow().metonym());
    assertEquals("TR", place(doc, "Ankara").orElseThrow().countryCode());
  }

  @Test
  void apply_partiesToTalksAreMetonyms() {
    Document doc = analyse("Talks between Ankara and Moscow ended without an agreement on Friday.");
    assertEquals(Boolean.TRUE, place(doc, "Ankara").orElseThrow().metonym());
    assertEquals(Boolean.TRUE, place(doc, "Moscow").orElseThrow().metonym());
  }

  @Test
  void apply_hyphenatedCapitalsAreGovernments() {
    Document doc = analyse("The 2019 Nairobi-Kampala agreement was meant to calm the border near Busia.");
    assertEquals(Boolean.TRUE, place(doc, "Nairobi").orElseThrow().metonym());
    assertEquals(Boolean.TRUE, place(doc, "Kampala").orElseThrow().metonym());
  }

  @Test
  void apply_hyphenatedCountriesStayPlaces() {
    Document doc = analyse("Fighting broke out on the Sudan-Ethiopia border on Tuesday.");
    assertNull(place(doc, "Sudan").orElseThrow().metonym());
  }

  @Test
  void apply_literalPlaceIsNotMetonym() {
    Document doc = analyse("Two soldiers were killed in Idlib province on Monday.");
    PlaceRecord idlib = place(doc, "Idlib").orElseThrow();
    assertNull(idlib.metonym());
    assertEquals("ADM1", idlib.featureCode());
    assertEquals(169387L, idlib.geonameid());
  }

  @Test
  void apply_demonymsAreNotPlaces() {
    Document doc = analyse("Syrian and Turkish troops exchanged fire near the border as Russian jets flew overhead.");
    assertTrue(doc.get(Layers.PLACES).stream().noneMatch(p -> p.text().matches("Syrian|Turkish|Russian")),
        doc.get(Layers.PLACES).toString());
  }

  @Test
  void apply_commaParentPicksTheTexanParis() {
    Document doc = analyse("The band played in Paris, Texas, before flying to Paris for the festival.");
    List<PlaceRecord> paris = doc.get(Layers.PLACES).stream().filter(p -> p.text().equals("Paris")).toList();
    assertEquals(2, paris.size(), paris.toString());
    assertEquals("US", paris.get(0).countryCode());
    assertEquals("Texas", paris.get(0).admin1());
  }

  @Test
  void apply_transliteratedTownResolvesInSyria() {
    Document doc = analyse("Government forces advanced into Saraqeb after heavy shelling, activists said.");
    assertEquals("SY", place(doc, "Saraqeb").orElseThrow().countryCode());
  }

  @Test
  void eventLocation_placeGovernedByInIsTheLocation() {
    String text = "Eight Turkish soldiers were killed in Saraqib on Monday, Ankara said.";
    Document doc = analyse(text);
    EventRecord killed = event(text, "killed");
    Map<String, PlaceRecord> loc = LOCATIONS.apply(doc.with(Layers.EVENTS, List.of(killed))).get(Layers.EVENT_LOCATIONS);
    assertEquals("Saraqib", loc.get(killed.id()).text());
  }

  @Test
  void eventLocation_sentenceWithoutPlaceTakesTheArticlesMainPlace() {
    String text = "Fighting raged in Idlib province on Monday. Three civilians were killed, a monitor said. "
        + "Aid groups in Idlib asked for a ceasefire.";
    Document doc = analyse(text);
    EventRecord killed = event(text, "killed");
    Map<String, PlaceRecord> loc = LOCATIONS.apply(doc.with(Layers.EVENTS, List.of(killed))).get(Layers.EVENT_LOCATIONS);
    assertEquals("Idlib", loc.get(killed.id()).text());
  }

  @Test
  void eventLocation_originOfAPersonIsNoLocation() {
    String text = "Assane Kone, a driver from Abidjan, was shot by police officers.";
    Document doc = analyse(text);
    EventRecord shot = event(text, "shot");
    Map<String, PlaceRecord> loc = LOCATIONS.apply(doc.with(Layers.EVENTS, List.of(shot))).get(Layers.EVENT_LOCATIONS);
    assertFalse(loc.containsKey(shot.id()), loc.toString());
  }

  @Test
  void eventLocation_withoutEventsIsEmpty() {
    Document doc = analyse("Shelling hit Idlib.");
    assertTrue(LOCATIONS.apply(doc).get(Layers.EVENT_LOCATIONS).isEmpty());
  }
}
