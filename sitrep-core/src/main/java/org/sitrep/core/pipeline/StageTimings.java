package org.sitrep.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage, summed over threads; for benchmarks. Thread-safe. */
public final class StageTimings {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  void add(String stage, long ns) {
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(ns);
  }

  /** Stage name -> nanoseconds, in the order of {@code pipeline}'s stages. */
  public Map<String, Long> snapshot(Pipeline pipeline) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Stage s : pipeline.stages()) {
      LongAdder a = nanos.get(s.name());
      out.put(s.name(), a == null ? 0L : a.sum());
    }
    return out;
  }
}
