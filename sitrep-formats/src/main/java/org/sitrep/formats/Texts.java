package org.sitrep.formats;

/** Small string helpers the readers share. */
final class Texts {
  private Texts() {
  }

  /** The first value that is neither null nor blank (as given, not stripped), or null. */
  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
