package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** Not a test: prints how fast the store takes synthetic articles (java -cp ... org.sitrep.store.PutSpeed N). */
public final class PutSpeed {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path dir = Files.createTempDirectory("sitrep-speed");
    try (SitrepStore s = SitrepStore.open(dir); Ingestor in = new Ingestor(s, Fixtures::analyze, 1, System.err::println)) {
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        in.accept(org.sitrep.core.io.InputItem.of(Fixtures.article(i)));
      }
      System.out.println(in.finish());
      System.out.printf("%d articles in %.1f ms; %s%n", n, (System.nanoTime() - t0) / 1e6, s.rowCounts());
    }
  }
}
