package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.places.PlaceMention.Cue;
import org.sitrep.places.PlaceResolver.Resolution;

/** Resolution against the shipped gazetteer (loaded once per JVM). */
class PlaceResolverTest {
  private static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer.shared());

  /** Mentions laid out one after another as if in one text; "|" separates them. */
  private static List<PlaceMention> mentions(String... names) {
    List<PlaceMention> out = new ArrayList<>();
    int at = 0;
    for (String n : names) {
      out.add(PlaceMention.of(n, at, null));
      at += n.length() + 2;
    }
    return out;
  }

  private static GazetteerEntry only(List<PlaceMention> ms, int i) {
    GazetteerEntry e = RESOLVER.resolve(ms).get(i).entry();
    assertNotNull(e, "no resolution for " + ms.get(i).text());
    return e;
  }

  @Test
  void resolve_bareParisIsTheFrenchCapital() {
    GazetteerEntry e = only(mentions("Paris"), 0);
    assertEquals("FR", e.countryCode());
    assertEquals("PPLC", e.featureCode());
  }

  @Test
  void resolve_parisCommaTexasIsTheTexanTown() {
    List<PlaceMention> ms = mentions("Paris", "Texas");
    ms.set(0, ms.get(0).withParent(1));
    List<Resolution> rs = RESOLVER.resolve(ms);
    assertEquals("US", rs.get(0).entry().countryCode());
    assertEquals("TX", rs.get(0).entry().admin1());
    assertEquals("ADM1", rs.get(1).entry().featureCode());
  }

  @Test
  void resolve_georgiaAloneOrWithTbilisiIsTheCountry() {
    assertEquals("PCLI", only(mentions("Georgia"), 0).featureCode());
    GazetteerEntry e = only(mentions("Tbilisi", "Georgia"), 1);
    assertEquals("GE", e.countryCode());
    assertEquals("PCLI", e.featureCode());
  }

  @Test
  void resolve_georgiaWithAtlantaIsTheUsState() {
    GazetteerEntry e = only(mentions("Atlanta", "Georgia", "Savannah"), 1);
    assertEquals("US", e.countryCode());
    assertEquals("ADM1", e.featureCode());
    assertEquals("GA", e.admin1());
  }

  @Test
  void resolve_bareIdlibIsTheCityAndIdlibProvinceTheGovernorate() {
    GazetteerEntry city = only(mentions("Idlib"), 0);
    assertEquals(169389L, city.geonameid());
    List<PlaceMention> ms = mentions("Idlib");
    ms.set(0, ms.get(0).withCue(Cue.DIVISION));
    GazetteerEntry province = only(ms, 0);
    assertEquals(169387L, province.geonameid());
    assertEquals("ADM1", province.featureCode());
    ms.set(0, ms.get(0).withCue(Cue.COUNTRYSIDE));
    assertEquals(169387L, only(ms, 0).geonameid(), "the Idlib countryside is the governorate");
  }

  @Test
  void resolve_hatayIsTheProvinceNotAntakya() {
    GazetteerEntry e = only(mentions("Hatay"), 0);
    assertEquals(312394L, e.geonameid());
    assertEquals("TR", e.countryCode());
  }

  @Test
  void resolve_capitalsBeatTheirNamesakes() {
    List<PlaceMention> ms = mentions("Ankara", "Moscow", "Damascus", "Ukraine", "Turkey");
    List<Resolution> rs = RESOLVER.resolve(ms);
    assertEquals("TR", rs.get(0).entry().countryCode());
    assertEquals("PPLC", rs.get(0).entry().featureCode());
    assertEquals("RU", rs.get(1).entry().countryCode());
    assertEquals("SY", rs.get(2).entry().countryCode());
    assertEquals("PCLI", rs.get(3).entry().featureCode());
    assertEquals("UA", rs.get(3).entry().countryCode());
    assertEquals("TR", rs.get(4).entry().countryCode());
  }

  @Test
  void resolve_transliterationVariantsFindTheSamePlace() {
    GazetteerEntry a = only(mentions("Saraqib"), 0);
    GazetteerEntry b = only(mentions("Saraqeb"), 0);
    assertEquals(a.geonameid(), b.geonameid());
    assertEquals("SY", a.countryCode());
    assertEquals(only(mentions("Jisr al-Shughur"), 0).geonameid(), only(mentions("Jisr ash-Shughour"), 0).geonameid());
    assertEquals("SY", only(mentions("Idleb"), 0).countryCode());
  }

  @Test
  void resolve_unknownNameHasNoEntry() {
    Resolution r = RESOLVER.resolve(mentions("Qwxzzyville")).get(0);
    assertEquals(null, r.entry());
    assertEquals(0, r.candidates());
  }

  @Test
  void resolve_isDeterministic() {
    List<PlaceMention> ms = mentions("Springfield", "Paris", "Georgia", "Tripoli", "Idlib");
    assertEquals(RESOLVER.resolve(ms), RESOLVER.resolve(ms));
    assertTrue(RESOLVER.resolve(ms).stream().allMatch(r -> r.entry() != null));
  }
}
