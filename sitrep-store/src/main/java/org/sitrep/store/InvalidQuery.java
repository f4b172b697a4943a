package org.sitrep.store;

/**
 * A query the store cannot run (a value out of range, a search the parser refuses): the field at fault
 * ({@code q}, {@code type}, {@code limit}, ...) and a message saying what would work. The API answers it with 400.
 */
public final class InvalidQuery extends IllegalArgumentException {
  private final String parameter;

  public InvalidQuery(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
