package org.sitrep.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void firstNonBlank_skipsNullAndBlankKeepsTheValueAsGiven() {
    assertEquals(" Lome ", Texts.firstNonBlank(null, "  ", "\t", " Lome ", "Accra"));
  }

  @Test
  void firstNonBlank_nullWhenAllAreBlank() {
    assertNull(Texts.firstNonBlank(null, "", " "));
    assertNull(Texts.firstNonBlank());
  }
}
