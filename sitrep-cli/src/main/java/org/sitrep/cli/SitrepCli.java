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
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      cmd.getErr().println("sitrep " + cmd.getCommandName() + ": " + ex.getMessage());
      if (System.getenv("SITREP_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      }
      return ex instanceof IllegalArgumentException ? 2 : 3;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
