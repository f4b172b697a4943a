package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The lexicon, the PLOVER table and the actor tables, without the NLP stage. */
class LexiconTest {
  @Test
  void cameo_isTheLexiconsCodeForACategoryInAMode() {
    Lexicon lexicon = Lexicon.get();
    Lexicon.Entry suspend = lexicon.byHead("suspend").stream()
        .filter(e -> e.category().equals("SANCTION")).findFirst().orElseThrow();
    assertEquals(suspend.cameo(), lexicon.cameo("SANCTION", suspend.mode()));
    IllegalStateException none = assertThrows(IllegalStateException.class, () -> lexicon.cameo("SANCTION", "no such mode"));
    assertTrue(none.getMessage().contains("no such mode"), none.getMessage());
  }

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
    // a mode must be one PLOVER (or this project, e.g. RETREAT/resign) lists for the entry's category:
    // "ASSAULT/violence" or a misspelt "aireal" fails here
    for (Lexicon.Entry e : Lexicon.get().entries()) {
      if (e.mode() != null) {
        assertTrue(Plover.hasMode(e.category(), e.mode()), e::toString);
      }
    }
    assertFalse(Plover.hasMode("ASSAULT", "violence"));
    assertTrue(Plover.hasMode("ASSAULT", "aerial"));
  }

  @Test
  void lexicon_specificEntriesComeFirst() {
    // "strike back" (a particle) and "strike" share the head: the longer pattern must be tried first
    List<Lexicon.Entry> strike = Lexicon.get().byHead("strike");
    int particle = -1;
    int bare = -1;
    for (int i = 0; i < strike.size(); i++) {
      Lexicon.Entry e = strike.get(i);
      if (particle < 0 && "back".equals(e.particle())) {
        particle = i;
      }
      if (bare < 0 && e.particle() == null && e.specificity() == 0) {
        bare = i;
      }
    }
    assertTrue(particle >= 0 && bare >= 0, strike::toString);
    assertTrue(particle < bare, strike::toString);
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
