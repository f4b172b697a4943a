package org.sitrep.nlp;

import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.HashIndex;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's 3-class CRF NER model as a copy made at build time that CoreNLP's own reader reads faster. The model
 * ({@code english.all.3class.distsim.crf.ser.gz}, 32 MB gzipped) is a Java-serialised stream whose reading on one
 * core took most of the CRF's 3 s of load, and most of that in its feature index: about a million feature names,
 * each a string object of the stream. The Maven build ({@code process-classes}, {@link #main}) reads that stream object
 * by object in the order CoreNLP's {@code CRFClassifier.loadClassifier} reads it and writes each object again,
 * unchanged, into a stream of its own, but for the feature index, the weights and the feature factory's lexicon, which
 * it writes as blocks of bytes ({@link CrfCopyParts}: deserialised back into the same {@code HashIndex},
 * {@code float[][]} and {@code HashMap}). The copy
 * goes into the classes beside a key, the SHA-256 of the model's bytes it was made from and its jar entry's CRC-32 and
 * size ({@link ModelCopy#matches}). The NLP stage names the
 * copy as its {@code ner.model} ({@link #model}) when the key matches the model on the classpath, so CoreNLP loads
 * it with its own reader and builds the same classifier; else (no copy, another models artifact) the model itself,
 * with a line on standard error. As for the parser's copy (perf13), build time rather than a cache written at the
 * first start: nothing is written at run time.
 */
public final class CrfModelFile {
  /** The copy, as a classpath resource (not gzipped: the jar compresses it). */
  static final String RESOURCE = "org/sitrep/nlp/english.all.3class.distsim.crf.ser";
  static final ModelCopy COPY = new ModelCopy(RESOURCE, NlpSettings.CRF_3CLASS, "CRF model");

  private CrfModelFile() {
  }

  /** Writes the copy of CoreNLP's 3-class CRF model and its key into the classes folder {@code args[0]}. */
  public static void main(String[] args) throws IOException, ClassNotFoundException {
    Path dir = Path.of(args[0]);
    Path out = dir.resolve(RESOURCE);
    Files.createDirectories(out.getParent());
    try (InputStream raw = resource(NlpSettings.CRF_3CLASS);
         OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      transcode(raw, o);
    }
    Files.writeString(dir.resolve(COPY.key()), ModelCopy.keyOf(NlpSettings.CRF_3CLASS));
    System.out.println("CrfModelFile: " + out + " (" + Files.size(out) + " bytes)");
  }

  /**
   * Copies CoreNLP's serialised CRF model ({@code gzipped}) to {@code out}, object by object in the order of
   * CoreNLP 4.5's {@code CRFClassifier.loadClassifier(ObjectInputStream, Properties)}: the label indices, the class
   * index, the feature index (written as {@link CrfCopyParts.FeatureIndex}), the flags, the embeddings (when the
   * flags use them), the feature factories, the window size, the weights (as {@link CrfCopyParts.Weights}, doubles
   * narrowed to floats as that reader narrows them), the known lower-case words and the label dictionary (when the
   * flags have a cutoff). Refuses a stream with anything after them.
   */
  static void transcode(InputStream gzipped, OutputStream out) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(gzipped, 1 << 16), 1 << 16));
         ObjectOutputStream o = new CopyingStream(out)) {
      o.writeObject(in.readObject()); // label indices
      o.writeObject(in.readObject()); // class index
      Object features = in.readObject();
      if (features.getClass() != HashIndex.class) {
        throw new IOException("the CRF's feature index is a " + features.getClass().getName() + ", not a HashIndex");
      }
      @SuppressWarnings("unchecked")
      HashIndex<String> names = (HashIndex<String>) features;
      o.writeObject(new CrfCopyParts.FeatureIndex(names));
      SeqClassifierFlags flags = (SeqClassifierFlags) in.readObject();
      o.writeObject(flags);
      if (flags.useEmbedding) {
        o.writeObject(in.readObject());
      }
      Object factories = in.readObject();
      o.writeObject(factories);
      if (factories instanceof Integer n) {
        for (int i = 0; i < n; i++) {
          o.writeObject(in.readObject());
        }
      }
      o.writeInt(in.readInt()); // window size
      o.writeObject(new CrfCopyParts.Weights(floats(in.readObject())));
      o.writeObject(in.readObject()); // known lower-case words
      if (flags.labelDictionaryCutoff > 0) {
        o.writeObject(in.readObject());
      }
      if (in.read() != -1) {
        throw new IOException("the CRF model has more than CRFClassifier.loadClassifier reads");
      }
    }
  }

  /** CoreNLP's objects written again as they are but for a large string-to-string map, as {@link CrfCopyParts.StringMap}. */
  static final class CopyingStream extends ObjectOutputStream {
    CopyingStream(OutputStream out) throws IOException {
      super(out);
      enableReplaceObject(true);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Object replaceObject(Object obj) {
      return CrfCopyParts.StringMap.fits(obj) ? new CrfCopyParts.StringMap((HashMap<String, String>) obj) : obj;
    }
  }

  /** The weights as CoreNLP's reader keeps them: floats, doubles narrowed one by one. */
  private static float[][] floats(Object weights) {
    if (weights instanceof float[][] f) {
      return f;
    }
    double[][] d = (double[][]) weights;
    float[][] f = new float[d.length][];
    for (int i = 0; i < d.length; i++) {
      f[i] = new float[d[i].length];
      for (int j = 0; j < d[i].length; j++) {
        f[i][j] = (float) d[i][j];
      }
    }
    return f;
  }

  /** The {@code ner.model} to give CoreNLP for its 3-class CRF: the copy when usable ({@link ModelCopy}). */
  static String model() {
    return COPY.model();
  }

  static InputStream resource(String path) throws IOException {
    InputStream in = CrfModelFile.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("not on the classpath: " + path);
    }
    return in;
  }
}
