package org.sitrep.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020-02-05T23:30:00+03:00|2020-02-05",
      "2020-02|2020-02",
      "Wed, 05 Feb 2020 10:00:00 GMT|2020-02-05",
      "Wed, 5 Feb 2020 10:00:00 +0300|2020-02-05",
      "5 Feb 2020|2020-02-05",
      "February 5, 2020|2020-02-05",
      "Feb. 5th, 2020|2020-02-05",
      "Sept 30 2019|2019-09-30",
      "2020/2/5|2020-02-05",
      "20200205|2020-02-05",
      "20200205T101500Z|2020-02-05",
  })
  void normalize_commonWebForms(String raw, String expected) {
    assertEquals(expected, WebDates.normalize(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"yesterday", "2020-02-30", "Mayor 5 2020", "Feb 31, 2020", "''"})
  void normalize_notADate_null(String raw) {
    assertNull(WebDates.normalize(raw));
  }
}
