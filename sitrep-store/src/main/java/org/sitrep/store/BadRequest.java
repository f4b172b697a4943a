package org.sitrep.store;

/** A query parameter with a value the store cannot use; the message says which and what would work. */
public final class BadRequest extends IllegalArgumentException {
  private final String parameter;

  public BadRequest(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
