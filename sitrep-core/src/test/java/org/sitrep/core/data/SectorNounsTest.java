package org.sitrep.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.testing.TestTables;

/** One code per noun: the sector table checks itself, and no other data file of the project disagrees with it. */
class SectorNounsTest {
  private static DataTable table(String body) {
    return TestTables.of("noun sector uses?", body);
  }

  @Test
  void theStagesReadOneCodePerNoun() {
    assertEquals("MIL", SectorNouns.sector("soldier"));
    assertEquals("COP", SectorNouns.sector("police"));
    assertEquals("JRN", SectorNouns.sector("journalist"));
    assertEquals("GOV", SectorNouns.sector("foreign minister"));
    assertEquals(SectorNouns.NO_SECTOR, SectorNouns.sector("spokesman"));
    assertEquals("MIL", SectorNouns.withUse("people").get("soldier"));
    assertTrue(SectorNouns.withUse("role").containsKey("minister"));
    assertTrue(!SectorNouns.withUse("people").containsKey("ministry"), "a ministry is no figure of people");
  }

  @Test
  void aNounListedTwiceOrWithAnUnknownCodeIsRefused() throws IOException {
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> SectorNouns.load(table("worker\tLAB\tpeople\nworker\tCVL\tpeople\n")));
    assertTrue(twice.getMessage().contains("'worker' is listed twice"), twice.getMessage());
    IllegalStateException code = assertThrows(IllegalStateException.class,
        () -> SectorNouns.load(table("policeman\tPOL\tpeople\n")));
    assertTrue(code.getMessage().contains("agent-codes.tsv"), code.getMessage());
    assertThrows(IllegalStateException.class, () -> SectorNouns.load(table("man\tCVL\tvictim\n")));
  }

  /**
   * Every data file of every module whose header names a "sector" column for a noun (lemma, phrase, noun, word)
   * must agree with sector-nouns.tsv on each noun both list: a second list may not give a noun another code.
   */
  @Test
  void noOtherDataFileGivesANounAnotherCode() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertTrue(Files.isDirectory(root.resolve("sitrep-core")),
        "run from the sitrep-core module folder (Maven does): the project root should be " + root);
    List<String> disagree = disagreements(root);
    assertTrue(disagree.isEmpty(), "nouns with two codes; keep them in sector-nouns.tsv only: " + disagree);
  }

  @Test
  void theCheckFindsASecondListThatDisagrees(@TempDir Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("m/src/main/resources/x"));
    Files.writeString(dir.resolve("people.tsv"), "# source: t\n# licence: t\n# columns: lemma sector\n"
        + "soldier\tMIL\nworker\tCVL\n");
    List<String> got = disagreements(root);
    assertEquals(1, got.size(), got.toString());
    assertTrue(got.get(0).contains("worker CVL (sector-nouns.tsv: LAB)"), got.toString());
  }

  private static List<String> disagreements(Path root) throws IOException {
    List<String> disagree = new ArrayList<>();
    String resources = String.join(File.separator, "src", "main", "resources");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv") && p.toString().contains(resources)
          && !p.getFileName().toString().equals("sector-nouns.tsv")).toList()) {
        DataTable t;
        try (InputStream in = Files.newInputStream(f)) {
          t = DataTable.parse(f.toString(), in);
        } catch (IllegalStateException notData) {
          continue;
        }
        int sector = t.columns().indexOf("sector");
        if (sector < 1 || !List.of("lemma", "phrase", "noun", "word").contains(t.columns().get(0))) {
          continue;
        }
        for (DataTable.Row r : t.rows()) {
          String noun = r.get(0).toLowerCase(Locale.ROOT);
          String mine = SectorNouns.sector(noun);
          if (mine != null && !mine.equals(r.get(sector))) {
            disagree.add(root.relativize(f) + " line " + r.line() + ": " + noun + " " + r.get(sector)
                + " (sector-nouns.tsv: " + mine + ")");
          }
        }
      }
    }
    return disagree;
  }
}
