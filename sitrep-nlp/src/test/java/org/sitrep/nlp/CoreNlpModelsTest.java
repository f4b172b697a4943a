package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many threads load CoreNLP's models side by side. */
class CoreNlpModelsTest {
  /**
   * One loading thread per processor, at most three (the tokenizer-to-NER pipeline, the parser, SUTime): a process
   * with one processor (pinned to one core) loads the models one after another, which copies fewer fresh model
   * arrays per young collection than three loads interleaved on that core.
   */
  @Test
  void loadThreads_onePerProcessorUpToThree() {
    assertEquals(1, CoreNlpModels.loadThreads(1));
    assertEquals(2, CoreNlpModels.loadThreads(2));
    assertEquals(3, CoreNlpModels.loadThreads(3));
    assertEquals(3, CoreNlpModels.loadThreads(16));
    assertEquals(1, CoreNlpModels.loadThreads(0), "never fewer than one thread");
  }
}
