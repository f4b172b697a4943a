package org.sitrep.server;

/** A request the server cannot use (HTTP 400): the parameter or part at fault and what would work. */
final class BadInput extends RuntimeException {
  private final String parameter;

  BadInput(String parameter, String message) {
    super(message, null, false, false);
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
