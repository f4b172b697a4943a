package org.sitrep.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.testing.TestTables;

/** The one pronoun table: the sets the stages select from it, and the checks of its rows. */
class PronounsTest {
  @Test
  void theStagesSelectTheirSetsByFeature() {
    assertEquals(Set.of("he", "she", "him", "her"), Pronouns.select("3", "sg", Set.of("m", "f"), Set.of("subj", "obj")));
    assertEquals(Set.of("they", "them", "their"), Pronouns.select("3", "pl", Set.of(), Set.of("subj", "obj", "det")));
    assertEquals(Set.of("i", "me", "my"), Pronouns.select("1", "sg", Set.of(), Set.of("subj", "obj", "det")),
        "'mine' is a possessive pronoun, not a determiner (and often the noun: a mine exploded)");
    assertTrue(Pronouns.select("3", null, Set.of(), Set.of("refl")).containsAll(Set.of("himself", "themselves")));
  }

  @Test
  void genderedWordsIncludeTheHonorifics() {
    assertEquals(Set.of("he", "him", "his", "himself", "mr", "mr."), Pronouns.gendered("m"));
    assertTrue(Pronouns.gendered("f").containsAll(Set.of("she", "her", "hers", "herself", "ms", "mrs.")));
  }

  @Test
  void aWordListedTwiceOrAnUnknownFeatureIsRefused() {
    String cols = "word kind person number gender cases";
    assertEquals(1, Pronouns.load(TestTables.of(cols, "he\tpronoun\t3\tsg\tm\tsubj\n")).size());
    assertThrows(IllegalStateException.class,
        () -> Pronouns.load(TestTables.of(cols, "he\tpronoun\t3\tsg\tm\tsubj\nhe\tpronoun\t3\tsg\tm\tobj\n")));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Pronouns.load(TestTables.of(cols, "he\tpronoun\t3\tsg\tmale\tsubj\n")));
    assertTrue(e.getMessage().contains("gender 'male'"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Pronouns.load(TestTables.of(cols, "he\tpronoun\t3\tsg\tm\tnom\n")));
  }
}
