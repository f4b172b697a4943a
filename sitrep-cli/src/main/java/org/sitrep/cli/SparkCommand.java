package org.sitrep.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sitrep spark INPUT... --out DIR}: the pipeline as an Apache Spark job ({@code org.sitrep.spark}),
 * local ({@code local[*]}) unless {@code --master} names a cluster. Spark and its ~200 jars stay off the CLI's
 * class path: this command starts a JVM on the sitrep-spark module's class path, with the JVM flags Spark
 * needs on Java 17, and passes every argument through ({@code sitrep spark --help} lists them).
 */
@Command(name = "spark", description = {"Run sitrep as an Apache Spark job (local[*] by default, or --master URL):"
    + " article records as JSONL and Parquet partitioned by publication date, then stories.",
    "Example: sitrep spark examples/ --out /tmp/out. 'sitrep spark --help' lists the options."})
public final class SparkCommand implements Callable<Integer> {
  /** The module opens Spark needs on Java 17 (those spark-submit's launcher adds). */
  static final List<String> OPENS = List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
      "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch",
      "sun.nio.cs", "sun.security.action", "sun.util.calendar");

  @CommandLine.Unmatched
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    String cp = classPath();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss") || a.startsWith("-XX:")
          || a.startsWith("-Dsitrep.")) {
        cmd.add(a);
      }
    }
    OPENS.forEach(p -> cmd.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
    cmd.add("-Djdk.reflect.useDirectMethodHandle=false");
    cmd.add("-cp");
    cmd.add(cp);
    cmd.add("org.sitrep.spark.SitrepSparkJob");
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    return p.waitFor();
  }

  /**
   * The sitrep-spark class path: {@code SITREP_SPARK_CLASSPATH} where set, else the module's build output
   * beside this CLI's ({@code sitrep-spark/target/classes} and {@code classpath.txt}).
   */
  static String classPath() throws IOException {
    String env = System.getenv("SITREP_SPARK_CLASSPATH");
    if (env != null && !env.isBlank()) {
      return env;
    }
    Path here;
    try {
      here = Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot tell where sitrep is installed; set SITREP_SPARK_CLASSPATH", e);
    }
    // .../sitrep-cli/target/classes -> .../sitrep-spark/target
    Path root = here.getParent() == null || here.getParent().getParent() == null ? null
        : here.getParent().getParent().getParent();
    Path target = root == null ? null : root.resolve("sitrep-spark").resolve("target");
    if (target == null || !Files.isRegularFile(target.resolve("classpath.txt"))
        || !Files.isDirectory(target.resolve("classes"))) {
      throw new IllegalStateException("sitrep spark needs the sitrep-spark module built (" + target + " has no"
          + " classes or classpath.txt): run 'mvn -q install -DskipTests' in the sitrep folder, or set"
          + " SITREP_SPARK_CLASSPATH");
    }
    return target.resolve("classes") + java.io.File.pathSeparator
        + Files.readString(target.resolve("classpath.txt"), StandardCharsets.UTF_8).strip();
  }
}
