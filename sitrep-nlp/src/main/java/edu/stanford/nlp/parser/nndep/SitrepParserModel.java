package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.trees.TreebankLanguagePack;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.CRC32;

/**
 * Sitrep's binary copy of a loaded CoreNLP neural dependency parser's model: the word, tag and label lists, the
 * embeddings, W1, b1, W2 and the feature ids to precompute, as the text model file gives them once parsed, written
 * as raw big-endian floats and ints, so a start copies arrays instead of parsing ~49 M characters of decimals.
 *
 * <p>{@link #read} builds the parser as CoreNLP's {@code loadModelFile} does after reading its text (same fields,
 * same order: the lists, {@code generateIDs}, the classifier from the same arrays, then {@code initialize}, which
 * makes the arc-standard system and the precomputed table), so the parser is the same object state and parses the
 * same. The parser's private fields and methods are reached by reflection (this package, for the package-private
 * {@link Classifier} and {@link Config}), as {@link SitrepScoringHook} does. Not part of CoreNLP: sitrep's code,
 * GPL-3.0-or-later.
 */
public final class SitrepParserModel {
  private static final byte[] MAGIC = "sitrep-nndep-1\n".getBytes(StandardCharsets.US_ASCII);

  private SitrepParserModel() {
  }

  /** The binary copy of {@code parser} (loaded from its text model), tagged with {@code sourceKey}. */
  public static byte[] write(DependencyParser parser, String sourceKey) throws IOException {
    try {
      Config config = (Config) field("config").get(parser);
      Classifier c = (Classifier) field("classifier").get(parser);
      if (c.getClass() != Classifier.class) {
        throw new IllegalArgumentException("write the parser before installing the fast scorer");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 24);
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(MAGIC);
      out.writeUTF(sourceKey);
      out.writeUTF(config.language.name());
      out.writeUTF(config.tlp.getClass().getName());
      out.writeInt(config.hiddenSize);
      out.writeInt(config.embeddingSize);
      for (String list : new String[] {"knownWords", "knownPos", "knownLabels"}) {
        @SuppressWarnings("unchecked")
        List<String> l = (List<String>) field(list).get(parser);
        out.writeInt(l.size());
        for (String s : l) {
          out.writeUTF(s);
        }
      }
      writeMatrix(out, c.getE());
      writeMatrix(out, c.getW1());
      writeMatrix(out, new float[][] {c.getb1()});
      writeMatrix(out, c.getW2());
      @SuppressWarnings("unchecked")
      List<Integer> pre = (List<Integer>) field("preComputed").get(parser);
      out.writeInt(pre.size());
      for (int id : pre) {
        out.writeInt(id);
      }
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
      out.flush();
      return bytes.toByteArray();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's dependency parser is not the version sitrep was built for (4.5.x)", e);
    }
  }

  /**
   * The parser from a binary copy, configured by {@code props} as {@code DependencyParser.loadFromModelFile} would
   * be; null when {@code data} is not a whole binary copy made from {@code sourceKey} (stale, truncated, corrupt).
   */
  public static DependencyParser read(byte[] data, String sourceKey, Properties props) {
    return read(data, sourceKey, props, true);
  }

  /**
   * As {@link #read(byte[], String, Properties)}; without {@code precompute}, the classifier's precomputed table is
   * not made (for a parser whose scoring {@link SitrepScoringHook} replaces, which makes each row at first use).
   */
  public static DependencyParser read(byte[] data, String sourceKey, Properties props, boolean precompute) {
    if (data.length < MAGIC.length + 8) {
      return null;
    }
    CRC32 crc = new CRC32();
    crc.update(data, 0, data.length - 8);
    ByteBuffer in = ByteBuffer.wrap(data);
    if (in.getLong(data.length - 8) != crc.getValue()) {
      return null;
    }
    for (byte b : MAGIC) {
      if (in.get() != b) {
        return null;
      }
    }
    if (!sourceKey.equals(utf(in))) {
      return null;
    }
    try {
      DependencyParser parser = new DependencyParser(props);
      Config config = (Config) field("config").get(parser);
      config.language = edu.stanford.nlp.international.Language.valueOf(utf(in));
      config.tlp = (TreebankLanguagePack) Class.forName(utf(in)).getDeclaredConstructor().newInstance();
      config.hiddenSize = in.getInt();
      config.embeddingSize = in.getInt();
      for (String list : new String[] {"knownWords", "knownPos", "knownLabels"}) {
        int n = in.getInt();
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          l.add(utf(in));
        }
        field(list).set(parser, l);
      }
      method("generateIDs").invoke(parser);
      float[][] e = readMatrix(in);
      float[][] w1 = readMatrix(in);
      float[] b1 = readMatrix(in)[0];
      float[][] w2 = readMatrix(in);
      int n = in.getInt();
      List<Integer> pre = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        pre.add(in.getInt());
      }
      field("preComputed").set(parser, pre);
      field("classifier").set(parser, new Classifier(config, e, w1, b1, w2, pre));
      int numPreComputed = config.numPreComputed;
      if (!precompute) {
        config.numPreComputed = 0; // initialize makes the table only when this is positive
      }
      try {
        method("initialize", boolean.class).invoke(parser, false);
      } finally {
        config.numPreComputed = numPreComputed;
      }
      return parser;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's dependency parser is not the version sitrep was built for (4.5.x)", e);
    }
  }

  private static void writeMatrix(DataOutputStream out, float[][] m) throws IOException {
    out.writeInt(m.length);
    out.writeInt(m.length == 0 ? 0 : m[0].length);
    for (float[] row : m) {
      for (float f : row) {
        out.writeInt(Float.floatToRawIntBits(f));
      }
    }
  }

  private static float[][] readMatrix(ByteBuffer in) {
    int rows = in.getInt();
    int cols = in.getInt();
    float[][] m = new float[rows][cols];
    java.nio.FloatBuffer floats = in.asFloatBuffer();
    for (float[] row : m) {
      floats.get(row);
    }
    in.position(in.position() + 4 * rows * cols);
    return m;
  }

  private static String utf(ByteBuffer in) {
    int n = in.getShort() & 0xffff;
    byte[] b = new byte[n];
    in.get(b);
    return modifiedUtf8(b);
  }

  /** Java's modified UTF-8 (as {@link DataOutputStream#writeUTF} writes it) for the bytes of one string. */
  private static String modifiedUtf8(byte[] b) {
    StringBuilder s = new StringBuilder(b.length);
    for (int i = 0; i < b.length; ) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        s.append((char) c);
        i++;
      } else if ((c & 0xe0) == 0xc0) {
        s.append((char) (((c & 0x1f) << 6) | (b[i + 1] & 0x3f)));
        i += 2;
      } else {
        s.append((char) (((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)));
        i += 3;
      }
    }
    return s.toString();
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field f = DependencyParser.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static Method method(String name, Class<?>... params) throws NoSuchMethodException {
    Method m = DependencyParser.class.getDeclaredMethod(name, params);
    m.setAccessible(true);
    return m;
  }
}
