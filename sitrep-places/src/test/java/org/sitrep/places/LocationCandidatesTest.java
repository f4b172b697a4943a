package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.PlaceRecord;

class LocationCandidatesTest {
  private static LocationCandidates candidates(HandParse p) {
    Document doc = p.doc();
    return LocationCandidates.of(doc,
        LocationParse.of(doc.list(Layers.TOKENS), doc.getOr(Layers.DEPENDENCIES, List.of())));
  }

  @Test
  void of_addsABorderAndMarksIt() {
    // "Trucks queued at the Ghanaian border near Aflao ."
    LocationCandidates c = candidates(new HandParse("Trucks/NNS/1/nsubj", "queued/VBD/-1/root", "at/IN/5/case",
        "the/DT/5/det", "Ghanaian/JJ/5/amod/NATIONALITY", "border/NN/1/obl:at", "near/IN/7/case",
        "Aflao/NNP/5/nmod:near", "././1/punct").place(7, 8, "PPL"));
    assertEquals(List.of("Ghanaian border", "Aflao"), c.places().stream().map(PlaceRecord::text).toList());
    assertEquals(1, c.borders().size());
    assertTrue(c.borders().contains(c.places().get(0)));
    assertNull(c.places().get(0).lat(), "a border is unresolved");
  }

  @Test
  void of_keepsAResolvedPlaceOverAnOverlappingName() {
    // "Shells hit the town of Aflao ." with Aflao resolved: no second, unresolved copy
    LocationCandidates c = candidates(new HandParse("Shells/NNS/1/nsubj", "hit/VBD/-1/root", "the/DT/3/det",
        "town/NN/1/obj", "of/IN/5/case", "Aflao/NNP/3/nmod:of", "././1/punct").place(5, 6, "PPL"));
    assertEquals(1, c.places().size());
    assertEquals(1.0, c.places().get(0).lat());
  }

  @Test
  void namedByPlaceNoun_nothingForAWordThatIsNoName() {
    LocationParse p = LocationParse.of(new HandParse("Shells/NNS/1/nsubj", "hit/VBD/-1/root", "the/DT/3/det",
        "town/NN/1/obj", "././1/punct").doc().list(Layers.TOKENS), List.of());
    assertNull(LocationCandidates.namedByPlaceNoun(p, 3, "Shells hit the town ."));
  }
}
