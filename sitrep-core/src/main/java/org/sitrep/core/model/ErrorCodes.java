package org.sitrep.core.model;

/** Stable error codes of {@link ArticleError}. */
public final class ErrorCodes {
  private ErrorCodes() {
  }

  public static final String EMPTY = "empty";
  public static final String BINARY = "binary";
  public static final String TOO_LARGE = "too_large";
  public static final String INVALID_UTF8 = "invalid_utf8";
  public static final String MALFORMED_JSON = "malformed_json";
  public static final String MISSING_TEXT = "missing_text";
  public static final String NOT_ENGLISH = "unsupported_language";
  public static final String UNREADABLE = "unreadable";
  public static final String MALFORMED_INPUT = "malformed_input";
  public static final String BAD_DATE = "bad_date";
  public static final String STAGE_FAILED = "stage_failed";
}
