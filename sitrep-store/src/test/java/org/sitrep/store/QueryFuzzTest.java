package org.sitrep.store;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Fuzzes the store's bounded Lucene parsing of full-text queries (Jazzer): any {@code q} either parses or is
 * refused with an {@link InvalidInput} naming {@code q} (an HTTP 400). Anything else (a Lucene
 * IllegalArgumentException, a TooComplexToDeterminizeException, a StackOverflowError) is a finding. The query
 * parameters themselves are parsed, and fuzzed, in sitrep-server ({@code QueryParamsFuzzTest}). Normal builds run
 * the seeds in {@code QueryFuzzTestInputs/} (regression mode); {@code JAZZER_FUZZ=1 mvn test -Dtest=QueryFuzzTest}
 * fuzzes.
 */
class QueryFuzzTest {
  private static final EnglishAnalyzer ANALYZER = new EnglishAnalyzer();

  @FuzzTest(maxDuration = "60s")
  void parse_failsOnlyWithInvalidInput(FuzzedDataProvider data) {
    try {
      TextIndex.parseQuery(data.consumeRemainingAsString(), ANALYZER);
    } catch (InvalidInput expected) {
      // a 400 naming q: fine
    }
  }
}
