package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The lexicon, the PLOVER table and the actor tables, without the NLP stage. */
class LexiconTest {
  @Test
  void lexicon_coversEveryCategory() {
    Set<String> seen = new TreeSet<>();
    for (Lexicon.Entry e : Lexicon.get().entries()) {
      seen.add(e.category());
    }
    assertEquals(new TreeSet<>(Plover.CATEGORIES), seen);
  }

  @Test
  void lexicon_modesBelongToTheirCategory() {
    for (Lexicon.Entry e : Lexicon.get().entries()) {
      // every mode has a score in the PLOVER table, or is a mode this project documents (e.g. RETREAT/resign)
      double score = Plover.intensity(e.category(), e.mode());
      assertTrue(score >= -10 && score <= 10, e::toString);
    }
  }

  @Test
  void lexicon_specificEntriesComeFirst() {
    Lexicon.Entry first = Lexicon.get().byHead("strike").get(0);
    assertNotNull(first.particle() != null || !first.modifiers().isEmpty() || !first.subjects().isEmpty() ? first : null);
    assertTrue(first.specificity() > 0);
  }

  @Test
  void parse_badLineNamesTheProblem() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Lexicon.parse("attack\tV\tFIGHT\t-\t190\tTRANS\t-", 7, "test.tsv"));
    assertTrue(e.getMessage().contains("FIGHT"), e.getMessage());
    IllegalStateException f = assertThrows(IllegalStateException.class,
        () -> Lexicon.parse("attack\tV\tASSAULT\t-\t190\tSIDEWAYS\t-", 8, "test.tsv"));
    assertTrue(f.getMessage().contains("line 8") && f.getMessage().contains("SIDEWAYS"), f.getMessage());
  }

  @Test
  void plover_settledQuirks() {
    assertEquals(4, Plover.quad("SANCTION"));
    assertEquals(-3.0, Plover.intensity("ACCUSE", null));
    assertEquals(-9.5, Plover.intensity("ASSAULT", "aerial"));
    assertEquals(-9.0, Plover.intensity("ASSAULT", null));
    assertThrows(IllegalArgumentException.class, () -> Plover.quad("FIGHT"));
  }

  @Test
  void actorLexicon_namesDemonymsCapitalsAndAcronyms() {
    ActorLexicon lex = ActorLexicon.get();
    assertEquals("TUR", lex.country("Turkish").code());
    assertEquals("TUR", lex.country("Türkiye").code());
    assertEquals("USA", lex.country("U.S.").code());
    assertEquals("RUS", lex.capital("Moscow").code());
    assertEquals("SYR", lex.capital("Damascus").code());
    assertEquals("UNO", lex.organization("U.N.").country());
    assertEquals("UNO", lex.organization("the United Nations").country());
    assertEquals("IGO", lex.organization("NATO").country());
    assertEquals("MIL", lex.sector("troop"));
    assertEquals("GOV", lex.sector("foreign minister"));
    // acronyms match their case only: "us" the pronoun is not the United States, "who" is not the WHO
    assertEquals(null, lex.country("us"));
    assertEquals(null, lex.organization("who"));
    assertFalse(lex.maxPhraseTokens() < 3);
  }
}
