package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SitrepParserModel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser read from the build's binary copy of its model is the parser CoreNLP reads from the text: the same
 * lists and weight arrays (the binary copy written again from each is the same bytes), the same ids, and the same
 * typed dependencies on sentences written for this test. Loads the text model once (~5 s).
 */
class ParserModelFileTest {
  static final String TEXT = "The harbour master said two ferries collided near the breakwater on Tuesday evening,"
      + " injuring eleven passengers. Investigators who boarded the larger vessel questioned its captain, whom the"
      + " coast guard later released. Neither the company nor the port authority would comment on the cause or on"
      + " whether the route would reopen.";

  static DependencyParser text;
  static DependencyParser binary;
  static String key;

  @BeforeAll
  static void load() {
    key = ParserModelFile.sourceKey();
    text = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    binary = ParserModelFile.fromBinary(new Properties(), true);
  }

  @Test
  void binaryCopy_holdsTheTextModelsListsAndArrays() throws Exception {
    assertNotNull(binary, "the build made no usable binary copy (" + ParserModelFile.RESOURCE + ")");
    assertTrue(binary != text);
    byte[] fromText = SitrepParserModel.write(text, key);
    byte[] fromBinary = SitrepParserModel.write(binary, key);
    assertTrue(fromText.length > 20_000_000, "embeddings and weights written: " + fromText.length);
    assertArrayEquals(fromText, fromBinary);
    for (String w : List.of("ferries", "captain", "the", "never-seen-word-xyz")) {
      assertEquals(text.getWordID(w), binary.getWordID(w), w);
    }
    for (String t : List.of("NN", "VBD", "IN")) {
      assertEquals(text.getPosID(t), binary.getPosID(t), t);
    }
    assertEquals(text.getLabelID("nsubj"), binary.getLabelID("nsubj"));
  }

  @Test
  void binaryCopy_parsesAsTheTextModel() {
    List<CoreMap> sentences = DependencyParsesTest.tagged(TEXT);
    assertEquals(3, sentences.size());
    for (CoreMap s : sentences) {
      GrammaticalStructure a = text.predict(s);
      GrammaticalStructure b = binary.predict(s);
      assertEquals(a.typedDependencies().toString(), b.typedDependencies().toString());
      assertTrue(a.typedDependencies().size() > 5);
    }
  }

  @Test
  void fastParserFromTheCopy_withItsTableMadeAtFirstUse_parsesAsTheTextModel() {
    // the process's parser: the binary copy without CoreNLP's precomputed table, FastParserScores making its rows lazily
    DependencyParses fast = CoreNlpModels.parser();
    assertTrue(fast.fast());
    List<CoreMap> ours = DependencyParsesTest.tagged(TEXT);
    List<CoreMap> theirs = DependencyParsesTest.tagged(TEXT);
    for (int i = 0; i < ours.size(); i++) {
      fast.parseAsCoreNlp(ours.get(i));
      GrammaticalStructure b = text.predict(theirs.get(i));
      String expected = SemanticGraphFactory.makeFromTree(b, SemanticGraphFactory.Mode.BASIC,
          GrammaticalStructure.Extras.NONE, null).toString(SemanticGraph.OutputFormat.LIST);
      String actual = ours.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)
          .toString(SemanticGraph.OutputFormat.LIST);
      assertEquals(expected, actual, "sentence " + i);
      assertTrue(actual.contains("nsubj"), actual);
    }
  }

  @Test
  void read_refusesAStaleOrCorruptCopy() throws Exception {
    byte[] bin = SitrepParserModel.write(text, key);
    assertNull(SitrepParserModel.read(bin, "another model's key", new Properties()), "stale");
    byte[] corrupt = bin.clone();
    corrupt[corrupt.length / 2] ^= 1;
    assertNotEquals(bin[bin.length / 2], corrupt[corrupt.length / 2]);
    assertNull(SitrepParserModel.read(corrupt, key, new Properties()), "corrupt (CRC)");
    assertNull(SitrepParserModel.read(java.util.Arrays.copyOf(bin, 1000), key, new Properties()), "truncated");
  }
}
