package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep version}: sitrep's version, Java's, and the NLP models'. */
@Command(name = "version", description = "Print sitrep's version and its main components'.")
public final class VersionCommand implements Callable<Integer> {
  static final String VERSION = "0.1.0-SNAPSHOT";

  @Override
  public Integer call() {
    for (String line : new Provider().getVersion()) {
      System.out.println(line);
    }
    return 0;
  }

  /** The lines of {@code --version} and {@code sitrep version}. */
  public static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
          "sitrep " + VERSION + " (GPL-3.0-or-later)",
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
          "Stanford CoreNLP 4.5.10 with its English models",
      };
    }
  }
}
