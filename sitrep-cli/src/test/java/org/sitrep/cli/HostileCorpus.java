package org.sitrep.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A folder of hostile inputs, written for the test ({@link HostileInputTest}) and the benchmark
 * ({@link HostileBench}): empty and BOM-only files, NUL bytes, bad UTF-8, UTF-16, BOMs in JSONL, a line
 * over the size limit, malformed JSON, deep HTML nesting, entity expansion, truncated and gzip-broken
 * WARC, a run-on sentence of thousands of tokens, link loops and dangling links. Each entry says which
 * record ids the input must give (one per article or per input) and, for an error, its code.
 */
final class HostileCorpus {
  /** What one input must give: record ids in order, each with its error code (null for an article). */
  record Expect(Map<String, String> records) {
  }

  /** The size limit the corpus is meant to be read with ({@code --max-bytes}). */
  static final int MAX_BYTES = 200_000;

  private HostileCorpus() {
  }

  /** Writes the corpus into {@code dir}; returns, per file name, what it must give. */
  static Map<String, Expect> write(Path dir, int runOnTokens) throws IOException {
    Files.createDirectories(dir);
    Map<String, Expect> out = new LinkedHashMap<>();
    String story = "Police arrested ten protesters in Nairobi on Saturday, officials said.";

    bytes(dir, "empty.txt", new byte[0]);
    out.put("empty.txt", one("empty~2", "empty")); // after empty.jsonl (names in order): distinct ids
    bytes(dir, "bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.put("bom-only.txt", one("bom-only", "empty"));
    bytes(dir, "blank.txt", " \n\t\n\n".getBytes(StandardCharsets.UTF_8));
    out.put("blank.txt", one("blank", "empty"));

    ByteArrayOutputStream nul = new ByteArrayOutputStream();
    nul.writeBytes((story + " ").repeat(200).getBytes(StandardCharsets.UTF_8)); // past the first 8 KB
    nul.writeBytes(new byte[] {0, 0, 0, 1, 2});
    nul.writeBytes(story.getBytes(StandardCharsets.UTF_8));
    bytes(dir, "nul-late.txt", nul.toByteArray());
    out.put("nul-late.txt", one("nul-late", "binary"));

    Random random = new Random(18);
    byte[] noise = new byte[4096];
    random.nextBytes(noise);
    bytes(dir, "random.txt", noise);
    out.put("random.txt", one("random", "*"));

    bytes(dir, "latin1.txt", ("Caf\u00e9 owners in S\u00e3o Paulo protested against new taxes on Monday. ").repeat(30)
        .getBytes(StandardCharsets.ISO_8859_1));
    out.put("latin1.txt", one("latin1", "invalid_utf8"));

    ByteArrayOutputStream u16 = new ByteArrayOutputStream();
    u16.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    u16.writeBytes(story.getBytes(StandardCharsets.UTF_16LE));
    bytes(dir, "utf16.txt", u16.toByteArray());
    out.put("utf16.txt", one("utf16", null));

    ByteArrayOutputStream bomJsonl = new ByteArrayOutputStream();
    bomJsonl.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bomJsonl.writeBytes(("{\"id\": \"bom-1\", \"text\": \"" + story + "\"}\n{\"id\": \"bom-2\", \"text\": \"Troops left"
        + " Goma on Monday.\"}\n").getBytes(StandardCharsets.UTF_8));
    bytes(dir, "bom.jsonl", bomJsonl.toByteArray());
    out.put("bom.jsonl", new Expect(map("bom-1", null, "bom-2", null)));

    Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
        "{\"id\": \"m-ok\", \"text\": \"" + story + "\"}",
        "{\"id\": \"m-broken\", \"text\": \"unterminated",
        "{\"id\": \"m-number\", \"text\": 5}",
        "[1, 2, 3]",
        "{\"id\": \"m-notext\"}",
        "{\"id\": \"m-ok\", \"text\": \"Rebels shelled the port on Sunday.\"}",
        "") + "\n");
    out.put("mixed.jsonl", new Expect(map("m-ok", null, "m-broken", "malformed_json", "m-number", "missing_text",
        "mixed#4", "malformed_json", "m-notext", "missing_text", "m-ok~2", null)));

    bytes(dir, "empty.jsonl", new byte[0]);
    out.put("empty.jsonl", one("empty", "empty"));

    Files.writeString(dir.resolve("huge-line.jsonl"), "{\"id\": \"huge\", \"text\": \""
        + "word ".repeat(MAX_BYTES / 4) + "\"}\n{\"id\": \"after-huge\", \"text\": \"" + story + "\"}\n");
    out.put("huge-line.jsonl", new Expect(map("huge", "too_large", "after-huge", null)));

    StringBuilder deep = new StringBuilder("<html><body>");
    deep.append("<div>".repeat(10_000)).append("<p>").append(story).append("</p>").append("</div>".repeat(10_000));
    Files.writeString(dir.resolve("deep.html"), deep.append("</body></html>").toString());
    out.put("deep.html", one("deep", "*"));

    Files.writeString(dir.resolve("laughs.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
        + "<!ENTITY a \"aaaaaaaaaa\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
        + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
        + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&g;</title><description>&x;</description>"
        + "</item></channel></rss>\n");
    out.put("laughs.xml", one("laughs#1", "*")); // entities neither expanded nor read

    String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
        + "WARC-Date: 2020-02-03T10:00:00Z\r\nWARC-Target-URI: http://example.org/a\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: 4000\r\n\r\n"
        + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + story;
    Files.writeString(dir.resolve("truncated.warc"), warc);
    out.put("truncated.warc", one("truncated#1", "*"));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(warc.getBytes(StandardCharsets.UTF_8));
    }
    byte[] cut = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
    bytes(dir, "cut.warc.gz", cut);
    out.put("cut.warc.gz", one("cut#1", "malformed_input"));

    Files.writeString(dir.resolve("runon.txt"), runOn(runOnTokens));
    out.put("runon.txt", one("runon", null));

    StringBuilder table = new StringBuilder("Results by district\n\n");
    for (int i = 0; i < 400; i++) {
      table.append("| ").append(i).append(" | ").append(1000 + 37 * i).append(" | ").append(i % 7).append(".5% |\n");
    }
    Files.writeString(dir.resolve("table.txt"), table.toString());
    out.put("table.txt", one("table", null));

    Files.createSymbolicLink(dir.resolve("loop-a.txt"), dir.resolve("loop-b.txt"));
    Files.createSymbolicLink(dir.resolve("loop-b.txt"), dir.resolve("loop-a.txt"));
    out.put("loop-a.txt", one("loop-a", "unreadable"));
    out.put("loop-b.txt", one("loop-b", "unreadable"));
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
    out.put("dangling.txt", one("dangling", "unreadable"));
    Files.createSymbolicLink(dir.resolve("up.txt"), dir);
    out.put("up.txt", one("up", "unreadable"));
    return out;
  }

  /** A sentence of {@code tokens} words of news and time words with no punctuation at all. */
  static String runOn(int tokens) {
    String[] words = ("the minister said on Tuesday that troops will leave the northern province next week after"
        + " talks with rebel leaders in the capital where thousands gathered since Monday morning and police"
        + " arrested twenty people who had blocked the road for three days in March").split(" ");
    StringBuilder b = new StringBuilder("Run-on report\n\n");
    for (int i = 0; i < tokens; i++) {
      b.append(i == 0 ? "" : " ").append(words[i % words.length]);
    }
    return b.append('\n').toString();
  }

  private static Expect one(String id, String code) {
    return new Expect(map(id, code));
  }

  private static Map<String, String> map(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static void bytes(Path dir, String name, byte[] b) throws IOException {
    Files.write(dir.resolve(name), b);
  }
}
