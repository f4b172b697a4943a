package org.sitrep.core.doc;

/**
 * An input article as read, before any analysis. {@code text} is the body with header lines removed;
 * every character offset in sitrep's output indexes into it. {@code published} is an ISO date
 * ({@code YYYY-MM-DD} or {@code YYYY-MM}) or null. {@code origin} names where it came from (a file,
 * a JSONL line) for error messages.
 */
public record Article(String docId, String text, String source, String url, String title, String published,
                      String language, String origin) {
  public Article {
    if (docId == null || docId.isBlank()) {
      throw new IllegalArgumentException("an article needs a document id (from " + origin + ")");
    }
    if (text == null) {
      throw new IllegalArgumentException("article " + docId + " has no text (from " + origin + ")");
    }
  }
}
