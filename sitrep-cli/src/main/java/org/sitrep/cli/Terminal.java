package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output and standard error are terminals (progress is drawn only when both are). */
final class Terminal {
  private Terminal() {
  }

  static boolean interactive() {
    if (System.getenv("SITREP_PROGRESS") != null) {
      return !System.getenv("SITREP_PROGRESS").equals("0");
    }
    if (System.getenv("CI") != null) {
      return false;
    }
    return isTty(1) && isTty(2);
  }

  private static boolean isTty(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
