package org.sitrep.core.doc;

/**
 * A range of UTF-16 character offsets into an article's text, {@code end} exclusive.
 * Distinct from {@link TokenSpan} so that the two kinds of offset cannot be mixed up.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a valid character span: start=" + start + ", end=" + end
          + " (need 0 <= start <= end)");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(CharSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
