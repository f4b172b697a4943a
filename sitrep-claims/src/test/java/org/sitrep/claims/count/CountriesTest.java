package org.sitrep.claims.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CountriesTest {
  @Test
  void code_nationalityAdjectivesByStem() {
    assertEquals("SYR", Countries.code("Syrian"));
    assertEquals("UKR", Countries.code("Ukrainian"));
    assertEquals("IRQ", Countries.code("Iraqi"));
    assertEquals("EGY", Countries.code("Egyptian"));
    assertEquals("RUS", Countries.code("Russian"));
    assertEquals("IRN", Countries.code("Iranian"));
  }

  @Test
  void code_irregularAdjectivesAndNames() {
    assertEquals("TUR", Countries.code("Turkish"));
    assertEquals("GBR", Countries.code("British"));
    assertEquals("TUR", Countries.code("Turkey"));
    assertEquals("SYR", Countries.code("Syria"));
  }

  @Test
  void code_unknownWordsGiveNull() {
    assertNull(Countries.code("Kurdish"));
    assertNull(Countries.code("soldiers"));
  }
}
