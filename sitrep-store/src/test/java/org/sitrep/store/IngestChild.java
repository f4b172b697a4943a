package org.sitrep.store;

import java.nio.file.Path;
import org.sitrep.core.io.InputItem;

/** A separate process for {@link IngestResumeTest}: ingests synthetic articles 0..n-1, printing progress. */
public final class IngestChild {
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    try (SitrepStore store = SitrepStore.open(dir);
         Ingestor in = new Ingestor(store, Fixtures::analyze, 2, System.err::println)) {
      for (int i = 0; i < n; i++) {
        in.accept(InputItem.of(Fixtures.article(i)));
        System.out.println("accepted " + (i + 1));
        System.out.flush();
      }
      System.out.println("done " + in.finish());
    }
  }
}
