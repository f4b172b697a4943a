package org.sitrep.store;

/**
 * User input that cannot be used: a query parameter or part of a request body out of type or range, a search the
 * parser refuses, a cursor this API did not give out. Names the parameter or field at fault ({@code q},
 * {@code type}, {@code limit}, {@code body}, ...) and says what would work. The one user-error type of the
 * store, the server (which answers it with HTTP 400, the message and the parameter as they are) and the CLI
 * (exit code 2). It carries no stack trace: it is the user's mistake, not the program's, and it is cheap to throw.
 */
public final class InvalidInput extends IllegalArgumentException {
  private final String parameter;

  public InvalidInput(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The query parameter or body field at fault. */
  public String parameter() {
    return parameter;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
