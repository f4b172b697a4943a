package org.sitrep.core.io;

/**
 * Thrown by a sink of records to end the run at once (the output cannot be written: a full disk, a closed
 * pipe). Readers and {@link Inputs} let it through instead of turning it into an error record.
 */
public class StopRun extends RuntimeException {
  private final int exitCode;

  public StopRun(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The process's exit status for this stop (see README: exit codes). */
  public int exitCode() {
    return exitCode;
  }
}
