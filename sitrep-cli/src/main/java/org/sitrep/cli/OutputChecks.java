package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * Checks of inputs and the output made before anything loads: every input exists, and {@code -o} is a
 * file that can be made and is neither one of the inputs nor inside an input folder (it would be read back
 * as input on the next run, or grow while it is read).
 */
final class OutputChecks {
  private OutputChecks() {
  }

  static void inputs(CommandLine cmd, List<String> inputs) {
    for (String a : inputs) {
      if (a.equals("-")) {
        continue;
      }
      Path p = Path.of(a);
      if (Files.exists(p)) {
        continue;
      }
      String why = Files.isSymbolicLink(p) ? "is a symbolic link to " + target(p) + ", which does not exist (or links"
          + " back to itself)" : "does not exist";
      throw new CommandLine.ParameterException(cmd, "input " + a + ": " + why + "; check the path (a folder is read"
          + " recursively, '-' reads standard input)");
    }
  }

  private static String target(Path p) {
    try {
      return Files.readSymbolicLink(p).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  static void output(CommandLine cmd, List<String> inputs, Path output, String option) {
    if (output == null || RecordOutput.isStream(output)) {
      return;
    }
    if (Files.isDirectory(output)) {
      throw new CommandLine.ParameterException(cmd, option + " " + output + ": is a folder; give a file name, e.g. "
          + option + " " + output.resolve("records.jsonl"));
    }
    Path abs = output.toAbsolutePath().normalize();
    for (Path a = abs.getParent(); a != null; a = a.getParent()) {
      if (Files.exists(a)) {
        if (!Files.isDirectory(a)) {
          throw new CommandLine.ParameterException(cmd, option + " " + output + ": " + a + " is a file, not a folder,"
              + " so the output cannot be made there; choose a path whose folders are folders");
        }
        break;
      }
    }
    Path real = realish(abs);
    for (String in : inputs) {
      if (in.equals("-")) {
        continue;
      }
      Path ip = Path.of(in);
      if (!Files.exists(ip)) {
        continue;
      }
      Path ireal = realish(ip.toAbsolutePath().normalize());
      if (Files.isDirectory(ip)) {
        if (real.startsWith(ireal)) {
          throw new CommandLine.ParameterException(cmd, option + " " + output + ": is inside the input folder " + in
              + ", so it would be read back as an input; write it outside " + in);
        }
      } else if (real.equals(ireal)) {
        throw new CommandLine.ParameterException(cmd, option + " " + output + ": is the input " + in
            + "; sitrep never writes to its inputs: choose another output file");
      }
    }
  }

  /** The real path of {@code p}, or of its nearest existing folder with the rest appended. */
  static Path realish(Path p) {
    Path rest = null;
    for (Path a = p; a != null; a = a.getParent()) {
      if (Files.exists(a, LinkOption.NOFOLLOW_LINKS) || Files.exists(a)) {
        try {
          Path r = a.toRealPath();
          return rest == null ? r : r.resolve(rest);
        } catch (IOException e) {
          // a dangling link: keep walking up
        }
      }
      Path name = a.getFileName();
      if (name == null) {
        break;
      }
      rest = rest == null ? name : name.resolve(rest);
    }
    return p;
  }
}
