package org.sitrep.nlp;

import edu.stanford.nlp.util.HashIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The two large parts of the CRF's binary copy ({@link CrfModelFile}), each written as one block of bytes with a
 * CRC-32 and read back, through Java serialisation's {@code readResolve}, as the very object CoreNLP's reader
 * expects at that place of the stream: the feature index (a {@link HashIndex} of 346,710 feature names, in CoreNLP's
 * own stream a string object each), the weights (a {@code float[][]}) and the feature factory's lexicon (a
 * {@code HashMap} of words to their distributional-similarity cluster).
 */
final class CrfCopyParts {
  private CrfCopyParts() {
  }

  /**
   * The CRF's feature index: the names, UTF-8, end to end, with where each ends; read back as a HashIndex of the same
   * names and ids, a {@link CrfFeatureIndex}.
   */
  static final class FeatureIndex implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient HashIndex<String> index;

    FeatureIndex(HashIndex<String> index) {
      this.index = index;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      Block b = Block.of(index.objectsList());
      out.writeBoolean(index.isLocked());
      out.writeObject(b.ends);
      out.writeObject(b.data);
      out.writeLong(crc(b.ends, b.data));
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      boolean locked = in.readBoolean();
      Block b = new Block((int[]) in.readObject(), (byte[]) in.readObject());
      if (in.readLong() != crc(b.ends, b.data)) {
        throw new InvalidObjectException("the CRF copy's feature index fails its CRC");
      }
      String[] names = b.strings();
      HashIndex<String> idx;
      try {
        // the same names and ids with a cheaper lookup; written again, a plain HashIndex
        HashIndex<String> fast = CrfFeatureIndex.of(names, false);
        idx = fast != null ? fast : new HashIndex<>(Arrays.asList(names));
      } catch (IllegalArgumentException e) {
        throw new InvalidObjectException("the CRF copy's feature index repeats a name");
      }
      if (idx.size() != names.length) {
        throw new InvalidObjectException("the CRF copy's feature index repeats a name");
      }
      if (locked) {
        idx.lock();
      }
      index = idx;
    }

    private Object readResolve() {
      return index;
    }

    private static long crc(int[] ends, byte[] data) {
      CRC32 crc = new CRC32();
      ints(crc, ends);
      crc.update(data);
      return crc.getValue();
    }
  }

  /** The CRF's weights, a row per feature: the row lengths and the floats' bits; read back as a float[][]. */
  static final class Weights implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient float[][] rows;

    Weights(float[][] rows) {
      this.rows = rows;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      int[] lengths = new int[rows.length];
      int total = 0;
      for (int i = 0; i < rows.length; i++) {
        lengths[i] = rows[i].length;
        total += lengths[i];
      }
      float[] flat = new float[total];
      int at = 0;
      for (float[] r : rows) {
        System.arraycopy(r, 0, flat, at, r.length);
        at += r.length;
      }
      out.writeObject(lengths);
      out.writeObject(flat);
      out.writeLong(crc(lengths, flat));
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      int[] lengths = (int[]) in.readObject();
      float[] flat = (float[]) in.readObject();
      if (in.readLong() != crc(lengths, flat)) {
        throw new InvalidObjectException("the CRF copy's weights fail their CRC");
      }
      float[][] r = new float[lengths.length][];
      int at = 0;
      for (int i = 0; i < r.length; i++) {
        r[i] = new float[lengths[i]];
        System.arraycopy(flat, at, r[i], 0, lengths[i]);
        at += lengths[i];
      }
      rows = r;
    }

    private Object readResolve() {
      return rows;
    }

    private static long crc(int[] lengths, float[] flat) {
      CRC32 crc = new CRC32();
      ints(crc, lengths);
      ByteBuffer b = ByteBuffer.allocate(1 << 16);
      for (int i = 0; i < flat.length; ) {
        b.clear();
        int n = Math.min(flat.length - i, b.capacity() / 4);
        b.asFloatBuffer().put(flat, i, n);
        b.limit(n * 4);
        crc.update(b);
        i += n;
      }
      return crc.getValue();
    }
  }

  /**
   * A large {@code HashMap<String, String>} of the model (the distributional-similarity lexicon of the feature
   * factory, about half a million words to their cluster): the keys as one block, the distinct values as another and
   * each key's value as a number; read back as a HashMap of the capacity Java's own reader gives it, filled in the
   * same order (so the same iteration order), equal values one string as they are in CoreNLP's stream.
   */
  static final class StringMap implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient HashMap<String, String> map;

    StringMap(HashMap<String, String> map) {
      this.map = map;
    }

    /** Whether {@code o} is a map this part stands for: a plain HashMap of at least 10,000 strings to strings. */
    static boolean fits(Object o) {
      if (o == null || o.getClass() != HashMap.class || ((HashMap<?, ?>) o).size() < 10_000) {
        return false;
      }
      for (Map.Entry<?, ?> e : ((HashMap<?, ?>) o).entrySet()) {
        if (!(e.getKey() instanceof String) || !(e.getValue() instanceof String)) {
          return false;
        }
      }
      return true;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      List<String> keys = new ArrayList<>(map.size());
      List<String> values = new ArrayList<>();
      Map<String, Integer> valueIds = new HashMap<>();
      int[] ids = new int[map.size()];
      int i = 0;
      for (Map.Entry<String, String> e : map.entrySet()) {
        keys.add(e.getKey());
        ids[i++] = valueIds.computeIfAbsent(e.getValue(), v -> {
          values.add(v);
          return values.size() - 1;
        });
      }
      Block k = Block.of(keys);
      Block v = Block.of(values);
      out.writeObject(k.ends);
      out.writeObject(k.data);
      out.writeObject(v.ends);
      out.writeObject(v.data);
      out.writeObject(ids);
      out.writeLong(crc(k, v, ids));
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      Block k = new Block((int[]) in.readObject(), (byte[]) in.readObject());
      Block v = new Block((int[]) in.readObject(), (byte[]) in.readObject());
      int[] ids = (int[]) in.readObject();
      if (in.readLong() != crc(k, v, ids) || ids.length != k.ends.length) {
        throw new InvalidObjectException("the CRF copy's lexicon fails its CRC");
      }
      String[] values = v.strings();
      String[] keys = k.strings();
      // the capacity java.util.HashMap.readObject gives a map of this size
      HashMap<String, String> m = new HashMap<>((int) Math.min(keys.length / 0.75f + 1.0f, 1 << 30));
      for (int i = 0; i < keys.length; i++) {
        m.put(keys[i], values[ids[i]]);
      }
      if (m.size() != keys.length) {
        throw new InvalidObjectException("the CRF copy's lexicon repeats a word");
      }
      map = m;
    }

    private Object readResolve() {
      return map;
    }

    private static long crc(Block k, Block v, int[] ids) {
      CRC32 crc = new CRC32();
      ints(crc, k.ends);
      crc.update(k.data);
      ints(crc, v.ends);
      crc.update(v.data);
      ints(crc, ids);
      return crc.getValue();
    }
  }

  /** Strings as one block of UTF-8 bytes, end to end, and where each ends. */
  private record Block(int[] ends, byte[] data) {
    static Block of(List<String> strings) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(strings.size() * 16);
      int[] ends = new int[strings.size()];
      for (int i = 0; i < ends.length; i++) {
        byte[] b = strings.get(i).getBytes(StandardCharsets.UTF_8);
        if (!new String(b, StandardCharsets.UTF_8).equals(strings.get(i))) {
          throw new IOException("string " + i + " does not survive UTF-8 (an unpaired surrogate)");
        }
        bytes.write(b);
        ends[i] = bytes.size();
      }
      return new Block(ends, bytes.toByteArray());
    }

    String[] strings() throws InvalidObjectException {
      String[] out = new String[ends.length];
      int start = 0;
      for (int i = 0; i < out.length; i++) {
        if (ends[i] < start || ends[i] > data.length) {
          throw new InvalidObjectException("a string block's ends are out of order");
        }
        out[i] = new String(data, start, ends[i] - start, StandardCharsets.UTF_8);
        start = ends[i];
      }
      return out;
    }
  }

  /** Adds {@code values}' bytes (big-endian) to {@code crc}, 64 kB at a time. */
  private static void ints(CRC32 crc, int[] values) {
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    for (int i = 0; i < values.length; ) {
      b.clear();
      int n = Math.min(values.length - i, b.capacity() / 4);
      b.asIntBuffer().put(values, i, n);
      b.limit(n * 4);
      crc.update(b);
      i += n;
    }
  }
}
