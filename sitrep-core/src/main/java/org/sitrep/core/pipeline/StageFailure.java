package org.sitrep.core.pipeline;

/** A stage threw on one document; carries the stage's name so the error record can say which. */
public final class StageFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String stage;

  public StageFailure(String stage, String docId, Throwable cause) {
    super("stage '" + stage + "' failed on document " + docId + ": " + cause, cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }
}
