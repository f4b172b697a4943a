package org.sitrep.core.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.spans(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void spans_curlyMarks() {
    assertEquals(List.of("We stay,"), quoted("“We stay,” she said."));
  }

  @Test
  void spans_straightMarks() {
    assertEquals(List.of("We stay,"), quoted("\"We stay,\" she said."));
  }

  @Test
  void spans_curlyOpenClosedByStraightMark() {
    assertEquals(List.of("open the road", "Go home."), quoted("They asked him to “open the road\" and left a sign: “Go home.\""));
  }

  @Test
  void spans_apostrophesAreNotQuotes() {
    assertEquals(List.of(), quoted("The army’s convoy reached the town's edge."));
  }

  @Test
  void spans_quotationOverTwoParagraphs() {
    String text = "“The first part.\n\n“The second part,” he said.";
    List<CharSpan> s = QuoteMarks.spans(text);
    assertEquals(1, s.size());
    assertEquals(1, s.get(0).start());
    assertEquals(text.indexOf(",”"), s.get(0).end() - 1);
  }

  @Test
  void spans_unclosedQuotationEndsWithItsParagraph() {
    assertEquals(List.of("Never again"), quoted("“Never again\nThe crowd left."));
  }
}
