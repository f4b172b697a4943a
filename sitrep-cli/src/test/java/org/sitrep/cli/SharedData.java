package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared data (../shared beside the project: dev sets, seeds), required by some tests. */
final class SharedData {
  private SharedData() {
  }

  /** A folder or file under the shared data; the test fails, saying what is missing and how to fix it. */
  static Path dir(String first, String... more) {
    Path root = Path.of(System.getProperty("sitrep.shared", "../shared")).toAbsolutePath().normalize();
    Path p = root.resolve(Path.of(first, more));
    if (!Files.exists(p)) {
      fail("this test needs the project's shared data, but " + p + " does not exist: put the shared/ folder"
          + " (dev sets and seeds) beside the project, or point -Dsitrep.shared=DIR at it");
    }
    return p;
  }
}
