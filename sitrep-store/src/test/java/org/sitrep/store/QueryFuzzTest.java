package org.sitrep.store;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Fuzzes the parsing of API queries (Jazzer): any query-parameter map goes through {@link EventFilter#parse}
 * and its {@code q} through the bounded Lucene parser; the only failure allowed is a {@link InvalidQuery} (an
 * HTTP 400). Anything else (a NumberFormatException, a Lucene IllegalArgumentException, a
 * TooComplexToDeterminizeException, a StackOverflowError) is a finding. Normal builds run the seeds in
 * {@code QueryFuzzTestInputs/} (regression mode); {@code JAZZER_FUZZ=1 mvn test -Dtest=QueryFuzzTest} fuzzes.
 */
class QueryFuzzTest {
  private static final EnglishAnalyzer ANALYZER = new EnglishAnalyzer();

  @FuzzTest(maxDuration = "60s")
  void parse_failsOnlyWithInvalidQuery(FuzzedDataProvider data) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    int n = data.consumeInt(0, 6);
    for (int i = 0; i < n; i++) {
      String key = data.pickValue(EventFilter.PARAMETERS);
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(data.consumeString(200));
    }
    String q = data.consumeRemainingAsString();
    try {
      EventFilter f = EventFilter.parse(params);
      if (f.q() != null) {
        TextIndex.parseQuery(f.q(), ANALYZER);
      }
    } catch (InvalidQuery expected) {
      // a 400 naming the parameter: fine
    }
    try {
      TextIndex.parseQuery(q, ANALYZER);
    } catch (InvalidQuery expected) {
      // fine
    }
  }
}
