package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;

class LocationParseTest {
  private static LocationParse parse(HandParse p) {
    Document doc = p.doc();
    return LocationParse.of(doc.list(Layers.TOKENS), doc.getOr(Layers.DEPENDENCIES, List.of()));
  }

  @Test
  void clauseEdge_clauseRelationsNotNominalOnes() {
    assertTrue(LocationParse.clauseEdge("conj:and"));
    assertTrue(LocationParse.clauseEdge("acl:relcl"));
    assertFalse(LocationParse.clauseEdge("acl:to"));
    assertFalse(LocationParse.clauseEdge("nmod:in"));
  }

  @Test
  void link_aPlaceBehindALocativeWordIsTiedToTheVerb() {
    // "Crowds gathered in Lome ."
    LocationParse p = parse(new HandParse("Crowds/NNS/1/nsubj", "gathered/VBD/-1/root", "in/IN/3/case",
        "Lome/NNP/1/obl:in", "././1/punct"));
    PlaceLink l = p.link(3, 1);
    assertTrue(l.tied());
    assertTrue(l.locative());
    assertFalse(l.crossed());
  }

  @Test
  void link_theSubjectIsAParticipantNotTheSetting() {
    // "Togo closed the crossing ."
    LocationParse p = parse(new HandParse("Togo/NNP/1/nsubj", "closed/VBD/-1/root", "the/DT/3/det",
        "crossing/NN/1/obj", "././1/punct"));
    assertSame(PlaceLink.NONE, p.link(0, 1));
  }

  @Test
  void link_aPlaceInAnotherClauseIsMarkedCrossed() {
    // "Crowds gathered as police waited in Lome ."
    LocationParse p = parse(new HandParse("Crowds/NNS/1/nsubj", "gathered/VBD/-1/root", "as/IN/4/mark",
        "police/NNS/4/nsubj", "waited/VBD/1/advcl:as", "in/IN/6/case", "Lome/NNP/4/obl:in", "././1/punct"));
    assertTrue(p.link(6, 1).crossed());
    assertFalse(p.link(6, 4).crossed());
  }
}
