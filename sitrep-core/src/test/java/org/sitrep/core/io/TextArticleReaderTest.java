package org.sitrep.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ErrorCodes;

class TextArticleReaderTest {
  private static InputItem parse(String s) {
    return TextArticleReader.parse(s.getBytes(StandardCharsets.UTF_8), "a", "a.txt", ReadOptions.defaults());
  }

  @Test
  void parse_dateLineWithBodyOnSameLine() {
    InputItem it = parse(" date 2020-02-03 The regime shelled the town. More text.");
    assertTrue(it.ok());
    assertEquals("2020-02-03", it.article().published());
    assertEquals("The regime shelled the town. More text.", it.article().text());
    assertNull(it.article().source());
  }

  @Test
  void parse_outletLineThenBody() {
    InputItem it = parse("Duvar English/Reuters\n\nTurkey's President said so.\n\nMore.");
    assertEquals("Duvar English/Reuters", it.article().source());
    assertEquals("Turkey's President said so.\n\nMore.", it.article().text());
    assertNull(it.article().published());
  }

  @Test
  void parse_outletThenDateLine() {
    InputItem it = parse("Harbour Gazette\n\n date 2023-04-12\nTroops fired on a market.");
    assertEquals("Harbour Gazette", it.article().source());
    assertEquals("2023-04-12", it.article().published());
    assertEquals("Troops fired on a market.", it.article().text());
  }

  @Test
  void parse_yearMonthDate() {
    assertEquals("2020-02", parse(" date 2020-02\nText here.").article().published());
  }

  @Test
  void parse_firstSentenceIsNotAnOutlet() {
    InputItem it = parse("Police arrested 14 people on Saturday.\n\nThey were released.");
    assertNull(it.article().source());
    assertTrue(it.article().text().startsWith("Police arrested"));
  }

  @Test
  void parse_longFirstLineWithoutStopIsNotAnOutlet() {
    InputItem it = parse("Thousands march in the capital against the new port plans of the government\n\nBody.");
    assertNull(it.article().source());
  }

  @Test
  void parse_bomCrlfNbspAndCurlyQuotesKept() {
    String body = "\u201CWe hope,\u201D he said.\r\nIt rained\u00A0today.";
    InputItem it = parse("\uFEFF" + body);
    assertEquals(body, it.article().text());
  }

  @Test
  void parse_defaultDateOnlyWhereNoneGiven() {
    ReadOptions o = ReadOptions.defaults().withDefaultDate("2021-05-01");
    assertEquals("2021-05-01",
        TextArticleReader.parse("Body text.", "a", "a.txt", o).article().published());
    assertEquals("2020-01-02",
        TextArticleReader.parse(" date 2020-01-02 Body.", "a", "a.txt", o).article().published());
  }

  @Test
  void parse_impossibleDateIsAnError() {
    InputItem it = parse(" date 2020-02-31 Body.");
    assertEquals(ErrorCodes.BAD_DATE, it.error().code());
    assertTrue(it.error().message().contains("a.txt"), it.error().message());
  }

  @Test
  void parse_headersOnlyIsEmpty() {
    assertEquals(ErrorCodes.EMPTY, parse(" date 2020-02-03\n\n").error().code());
  }
}
