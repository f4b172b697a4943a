package org.sitrep.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.sitrep.core.model.EntityIds;
import org.sitrep.core.model.WikiIndex;

/**
 * Builds sitrep's registry-id index ({@link WikiIndex}) from CoreNLP's WikiDict: one stream over
 * {@code wikidict.tab.gz} (surface string, tab, English Wikipedia title, tab, the share of that string's links
 * that go to the title; one best title per string, the file sorted by title), kept where the string is a name of
 * the title and the title clearly its best reading (the rules: {@link Rules}, docs/claims.md "Registry ids").
 *
 * <p>{@code WikiIndexBuilder INPUT OUT.tsv.gz}: INPUT is the {@code models-english-kbp} jar (its SHA-256 goes in
 * the output's header) or a {@code wikidict.tab.gz}. Two passes over INPUT: the first keeps the candidate names,
 * the second counts the strings of each candidate title (how widely the title is linked: its notability). The
 * output is sorted by the UTF-8 bytes of its keys and written the same way every run, so the same input gives the
 * same bytes. Progress goes to the terminal, not to pipes.
 */
public final class WikiIndexBuilder {
  /** Where WikiDict sits inside the CoreNLP KBP models jar. */
  public static final String ENTRY = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

  /**
   * What earns a place in the index.
   *
   * @param minScore a string of two or more words: the title's share of the string's links at least this
   * @param minScoreOneWord a one-word string (a surname, an acronym, a group's one name): at least this
   * @param minStrings the title is linked by at least this many different strings (notable enough for news)
   * @param maxWords strings of at most this many words
   */
  public record Rules(double minScore, double minScoreOneWord, int minStrings, int maxWords) {
    public static final Rules DEFAULT = new Rules(0.5, 0.8, 10, 6);
  }

  /** What a build read and kept. */
  public record Stats(long lines, long malformed, long candidates, long ambiguous, long common, long kept,
                      long titles) {
  }

  private record Candidate(String title, double score, boolean ambiguous) {
  }

  /** Opens the WikiDict stream of the input once more (the build reads it twice). */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  private WikiIndexBuilder() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: WikiIndexBuilder INPUT(models-english-kbp jar | wikidict.tab.gz) OUT.tsv.gz");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    if (!Files.isRegularFile(in)) {
      System.err.println("WikiIndexBuilder: " + in + " is not a file; give the stanford-corenlp-4.5.10-models-english-kbp"
          + " jar (in ~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/) or a wikidict.tab.gz");
      System.exit(2);
    }
    boolean jar = in.getFileName().toString().endsWith(".jar");
    String sha = sha256(in);
    String source = "Stanford CoreNLP WikiDict, " + (jar ? ENTRY + " in " + in.getFileName() : in.getFileName().toString())
        + " (sha256 " + sha + "), built by org.sitrep.tools.WikiIndexBuilder";
    Source src = () -> jar ? openInJar(in) : new GZIPInputStream(Files.newInputStream(in), 1 << 16);
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Stats s;
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      s = build(src, Rules.DEFAULT, source, o, System.console() != null);
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.err.printf(Locale.ROOT, "WikiIndexBuilder: %,d lines (%,d malformed), %,d candidate names, %,d dropped as "
        + "ambiguous, %,d as common words, %,d kept for %,d titles -> %s (%,d bytes)%n", s.lines(), s.malformed(), s.candidates(),
        s.ambiguous(), s.common(), s.kept(), s.titles(), out, Files.size(out));
  }

  private static InputStream openInJar(Path jar) throws IOException {
    ZipFile z = new ZipFile(jar.toFile());
    ZipEntry e = z.getEntry(ENTRY);
    if (e == null) {
      z.close();
      throw new IOException(jar + " has no " + ENTRY + "; give edu.stanford.nlp:stanford-corenlp:4.5.10 with the "
          + "classifier models-english-kbp");
    }
    InputStream raw = z.getInputStream(e);
    return new GZIPInputStream(new java.io.FilterInputStream(raw) {
      @Override
      public void close() throws IOException {
        super.close();
        z.close();
      }
    }, 1 << 16);
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime; use a standard JDK 17", e);
    }
  }

  /**
   * Builds the index from WikiDict text (uncompressed, from {@code src}, read twice) and writes it, gzipped or not
   * as {@code out} is, headers first. {@code source} goes in the {@code # source:} header.
   */
  public static Stats build(Source src, Rules rules, String source, OutputStream out, boolean progress)
      throws IOException {
    Map<String, Candidate> byKey = new HashMap<>(1 << 20);
    Map<String, int[]> strings = new HashMap<>(1 << 18);
    Map<String, String> lowerCase = new HashMap<>(1 << 20); // one-word strings written in lower case: common words
    long lines = 0;
    long malformed = 0;
    long candidates = 0;
    String groupTitle = null;
    String[] groupWords = null;
    String groupInitials = null;
    try (BufferedReader r = reader(src.open())) {
      String line;
      while ((line = r.readLine()) != null) {
        lines++;
        if (progress && lines % 2_000_000 == 0) {
          System.err.printf(Locale.ROOT, "\rpass 1/2: %,d lines", lines);
        }
        int t1 = line.indexOf('\t');
        int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
        if (t1 <= 0 || t2 < 0 || line.indexOf('\t', t2 + 1) >= 0) {
          malformed++;
          continue;
        }
        double score;
        try {
          score = Double.parseDouble(line.substring(t2 + 1));
        } catch (NumberFormatException e) {
          malformed++;
          continue;
        }
        String surface = line.substring(0, t1);
        String title = line.substring(t1 + 1, t2);
        if (!title.equals(groupTitle)) {
          groupTitle = title;
          String base = base(title);
          groupWords = words(EntityIds.fold(base));
          groupInitials = initials(base);
        }
        String key = EntityIds.fold(surface);
        if (key.isEmpty() || key.length() > 100) {
          continue;
        }
        String[] k = words(key);
        if (k.length > rules.maxWords()) {
          continue;
        }
        boolean oneWord = k.length == 1;
        if (oneWord && surface.equals(surface.toLowerCase(Locale.ROOT))) {
          lowerCase.put(key, title);
        }
        if (score < (oneWord ? rules.minScoreOneWord() : rules.minScore())) {
          continue;
        }
        if (oneWord && (key.length() < 2 || !Character.isUpperCase(surface.codePointAt(0)))) {
          continue; // a one-word name is written capitalised: "Erdogan", "Hamas", "NATO"
        }
        if (!subsequence(k, groupWords) && !(oneWord && isAcronymOf(surface, groupInitials))) {
          continue; // not a name of the title: nicknames, descriptions, other languages, link text
        }
        candidates++;
        String t = title;
        byKey.merge(key, new Candidate(t, score, false), (a, b) -> a.title().equals(b.title())
            ? (a.score() >= b.score() ? a : b) : new Candidate(a.title(), a.score(), true));
        strings.putIfAbsent(title, new int[1]);
      }
    }
    if (progress) {
      System.err.printf(Locale.ROOT, "\rpass 1/2: %,d lines, %,d candidate names%n", lines, byKey.size());
    }
    long lines2 = 0;
    try (BufferedReader r = reader(src.open())) {
      String line;
      while ((line = r.readLine()) != null) {
        lines2++;
        if (progress && lines2 % 2_000_000 == 0) {
          System.err.printf(Locale.ROOT, "\rpass 2/2: %,d lines", lines2);
        }
        int t1 = line.indexOf('\t');
        int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
        if (t1 > 0 && t2 > 0) {
          int[] c = strings.get(line.substring(t1 + 1, t2));
          if (c != null) {
            c[0]++;
          }
        }
      }
    }
    if (progress) {
      System.err.printf(Locale.ROOT, "\rpass 2/2: %,d lines%n", lines2);
    }
    if (lines2 != lines) {
      throw new IOException("the input gave " + lines + " lines, then " + lines2 + " when read again; is it being written?");
    }
    List<byte[]> rows = new ArrayList<>();
    long ambiguous = 0;
    long common = 0;
    java.util.Set<String> titles = new java.util.HashSet<>();
    for (Map.Entry<String, Candidate> e : byKey.entrySet()) {
      Candidate c = e.getValue();
      if (c.ambiguous()) {
        ambiguous++;
        continue;
      }
      if (strings.get(c.title())[0] < rules.minStrings()) {
        continue;
      }
      String lower = lowerCase.get(e.getKey());
      if (lower != null && !lower.equals(c.title())
          && subsequence(new String[] {e.getKey()}, words(EntityIds.fold(base(lower))))) {
        common++;
        continue; // "Army" -> United_States_Army, but "army" -> Army: a common word, not a name ("putin" -> Poutine is no article of the word "putin")
      }
      titles.add(c.title());
      rows.add((e.getKey() + "\t" + c.title() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    rows.sort(Arrays::compareUnsigned);
    out.write(header(source, rules).getBytes(StandardCharsets.UTF_8));
    for (byte[] row : rows) {
      out.write(row);
    }
    return new Stats(lines, malformed, candidates, ambiguous, common, rows.size(), titles.size());
  }

  static String header(String source, Rules rules) {
    return "# sitrep registry ids: a name, folded as org.sitrep.core.model.EntityIds.fold does, and the English Wikipedia"
        + " article it names (id wiki:TITLE)\n"
        + "# source: " + source + "\n"
        + "# licence: CC BY-SA 4.0 (derived from English Wikipedia titles and link texts, CC BY-SA, via WikiDict,"
        + " distributed in CoreNLP's models under GPL-3.0-or-later); see NOTICE\n"
        + String.format(Locale.ROOT, "# rules: a name of the title (its words in order, or a one-word acronym of it);"
        + " score >= %s (one word: >= %s); title linked by >= %d strings; <= %d words; names two titles read"
        + " alike dropped; a one-word name whose lower-case form links to"
        + " another article of that word dropped%n", rules.minScore(), rules.minScoreOneWord(), rules.minStrings(), rules.maxWords())
        + "# columns: name title\n";
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** The title without a trailing "(disambiguation)" part, words spaced: "Al-Shabaab_(Somalia)" -> "Al-Shabaab". */
  static String base(String title) {
    String t = title.replace('_', ' ').strip();
    if (t.endsWith(")")) {
      int open = t.lastIndexOf(" (");
      if (open > 0) {
        t = t.substring(0, open);
      }
    }
    return t;
  }

  private static String[] words(String folded) {
    return folded.isEmpty() ? new String[0] : folded.split(" ");
  }

  /** Whether the key's words appear in the title's words in order ("erdogan", "tayyip erdogan" in the full name). */
  static boolean subsequence(String[] key, String[] title) {
    int i = 0;
    for (int j = 0; j < title.length && i < key.length; j++) {
      if (key[i].equals(title[j])) {
        i++;
      }
    }
    return i == key.length;
  }

  /** The first letters of the title's capitalised words: "Islamic State of Iraq and the Levant" -> "ISIL". */
  static String initials(String base) {
    StringBuilder b = new StringBuilder();
    for (String w : base.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        b.appendCodePoint(w.codePointAt(0));
      }
    }
    return b.toString();
  }

  /** "UN", "U.N.", "ISIL": two to six capitals (dots allowed) that are the title's initials. */
  static boolean isAcronymOf(String surface, String initials) {
    String s = surface.replace(".", "");
    if (s.length() < 2 || s.length() > 6 || initials.length() < 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return s.equals(initials);
  }
}
