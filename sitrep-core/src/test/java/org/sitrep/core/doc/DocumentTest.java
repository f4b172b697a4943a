package org.sitrep.core.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private final Document doc = Document.of(new Article("d", "Hello world.", null, null, null, null, null, "t"));

  @Test
  void with_returnsNewDocumentAndLeavesOriginal() {
    Document d2 = doc.with(Layers.TIMES, List.of());
    assertTrue(d2.has(Layers.TIMES));
    assertFalse(doc.has(Layers.TIMES));
  }

  @Test
  void get_missingLayerSaysWhichAndHowToFix() {
    var ex = assertThrows(IllegalStateException.class, () -> doc.get(Layers.TOKENS));
    assertTrue(ex.getMessage().contains("nlp.tokens"), ex.getMessage());
    assertTrue(ex.getMessage().contains("add the stage"), ex.getMessage());
  }

  @Test
  void list_absentLayerIsEmpty() {
    assertEquals(List.of(), doc.list(Layers.EVENTS));
  }

  @Test
  void charSpan_rejectsInvertedRangeWithValues() {
    var ex = assertThrows(IllegalArgumentException.class, () -> new CharSpan(5, 2));
    assertTrue(ex.getMessage().contains("start=5") && ex.getMessage().contains("end=2"));
  }

  @Test
  void charSpan_overlapAndContain() {
    CharSpan a = new CharSpan(0, 10);
    assertTrue(a.overlaps(new CharSpan(9, 12)));
    assertFalse(a.overlaps(new CharSpan(10, 12)));
    assertTrue(a.contains(new CharSpan(2, 10)));
    assertEquals("Hello", new CharSpan(0, 5).of("Hello world"));
  }

  @Test
  void layer_nameIsChecked() {
    assertThrows(IllegalArgumentException.class, () -> Layer.of("Bad Name", "x"));
  }
}
