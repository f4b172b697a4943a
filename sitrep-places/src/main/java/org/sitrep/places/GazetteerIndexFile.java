package org.sitrep.places;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * The gazetteer as a binary file: a {@link GazetteerTable} with every name already folded and both key
 * indexes built, so a start reads arrays instead of parsing 210k rows and folding 600k names. The build
 * writes it into the module's classes ({@code exec-maven-plugin} in {@code process-classes}, running
 * {@link #main}) from the pinned {@code gazetteer.tsv.gz}; the same TSV and code give the same bytes.
 *
 * <p>Layout (big-endian): magic {@code SGZI}, format version, the source key (what the table was made
 * from: the TSV's SHA-256, the name-article list's SHA-256, {@link Names#FOLD_VERSION} and the Java feature
 * version, whose Unicode tables {@link Names#fold} uses), the columns as length-prefixed arrays, and a CRC-32
 * of everything before it. {@link #read} refuses a file whose magic, version, key or checksum differ;
 * {@link Gazetteer#loadResource} then reads the TSV instead.
 */
public final class GazetteerIndexFile {
  static final String RESOURCE = "/org/sitrep/places/gazetteer.idx";
  private static final int MAGIC = 0x53475a49; // "SGZI"
  private static final int VERSION = 1;

  private GazetteerIndexFile() {
  }

  /** What an index must have been made from to stand for the shipped TSV with this code on this Java. */
  static String sourceKey() {
    return "tsv-sha256=" + shippedTsvSha256() + ";articles-sha256=" + sha256(resource("/org/sitrep/places/name-articles.tsv"))
        + ";fold=" + Names.FOLD_VERSION + ";java=" + Runtime.version().feature();
  }

  static byte[] write(GazetteerTable t, String key) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(40 << 20);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(key);
      longs(out, t.geonameid);
      doubles(out, t.lat);
      doubles(out, t.lon);
      longs(out, t.population);
      ints(out, t.featureCode);
      ints(out, t.countryCode);
      ints(out, t.admin1);
      ints(out, t.admin2);
      ints(out, t.firstName);
      ints(out, t.nameRefs);
      ints(out, t.poolStart);
      bytes(out, t.poolBytes);
      index(out, t.byName);
      index(out, t.bySkeleton);
      ints(out, t.countries);
      ints(out, t.admin1s);
      ints(out, t.admin1Names);
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array never fails
    }
    return bytes.toByteArray();
  }

  /** The table in {@code data}; an IOException saying what is wrong when it is not a whole index made from {@code key}. */
  static GazetteerTable read(byte[] data, String key) throws IOException {
    if (data.length < 16) {
      throw new IOException("gazetteer index is truncated (" + data.length + " bytes)");
    }
    ByteBuffer b = ByteBuffer.wrap(data);
    CRC32 crc = new CRC32();
    crc.update(data, 0, data.length - 8);
    if (b.getLong(data.length - 8) != crc.getValue()) {
      throw new IOException("gazetteer index is corrupt (checksum mismatch)");
    }
    if (b.getInt() != MAGIC || b.getInt() != VERSION) {
      throw new IOException("gazetteer index has another format (magic or version differ)");
    }
    try {
      byte[] k = new byte[Short.toUnsignedInt(b.getShort())];
      b.get(k);
      String got = new String(k, StandardCharsets.UTF_8); // keys are ASCII: modified UTF-8 is UTF-8 for them
      if (!got.equals(key)) {
        throw new IOException("gazetteer index was made from other data or code (" + got + ", need " + key + ")");
      }
      GazetteerTable t = new GazetteerTable(longs(b), doubles(b), doubles(b), longs(b), ints(b), ints(b), ints(b),
          ints(b), ints(b), ints(b), ints(b), bytes(b), index(b), index(b), ints(b), ints(b), ints(b));
      if (b.position() != data.length - 8) {
        throw new IOException("gazetteer index has " + (data.length - 8 - b.position()) + " bytes too many");
      }
      return t;
    } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
      throw new IOException("gazetteer index is malformed (" + e + ")", e);
    }
  }

  /** Build step: writes the index of the shipped TSV to the path given (atomically: a temporary file, then a move). */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: GazetteerIndexFile OUT (e.g. target/classes/org/sitrep/places/gazetteer.idx)");
    }
    long t0 = System.nanoTime();
    GazetteerTable t;
    try (InputStream in = new GZIPInputStream(resource(Gazetteer.RESOURCE), 1 << 16)) {
      t = GazetteerTsv.read(in, Gazetteer.RESOURCE);
    }
    byte[] data = write(t, sourceKey());
    Path out = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(out.getParent());
    Path tmp = Files.createTempFile(out.getParent(), "gazetteer", ".tmp");
    Files.write(tmp, data);
    tmp.toFile().setReadable(true, false); // a temporary file is private; the index is not
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf("gazetteer index: %d entries, %d name keys, %d skeleton keys, %d bytes, %d ms -> %s%n", t.size(),
        t.byName.size(), t.bySkeleton.size(), data.length, (System.nanoTime() - t0) / 1_000_000, out);
  }

  static InputStream resource(String name) {
    InputStream in = GazetteerIndexFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource " + name + " is missing from the class path; rebuild sitrep-places");
    }
    return in;
  }

  private static String shippedTsvSha256() {
    try (InputStream in = resource(Gazetteer.RESOURCE + ".sha256")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\\s+")[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Gazetteer.RESOURCE + ".sha256: " + e.getMessage(), e);
    }
  }

  private static String sha256(InputStream in) {
    try (in) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }

  private static void ints(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    for (int x : a) {
      out.writeInt(x);
    }
  }

  private static void longs(DataOutputStream out, long[] a) throws IOException {
    out.writeInt(a.length);
    for (long x : a) {
      out.writeLong(x);
    }
  }

  private static void doubles(DataOutputStream out, double[] a) throws IOException {
    out.writeInt(a.length);
    for (double x : a) {
      out.writeLong(Double.doubleToRawLongBits(x));
    }
  }

  private static void bytes(DataOutputStream out, byte[] a) throws IOException {
    out.writeInt(a.length);
    out.write(a);
  }

  private static void index(DataOutputStream out, KeyIndex k) throws IOException {
    ints(out, k.keyStart);
    bytes(out, k.keys);
    ints(out, k.postStart);
    ints(out, k.postings);
  }

  private static int[] ints(ByteBuffer b) {
    int[] a = new int[b.getInt()];
    b.asIntBuffer().get(a);
    b.position(b.position() + a.length * 4);
    return a;
  }

  private static long[] longs(ByteBuffer b) {
    long[] a = new long[b.getInt()];
    b.asLongBuffer().get(a);
    b.position(b.position() + a.length * 8);
    return a;
  }

  private static double[] doubles(ByteBuffer b) {
    long[] bits = longs(b);
    double[] a = new double[bits.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = Double.longBitsToDouble(bits[i]);
    }
    return a;
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] a = new byte[b.getInt()];
    b.get(a);
    return a;
  }

  private static KeyIndex index(ByteBuffer b) {
    return new KeyIndex(ints(b), bytes(b), ints(b), ints(b));
  }
}
