package org.sitrep.core.io;

/**
 * Reading settings: the publication date for inputs that give none ({@code --date}), and the largest
 * article accepted in bytes (5 MB by default).
 */
public record ReadOptions(String defaultDate, long maxArticleBytes) {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public static ReadOptions defaults() {
    return new ReadOptions(null, DEFAULT_MAX_BYTES);
  }

  public ReadOptions withDefaultDate(String date) {
    return new ReadOptions(date, maxArticleBytes);
  }
}
