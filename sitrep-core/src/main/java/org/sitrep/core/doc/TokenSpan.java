package org.sitrep.core.doc;

/** A range of document-level token indices, {@code end} exclusive. See {@link CharSpan} for characters. */
public record TokenSpan(int start, int end) {
  public TokenSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a valid token span: start=" + start + ", end=" + end
          + " (need 0 <= start <= end)");
    }
  }

  public int size() {
    return end - start;
  }

  public boolean contains(int tokenIndex) {
    return start <= tokenIndex && tokenIndex < end;
  }

  public boolean overlaps(TokenSpan other) {
    return start < other.end && other.start < end;
  }
}
