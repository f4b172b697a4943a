package org.sitrep.spark;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.engine.Engine;

/**
 * One {@link Engine} per executor JVM and configuration, built on first use and shared by all the tasks
 * (threads) the executor runs: models load once per executor, not per record or per partition. The engine
 * is thread-safe, so tasks share it without locking.
 */
public final class ExecutorEngine {
  private static final Map<JobConfig, Engine> ENGINES = new HashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private ExecutorEngine() {
  }

  /** The engine for {@code config}, built on this JVM's first call (the others wait for it). */
  public static synchronized Engine get(JobConfig config) {
    return ENGINES.computeIfAbsent(config, c -> {
      BUILDS.incrementAndGet();
      return Engine.create(c.engineOptions());
    });
  }

  /** How many engines this JVM has built (for tests: models load once per executor). */
  public static int builds() {
    return BUILDS.get();
  }
}
