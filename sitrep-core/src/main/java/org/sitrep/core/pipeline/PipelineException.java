package org.sitrep.core.pipeline;

/** A pipeline that cannot be built: a stage whose required layer no earlier stage produces, a cycle, a duplicate. */
public final class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PipelineException(String message) {
    super(message);
  }
}
