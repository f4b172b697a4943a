package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command. Exit codes: 0 all inputs read, 1 some failed (error records written), 2 usage. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
    description = "Turns news articles into a checked record of what happened: events, places, dates, counts,"
        + " quotes; then stories across outlets and where they disagree.",
    subcommands = {
        AnalyzeCommand.class,
        BenchCommand.class,
        LinkCommand.class,
        IngestCommand.class,
        ServeCommand.class,
        ExportCommand.class,
        SparkCommand.class,
        VersionCommand.class,
        WatchCommand.class,
        CommandLine.HelpCommand.class,
    })
public final class SitrepCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see the list above)");
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SitrepCli());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // a usage error: what is wrong and how to fix it, in one or two lines (not the whole help)
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      String name = c.getCommandName().equals("sitrep") ? "sitrep" : "sitrep " + c.getCommandName();
      c.getErr().println(name + ": " + ex.getMessage());
      c.getErr().println("('" + name + " --help' lists the options)");
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      org.sitrep.core.io.StopRun stop = stopOf(ex);
      if (stop != null) {
        if (stop.exitCode() != RecordOutput.BROKEN_PIPE) {
          cmd.getErr().println("sitrep " + cmd.getCommandName() + ": " + stop.getMessage());
        }
        return stop.exitCode();
      }
      cmd.getErr().println("sitrep " + cmd.getCommandName() + ": " + describe(ex));
      if (System.getenv("SITREP_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      }
      return ex instanceof IllegalArgumentException ? 2 : 3;
    });
    return cl;
  }

  /** What went wrong, in words: a file system error names the file and the reason (not only the path). */
  static String describe(Throwable ex) {
    if (ex instanceof java.nio.file.NoSuchFileException f) {
      return f.getFile() + ": no such file or folder" + (f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")");
    }
    if (ex instanceof java.nio.file.AccessDeniedException f) {
      return f.getFile() + ": permission denied; check the file's permissions or choose another path";
    }
    if (ex instanceof java.nio.file.FileSystemException f) {
      return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName());
    }
    if (ex instanceof java.io.UncheckedIOException u && u.getCause() != null) {
      return describe(u.getCause());
    }
    return ex.getMessage() != null ? ex.getMessage() : ex.toString();
  }

  private static org.sitrep.core.io.StopRun stopOf(Throwable t) {
    for (int i = 0; t != null && i < 10; t = t.getCause(), i++) {
      if (t instanceof org.sitrep.core.io.StopRun s) {
        return s;
      }
    }
    return null;
  }

  public static void main(String[] args) {
    RecordOutput.rawStdout = true;
    System.exit(commandLine().execute(args));
  }
}
