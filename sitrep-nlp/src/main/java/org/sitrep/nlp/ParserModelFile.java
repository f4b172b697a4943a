package org.sitrep.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SitrepParserModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The dependency parser's model as a binary copy, made at build time. CoreNLP reads its parser's model
 * ({@code english_UD.gz}, 13.7 MB gzipped, 48.8 M characters) by parsing decimal text; the Maven build
 * ({@code process-classes}, this class's {@link #main}) loads it once that way and writes what it parsed (the word,
 * tag and label lists and the weight arrays, raw floats) into the classes, keyed by the SHA-256 of the pinned
 * model's bytes. A start reads the arrays ({@link SitrepParserModel#read}: the parser CoreNLP's loader would build,
 * field for field). Build time rather than a cache written at the first start: nothing is written at run time (no
 * two processes racing to write it, no stale or half-written cache to detect), as the gazetteer's index
 * (docs/places.md). When the copy is missing, stale (another model artifact) or corrupt, or another model is asked
 * for, the text is read as before, with a line on standard error for the first two.
 */
public final class ParserModelFile {
  static final String RESOURCE = "org/sitrep/nlp/english_UD.nndep.bin";

  private ParserModelFile() {
  }

  /** Writes the binary copy of CoreNLP's default parser model to {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    DependencyParser text = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    byte[] bin = SitrepParserModel.write(text, sourceKey());
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    Files.write(out, bin);
    System.out.println("ParserModelFile: " + out + " (" + bin.length + " bytes)");
  }

  /**
   * The parser for {@code props} (its {@code model}, default CoreNLP's English UD): from the binary copy when that
   * is the default model and the copy matches it, else CoreNLP's own loader. Without {@code precompute} a parser read
   * from the copy has no precomputed table (the fast scorer makes its rows at first use, {@link FastParserScores}).
   */
  static DependencyParser load(Properties props, boolean precompute) {
    String model = props.getProperty("model", DependencyParser.DEFAULT_MODEL);
    if (model.equals(DependencyParser.DEFAULT_MODEL)) {
      DependencyParser p = fromBinary(props, precompute);
      if (p != null) {
        return p;
      }
    }
    return DependencyParser.loadFromModelFile(model, props);
  }

  /** The parser from the binary copy, or null (with a line on standard error) when it is missing or stale. */
  static DependencyParser fromBinary(Properties props, boolean precompute) {
    byte[] data;
    try (InputStream in = ParserModelFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        System.err.println("sitrep: no binary copy of the parser's model (" + RESOURCE + "); reading its text");
        return null;
      }
      data = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DependencyParser p = SitrepParserModel.read(data, sourceKey(), props, precompute);
    if (p == null) {
      System.err.println("sitrep: the binary copy of the parser's model is stale or corrupt; reading its text");
    }
    return p;
  }

  /** The SHA-256 of CoreNLP's default parser model's bytes, as the classpath gives them. */
  static String sourceKey() {
    return sha256(DependencyParser.DEFAULT_MODEL);
  }

  /** The SHA-256 of the bytes of the classpath resource {@code path} (a model of CoreNLP's), in hex. */
  static String sha256(String path) {
    try (InputStream in = ParserModelFile.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP's model is not on the classpath: " + path);
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
