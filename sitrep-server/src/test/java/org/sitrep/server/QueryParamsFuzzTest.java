package org.sitrep.server;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.InvalidInput;

/**
 * Fuzzes the parsing of query parameters (Jazzer): any parameter map, with the endpoints' names and made-up
 * ones, goes through every typed query {@link QueryParams} builds; the only failure allowed is an
 * {@link InvalidInput} (an HTTP 400 naming the parameter). Anything else (a NumberFormatException, a
 * DateTimeException, an IllegalArgumentException from a typed query's own checks, an error message that echoes
 * more than 300 characters of input) is a finding. Normal builds run the seeds in {@code QueryParamsFuzzTestInputs/}
 * (regression mode); {@code JAZZER_FUZZ=1 mvn test -Dtest=QueryParamsFuzzTest} fuzzes.
 */
class QueryParamsFuzzTest {
  private static final List<String> NAMES = new ArrayList<>(QueryParams.EVENT_FILTERS);

  static {
    NAMES.addAll(List.of("limit", "offset", "cursor", "kind", "speaker", "event", "x"));
  }

  @FuzzTest(maxDuration = "60s")
  void parse_failsOnlyWithInvalidInput(FuzzedDataProvider data) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    int n = data.consumeInt(0, 6);
    for (int i = 0; i < n; i++) {
      String key = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(8);
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(data.consumeString(400));
    }
    QueryParams p;
    try {
      p = QueryParams.of(params, NAMES);
    } catch (InvalidInput e) {
      check(e);
      return;
    }
    List<Runnable> parses = List.of(p::events, p::days, p::quotes, p::counts, p::search, p::hitKind, p::cursor,
        () -> p.integer("limit", 100, 1, 1000), () -> p.integer("offset", 0, 0, Integer.MAX_VALUE));
    for (Runnable parse : parses) {
      try {
        parse.run();
      } catch (InvalidInput e) {
        check(e);
      }
    }
  }

  /** A refusal names a parameter and says what is wrong without echoing the input at length. */
  private static void check(InvalidInput e) {
    if (e.parameter() == null || e.getMessage() == null || e.getMessage().length() > 600) {
      throw new AssertionError("a refusal must name its parameter in a short message: " + e.getMessage());
    }
  }
}
