package org.sitrep.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.ErrorCodes;

/** Read what is readable (issue #18): encodings, replacement characters, ids of bad lines, links, sizes. */
class ReadableInputTest {
  @TempDir
  Path dir;
  private final List<String> warnings = new ArrayList<>();
  private Consumer<String> before;

  @BeforeEach
  void catchWarnings() {
    before = TextChecks.warnTo(warnings::add);
  }

  @AfterEach
  void restore() {
    TextChecks.warnTo(before);
  }

  private List<InputItem> readAll(Path... files) throws IOException {
    Inputs in = Inputs.standard(ReadOptions.defaults());
    List<InputItem> out = new ArrayList<>();
    for (String f : Inputs.expand(java.util.Arrays.stream(files).map(Path::toString).toList())) {
      in.read(f, System.in, out::add);
    }
    return out;
  }

  @Test
  void jsonl_replacementCharacterWrittenAsUtf8IsText() throws IOException {
    Path p = Files.writeString(dir.resolve("crawl.jsonl"),
        "{\"id\": \"r1\", \"text\": \"The minister\uFFFDs office said talks would resume.\"}\n", StandardCharsets.UTF_8);
    InputItem it = readAll(p).get(0);
    assertTrue(it.ok(), () -> it.error().message());
    assertTrue(it.article().text().contains("\uFFFD"));
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  @Test
  void jsonl_fewBadBytesInALongLineGiveTheArticleAndAWarning() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("{\"id\": \"w1\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
    b.writeBytes("Rebels shelled the port city overnight. ".repeat(20).getBytes(StandardCharsets.UTF_8));
    b.write(0xE9); // a lone Latin-1 e-acute
    b.writeBytes(" Aid groups left.\"}\n".getBytes(StandardCharsets.UTF_8));
    Path p = Files.write(dir.resolve("mixed.jsonl"), b.toByteArray());
    InputItem it = readAll(p).get(0);
    assertTrue(it.ok(), () -> it.error().message());
    assertEquals("w1", it.docId());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("mixed.jsonl:1") && warnings.get(0).contains("1 malformed"), warnings.get(0));
  }

  @Test
  void jsonl_manyBadBytesGiveAnErrorWithTheLinesOwnId() throws IOException {
    byte[] latin1 = "{\"id\": \"lat-7\", \"text\": \"\u00e9\u00e8\u00ea\u00eb\u00e0\u00e2\u00e4\u00f4\u00f6\u00fb\u00fc\u00e7 caf\u00e9\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Path p = Files.write(dir.resolve("latin.jsonl"), latin1);
    InputItem it = readAll(p).get(0);
    assertFalse(it.ok());
    assertEquals(ErrorCodes.INVALID_UTF8, it.error().code());
    assertEquals("lat-7", it.docId(), "the error record keeps the article's own id");
    assertTrue(it.error().message().contains("first at byte 25"), it.error().message());
  }

  @Test
  void jsonl_textThatIsNotAStringIsAnError() throws IOException {
    Path p = Files.writeString(dir.resolve("num.jsonl"), "{\"id\":\"x\",\"text\":5}\n{\"id\":\"y\",\"text\":[\"a\"]}\n");
    List<InputItem> items = readAll(p);
    assertEquals(2, items.size());
    for (InputItem it : items) {
      assertFalse(it.ok());
      assertEquals(ErrorCodes.MISSING_TEXT, it.error().code());
      assertTrue(it.error().message().contains("not a string"), it.error().message());
    }
    assertEquals("x", items.get(0).docId());
  }

  @Test
  void jsonl_malformedLineKeepsItsIdWhereOneIsThere() throws IOException {
    Path p = Files.writeString(dir.resolve("cut.jsonl"), "{\"id\": \"k9\", \"text\": \"cut off in the mid\n");
    InputItem it = readAll(p).get(0);
    assertEquals(ErrorCodes.MALFORMED_JSON, it.error().code());
    assertEquals("k9", it.docId());
  }

  @Test
  void jsonl_emptyFileGivesOneErrorRecord() throws IOException {
    Path p = Files.writeString(dir.resolve("none.jsonl"), "");
    Path q = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n");
    List<InputItem> items = readAll(p, q);
    assertEquals(2, items.size());
    assertEquals(ErrorCodes.EMPTY, items.get(0).error().code());
    assertTrue(items.get(0).error().message().contains("none.jsonl"));
    assertEquals(ErrorCodes.EMPTY, items.get(1).error().code());
  }

  @Test
  void jsonl_overlongLineIsReportedAtItsTrueSizeWithItsId() throws IOException {
    Inputs in = Inputs.standard(new ReadOptions(null, 1000));
    Path p = Files.writeString(dir.resolve("long.jsonl"), "{\"id\": \"big\", \"text\": \"" + "a".repeat(50_000)
        + "\"}\n{\"id\": \"small\", \"text\": \"Troops left.\"}\n");
    List<InputItem> out = new ArrayList<>();
    in.read(p.toString(), System.in, out::add);
    assertEquals(2, out.size());
    assertEquals(ErrorCodes.TOO_LARGE, out.get(0).error().code());
    assertEquals("big", out.get(0).docId());
    assertTrue(out.get(0).error().message().contains("is 50025 bytes"), out.get(0).error().message());
    assertTrue(out.get(1).ok());
  }

  @Test
  void text_utf16And32WithByteOrderMarkAreDecoded() throws IOException {
    String body = "Protesters marched in Lagos on Monday. \u00c9lys\u00e9e officials said nothing.";
    for (String cs : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.writeBytes("\uFEFF".getBytes(Charset.forName(cs)));
      b.writeBytes(body.getBytes(Charset.forName(cs)));
      Path p = Files.write(dir.resolve(cs + ".txt"), b.toByteArray());
      InputItem it = readAll(p).get(0);
      assertTrue(it.ok(), () -> cs + ": " + it.error().message());
      assertEquals(body, it.article().text(), cs);
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("\uFEFF{\"id\": \"u16\", \"text\": \"Troops left Goma.\"}\n".getBytes(StandardCharsets.UTF_16LE));
    Path j = Files.write(dir.resolve("wide.jsonl"), b.toByteArray());
    InputItem it = readAll(j).get(0);
    assertTrue(it.ok(), () -> it.error().message());
    assertEquals("u16", it.docId());
  }

  /** A UTF-8 byte-order mark before the first line (as Windows editors write) is not part of the first record. */
  @Test
  void jsonl_utf8ByteOrderMarkOnTheFirstLineIsSkipped() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    b.writeBytes(("{\"id\": \"first\", \"text\": \"Troops left Goma.\", \"date\": \"2025-03-06\"}\n"
        + "{\"id\": \"second\", \"text\": \"Police arrested ten people.\"}\n").getBytes(StandardCharsets.UTF_8));
    List<InputItem> out = readAll(Files.write(dir.resolve("bom.jsonl"), b.toByteArray()));
    assertEquals(2, out.size());
    assertTrue(out.get(0).ok(), () -> out.get(0).error().message());
    assertEquals("first", out.get(0).docId());
    assertEquals("Troops left Goma.", out.get(0).article().text());
    assertEquals("2025-03-06", out.get(0).article().published());
    assertEquals("second", out.get(1).docId());
    // a BOM'd first line that is not JSON still gives its own id
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    bad.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bad.writeBytes("{\"id\": \"broken\", \"text\": \"unterminated\n".getBytes(StandardCharsets.UTF_8));
    InputItem e = readAll(Files.write(dir.resolve("bombad.jsonl"), bad.toByteArray())).get(0);
    assertEquals(ErrorCodes.MALFORMED_JSON, e.error().code());
    assertEquals("broken", e.docId());
  }

  @Test
  void text_nulBytePastTheFirstKilobytesIsFound() throws IOException {
    byte[] b = ("Police said the blast hit the market. ".repeat(1000) + "\0 end").getBytes(StandardCharsets.UTF_8);
    InputItem it = readAll(Files.write(dir.resolve("late-nul.txt"), b)).get(0);
    assertEquals(ErrorCodes.BINARY, it.error().code());
    assertTrue(it.error().message().contains("NUL"), it.error().message());
  }

  @Test
  void text_fewBadBytesInALongArticleGiveTheArticleAndAWarning() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("Fighting resumed near the airport on Sunday, officials said. ".repeat(30)
        .getBytes(StandardCharsets.UTF_8));
    b.write(0x93); // a Windows-1252 quote mark
    b.writeBytes("No one was hurt.".getBytes(StandardCharsets.UTF_8));
    InputItem it = readAll(Files.write(dir.resolve("cp.txt"), b.toByteArray())).get(0);
    assertTrue(it.ok(), () -> it.error().message());
    assertTrue(it.article().text().contains("\uFFFDNo one"));
    assertEquals(1, warnings.size());
  }

  @Test
  void folder_danglingLinksAndLoopsGiveAnErrorRecordEach() throws IOException {
    Path f = Files.createDirectories(dir.resolve("in"));
    Files.writeString(f.resolve("a.txt"), "Troops left the town.");
    Files.createSymbolicLink(f.resolve("b.txt"), f.resolve("gone.txt"));
    Files.createSymbolicLink(f.resolve("c.txt"), f.resolve("d.txt"));
    Files.createSymbolicLink(f.resolve("d.txt"), f.resolve("c.txt"));
    Files.createSymbolicLink(f.resolve("e"), dir);
    List<InputItem> items = readAll(f);
    assertEquals(5, items.size(), items.toString());
    assertTrue(items.get(0).ok());
    for (InputItem it : items.subList(1, 5)) {
      assertEquals(ErrorCodes.UNREADABLE, it.error().code());
      assertTrue(it.error().message().contains("symbolic link"), it.error().message());
    }
  }
}
