package org.sitrep.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.ErrorCodes;

/** Each kind of bad input gives one error item naming the input and the cause; the others are still read. */
class BadInputTest {
  @TempDir
  Path dir;

  private List<InputItem> readAll(Path... files) throws IOException {
    Inputs in = Inputs.standard(ReadOptions.defaults());
    List<InputItem> out = new ArrayList<>();
    for (String f : Inputs.expand(java.util.Arrays.stream(files).map(Path::toString).toList())) {
      in.read(f, System.in, out::add);
    }
    return out;
  }

  private void assertError(InputItem it, String code, String name) {
    assertFalse(it.ok(), "expected an error for " + name);
    assertEquals(code, it.error().code(), it.error().message());
    assertTrue(it.error().message().contains(name), "message names the input: " + it.error().message());
  }

  @Test
  void read_emptyFile() throws IOException {
    Path p = Files.writeString(dir.resolve("empty.txt"), "  \n");
    assertError(readAll(p).get(0), ErrorCodes.EMPTY, "empty.txt");
  }

  @Test
  void read_pngFile() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path p = Files.write(dir.resolve("picture.txt"), png);
    InputItem it = readAll(p).get(0);
    assertError(it, ErrorCodes.BINARY, "picture.txt");
    assertTrue(it.error().message().contains("PNG"));
  }

  @Test
  void read_randomBytes() throws IOException {
    byte[] b = new byte[4096];
    new Random(7).nextBytes(b);
    Path p = Files.write(dir.resolve("noise.bin"), b);
    assertError(readAll(p).get(0), ErrorCodes.BINARY, "noise.bin");
  }

  @Test
  void read_fileOverFiveMegabytes() throws IOException {
    Path p = dir.resolve("huge.txt");
    Files.writeString(p, "word ".repeat(1_100_000));
    assertError(readAll(p).get(0), ErrorCodes.TOO_LARGE, "huge.txt");
  }

  @Test
  void read_invalidUtf8() throws IOException {
    byte[] latin1 = "Caf\u00e9 in S\u00e3o Paulo was closed.".getBytes(StandardCharsets.ISO_8859_1);
    Path p = Files.write(dir.resolve("latin1.txt"), latin1);
    assertError(readAll(p).get(0), ErrorCodes.INVALID_UTF8, "latin1.txt");
  }

  @Test
  void read_jsonlBadLinesGiveErrorsAndGoodLinesAreRead() throws IOException {
    Path p = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
        "{\"id\": \"a\", \"text\": \"Troops entered the town.\", \"date\": \"2020-01-02\"}",
        "this is not json",
        "{\"id\": \"c\", \"title\": \"no text here\"}",
        "[1, 2]",
        "{\"id\": \"e\", \"text\": \"Police arrested ten people.\"}") + "\n");
    List<InputItem> items = readAll(p);
    assertEquals(5, items.size(), "one item per non-blank line");
    assertTrue(items.get(0).ok());
    assertEquals("2020-01-02", items.get(0).article().published());
    assertError(items.get(1), ErrorCodes.MALFORMED_JSON, "batch.jsonl:2");
    assertError(items.get(2), ErrorCodes.MISSING_TEXT, "batch.jsonl:3");
    assertEquals("c", items.get(2).docId());
    assertError(items.get(3), ErrorCodes.MALFORMED_JSON, "batch.jsonl:4");
    assertEquals("batch#4", items.get(3).docId());
    assertTrue(items.get(4).ok());
  }

  @Test
  void read_missingFile() throws IOException {
    InputItem it = readAll(dir.resolve("nope.txt")).get(0);
    assertError(it, ErrorCodes.UNREADABLE, "nope.txt");
  }

  @Test
  void expand_folderInNameOrderSkippingDocs() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("f/sub"));
    Files.writeString(dir.resolve("f/b.txt"), "B text.");
    Files.writeString(sub.resolve("a.txt"), "A text.");
    Files.writeString(dir.resolve("f/README.md"), "# about");
    Files.writeString(dir.resolve("f/.hidden"), "x");
    List<String> files = Inputs.expand(List.of(dir.resolve("f").toString()));
    assertEquals(List.of(dir.resolve("f/b.txt").toString(), sub.resolve("a.txt").toString()), files);
  }

  @Test
  void read_stdinJsonlAndText() {
    Inputs in = Inputs.standard(ReadOptions.defaults());
    List<InputItem> out = new ArrayList<>();
    in.read("-", new java.io.ByteArrayInputStream("{\"id\":\"x\",\"text\":\"Hello there.\"}\n".getBytes(
        StandardCharsets.UTF_8)), out::add);
    in.read("-", new java.io.ByteArrayInputStream(" date 2020-01-01 Hello.".getBytes(StandardCharsets.UTF_8)),
        out::add);
    assertEquals("x", out.get(0).docId());
    assertEquals("stdin", out.get(1).docId());
    assertEquals("2020-01-01", out.get(1).article().published());
  }
}
