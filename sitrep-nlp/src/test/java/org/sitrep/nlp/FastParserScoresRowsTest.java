package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FastParserScores#addRows}: the precomputed rows of a feature vector added several at a time give each
 * hidden unit the doubles that adding them one at a time, in order, gives (no reassociation).
 */
class FastParserScoresRowsTest {
  @Test
  void rowsAddedAtOnce_areTheOneAtATimeSums() {
    Random r = new Random(7);
    for (int n = 0; n <= FastParserScores.ROWS_AT_ONCE; n++) {
      double[][] rows = new double[FastParserScores.ROWS_AT_ONCE][13];
      for (double[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          row[i] = r.nextGaussian() * Math.pow(10, r.nextInt(12));
        }
      }
      double[] h = new double[13];
      for (int i = 0; i < h.length; i++) {
        h[i] = r.nextGaussian();
      }
      double[] want = h.clone();
      for (int k = 0; k < n; k++) {
        for (int i = 0; i < want.length; i++) {
          want[i] += rows[k][i];
        }
      }
      FastParserScores.addRows(h, rows, n);
      for (int i = 0; i < h.length; i++) {
        assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(h[i]), n + " rows, unit " + i);
      }
    }
  }

  @Test
  void rowsAddedAtOnce_keepTheOrderOfTheAdditions() {
    // 1 + 1e16 rounds to 1e16, so in order the sum is 2; the rows summed first and then added to h give 3
    double[][] rows = {{1e16}, {-1e16}, {1.0}, {1.0}};
    double[] h = {1.0};
    FastParserScores.addRows(h, rows, 4);
    assertEquals(2.0, h[0]);
  }
}
