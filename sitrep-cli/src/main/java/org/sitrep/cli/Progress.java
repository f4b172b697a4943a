package org.sitrep.cli;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar (articles done, rate, time left) on a terminal; nothing at all in pipes. */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress start(String task, long expected) {
    if (!Terminal.interactive()) {
      return new Progress(null);
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(expected, 1))
        .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed(new java.text.DecimalFormat("0.0"))
        .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
        .setMaxRenderedLength(100).setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setEtaFunction(state -> {
          long done = state.getCurrent() - state.getStart();
          long left = state.getMax() - state.getCurrent();
          Duration el = state.getTotalElapsed();
          return done <= 0 || left < 0 ? java.util.Optional.empty()
              : java.util.Optional.of(el.multipliedBy(left).dividedBy(done));
        }).build();
    return new Progress(bar);
  }

  void step() {
    if (bar != null) {
      bar.step();
      if (bar.getCurrent() > bar.getMax()) {
        bar.maxHint(bar.getCurrent());
      }
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
