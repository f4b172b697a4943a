package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Folding: the ASCII fast path gives what the full folding (decompose, strip marks, one apostrophe) gives. */
class TextTest {
  /** The full folding, without the fast path. */
  private static String slowFold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.replace('\u2019', '\'').replace('\u2018', '\'').replace('ı', 'i').toLowerCase(Locale.ROOT);
  }

  @Test
  void fold_removesMarksAndUnifiesApostrophes() {
    assertEquals("erdogan", Text.fold("Erdoğan"));
    assertEquals("cote d'ivoire's", Text.fold("Côte d\u2019Ivoire\u2018s"));
    assertEquals("isik", Text.fold("Işık"));
    assertEquals("", Text.fold(null));
    assertEquals("Sao Tome", Text.foldKeepCase("São Tomé"));
    assertEquals("US", Text.foldKeepCase("US"));
  }

  @Test
  void fold_ofAsciiText_isTheFullFoldingsResult() {
    Random r = new Random(7);
    for (int k = 0; k < 2000; k++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(12);
      for (int i = 0; i < len; i++) {
        b.append((char) (r.nextInt(0x80)));
      }
      String s = b.toString();
      assertTrue(Text.isAscii(s));
      assertEquals(slowFold(s), Text.fold(s), s);
      assertEquals(Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""), Text.foldKeepCase(s), s);
    }
    assertFalse(Text.isAscii("Kyiv\u2019s"));
    assertFalse(Text.isAscii("é"));
  }
}
