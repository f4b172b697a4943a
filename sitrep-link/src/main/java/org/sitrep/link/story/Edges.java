package org.sitrep.link.story;

import java.util.Arrays;

/**
 * One article's similarity edges: the other article and the incident-level and storyline-level similarities in
 * billionths, in parallel arrays (12 bytes an edge instead of a map entry, a boxed key and an array). Each edge
 * is held by both its articles. Not thread-safe.
 */
final class Edges {
  private static final IndexedArticle[] NO_ITEMS = new IndexedArticle[0];
  private static final int[] NO_INTS = new int[0];
  private IndexedArticle[] other = NO_ITEMS;
  private int[] incident = NO_INTS;
  private int[] storyline = NO_INTS;
  private int size;

  int size() {
    return size;
  }

  IndexedArticle other(int e) {
    return other[e];
  }

  /** Edge {@code e}'s similarity (billionths): storyline-level if {@code line}, else incident-level. */
  long weight(int e, boolean line) {
    return line ? storyline[e] : incident[e];
  }

  void add(IndexedArticle o, int inc, int line) {
    if (size == other.length) {
      int n = Math.max(4, size + (size >> 1));
      other = Arrays.copyOf(other, n);
      incident = Arrays.copyOf(incident, n);
      storyline = Arrays.copyOf(storyline, n);
    }
    other[size] = o;
    incident[size] = inc;
    storyline[size] = line;
    size++;
  }

  /** The position of the edge to {@code o}, or -1. */
  int indexOf(IndexedArticle o) {
    for (int e = 0; e < size; e++) {
      if (other[e] == o) {
        return e;
      }
    }
    return -1;
  }

  /** Removes the edge to {@code o}, if any (the last edge takes its place). */
  void remove(IndexedArticle o) {
    int e = indexOf(o);
    if (e >= 0) {
      size--;
      other[e] = other[size];
      incident[e] = incident[size];
      storyline[e] = storyline[size];
      other[size] = null;
    }
  }

  /** Removes the edges to articles stamped dirty in {@code round} (one sweep, the order of the rest kept). */
  void removeDirty(int round) {
    int k = 0;
    for (int e = 0; e < size; e++) {
      if (other[e].round != round) {
        other[k] = other[e];
        incident[k] = incident[e];
        storyline[k] = storyline[e];
        k++;
      }
    }
    for (int e = k; e < size; e++) {
      other[e] = null;
    }
    size = k;
  }

  void clear() {
    other = NO_ITEMS;
    incident = NO_INTS;
    storyline = NO_INTS;
    size = 0;
  }
}
