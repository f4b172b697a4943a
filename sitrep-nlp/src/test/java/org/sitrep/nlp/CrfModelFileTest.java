package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CRF read by CoreNLP's own reader from the build's copy of the 3-class model is the CRF it reads from the
 * model: the same feature index, weights, lexicon and flags, and the same labels on sentences written for this test.
 */
class CrfModelFileTest {
  static final String TEXT = "Aisha Okonkwo, the mayor of Lagos, met Brennan Whitfield of the Halvorsen Shipping"
      + " Company in Rotterdam on Tuesday. The Danish Red Cross said volunteers from Aarhus had reached the flooded"
      + " villages near the Marowijne River. Nobody answered the telephone at the ministry.";

  static CRFClassifier<CoreLabel> model;
  static CRFClassifier<CoreLabel> copy;

  @BeforeAll
  static void load() throws Exception {
    model = CRFClassifier.getClassifier(NlpSettings.CRF_3CLASS, new Properties());
    copy = CRFClassifier.getClassifier(CrfModelFile.RESOURCE, new Properties());
  }

  @Test
  void theStageReadsTheCopy_whenTheBuildMadeItFromTheModelOnTheClasspath() {
    assertEquals(CrfModelFile.RESOURCE, CrfModelFile.model());
    assertEquals(CrfModelFile.RESOURCE, CoreNlpModels.properties(NlpSettings.defaults()).getProperty("ner.model"));
  }

  @Test
  void withoutACopy_orAfterItFailedToLoad_CoreNlpsModelIsRead() {
    ModelCopy missing = new ModelCopy("org/sitrep/nlp/no-such-copy.ser", NlpSettings.CRF_3CLASS, "test model");
    assertEquals(NlpSettings.CRF_3CLASS, missing.model());
    ModelCopy present = new ModelCopy(CrfModelFile.RESOURCE, NlpSettings.CRF_3CLASS, "test model");
    assertEquals(CrfModelFile.RESOURCE, present.model());
    present.refuse(new IllegalStateException("a CRC failed"));
    assertEquals(NlpSettings.CRF_3CLASS, present.model(), "once refused, the model itself from then on");
  }

  @Test
  void theKey_matchesByTheJarEntry_orElseByTheSha256() throws Exception {
    String model = NlpSettings.CRF_3CLASS;
    String entry = ModelCopy.jarEntry(model);
    assertTrue(entry != null && entry.startsWith("jar-entry "), "the models come from a jar here: " + entry);
    String sha = ParserModelFile.sha256(model);
    String built;
    try (InputStream in = resource(CrfModelFile.COPY.key())) {
      built = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
    }
    assertEquals(sha + "\n" + entry + "\n", built);
    assertTrue(ModelCopy.matches(built, model));
    assertTrue(ModelCopy.matches(sha + "\n", model), "a key without the entry's line: by the SHA-256");
    assertFalse(ModelCopy.matches(sha + "\njar-entry 12345 678\n", model), "another entry: another model");
    assertFalse(ModelCopy.matches("0".repeat(64) + "\n", model));
    assertEquals(null, ModelCopy.jarEntry("org/sitrep/nlp/no-such-model.ser"));
  }

  @Test
  void copy_holdsTheModelsIndexWeightsAndLexicon() throws Exception {
    Index<String> a = field(model, "featureIndex");
    Index<String> b = field(copy, "featureIndex");
    assertEquals(HashIndex.class, a.getClass());
    assertEquals(CrfFeatureIndex.class, b.getClass(), "a HashIndex with the cheaper lookup");
    assertTrue(a.size() > 100_000, "feature names: " + a.size());
    assertEquals(a.objectsList(), b.objectsList());
    assertEquals(a.isLocked(), b.isLocked());
    assertEquals(a, b);
    for (int i = 0; i < a.size(); i++) { // every name, as a fresh string (not the index's own object)
      String f = new String(a.get(i).toCharArray());
      assertEquals(i, b.indexOf(f), f);
      assertTrue(b.contains(f), f);
    }
    for (String f : List.of("no-such-feature", "", "Okonkwo-WORD|C ", "WORD-Okonkwo|C", a.get(7) + "x",
        a.get(7).substring(1))) {
      assertEquals(a.indexOf(f), b.indexOf(f), f);
      assertEquals(a.contains(f), b.contains(f), f);
    }
    float[][] wa = field(model, "weights");
    float[][] wb = field(copy, "weights");
    assertEquals(a.size(), wb.length);
    for (int i = 0; i < wa.length; i++) {
      assertArrayEquals(wa[i], wb[i], "weights of feature " + i); // bit for bit (Float.equals)
    }
    assertEquals(model.classIndex.objectsList(), copy.classIndex.objectsList());
    assertEquals(model.flags.toString(), copy.flags.toString());
    Map<String, String> la = lexicon(model);
    Map<String, String> lb = lexicon(copy);
    assertEquals(HashMap.class, lb.getClass());
    assertTrue(la.size() > 100_000, "lexicon words: " + la.size());
    assertEquals(la, lb);
    assertEquals(new ArrayList<>(la.keySet()), new ArrayList<>(lb.keySet()), "same iteration order");
  }

  @Test
  void copysIndex_serialisedAgain_isAPlainHashIndexOfTheSameNames() throws Exception {
    Index<String> b = field(copy, "featureIndex");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(bytes)) {
      o.writeObject(b);
    }
    Object back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }
    assertEquals(HashIndex.class, back.getClass());
    assertEquals(b.objectsList(), ((HashIndex<?>) back).objectsList());
    assertEquals(b.isLocked(), ((HashIndex<?>) back).isLocked());
  }

  @Test
  void copy_labelsAsTheModel() {
    List<List<CoreLabel>> sa = model.classify(TEXT);
    List<List<CoreLabel>> sb = copy.classify(TEXT);
    assertEquals(3, sa.size());
    List<String> la = labels(sa);
    assertEquals(la, labels(sb));
    assertTrue(la.contains("Okonkwo/PERSON"), la.toString());
    assertTrue(la.contains("Rotterdam/LOCATION"), la.toString());
    assertTrue(la.contains("Shipping/ORGANIZATION"), la.toString());
  }

  @Test
  void transcoding_isDeterministic_andMadeTheBuildsCopy() throws Exception {
    byte[] once = transcode();
    assertArrayEquals(once, transcode());
    try (InputStream in = resource(CrfModelFile.RESOURCE)) {
      assertArrayEquals(once, in.readAllBytes());
    }
  }

  @Test
  void aCopyWithAFlippedByte_isRefused() throws Exception {
    byte[] bytes = transcode();
    bytes[bytes.length / 3] ^= 0x10; // within the feature index's or the lexicon's block
    assertThrows(Exception.class, () -> CRFClassifier.getClassifier(new ObjectInputStream(new ByteArrayInputStream(bytes)), new Properties()));
    byte[] intact = transcode();
    assertNotSame(intact, bytes);
    assertFalse(CRFClassifier.getClassifier(new ObjectInputStream(new ByteArrayInputStream(intact)), new Properties())
        .classify("Brennan Whitfield flew to Oslo.").isEmpty());
  }

  private static byte[] transcode() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream(40 << 20);
    try (InputStream in = resource(NlpSettings.CRF_3CLASS)) {
      CrfModelFile.transcode(in, out);
    }
    return out.toByteArray();
  }

  private static InputStream resource(String path) {
    return CrfModelFileTest.class.getClassLoader().getResourceAsStream(path);
  }

  private static List<String> labels(List<List<CoreLabel>> sentences) {
    List<String> out = new ArrayList<>();
    for (List<CoreLabel> s : sentences) {
      for (CoreLabel t : s) {
        out.add(t.word() + "/" + t.get(CoreAnnotations.AnswerAnnotation.class));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Object o, String name) throws Exception {
    Field f = CRFClassifier.class.getDeclaredField(name);
    f.setAccessible(true);
    return (T) f.get(o);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> lexicon(CRFClassifier<CoreLabel> crf) throws Exception {
    Field ff = edu.stanford.nlp.ie.AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
    ff.setAccessible(true);
    NERFeatureFactory<?> factory = (NERFeatureFactory<?>) ((List<?>) ff.get(crf)).get(0);
    Field lex = NERFeatureFactory.class.getDeclaredField("lexicon");
    lex.setAccessible(true);
    return (Map<String, String>) lex.get(factory);
  }
}
