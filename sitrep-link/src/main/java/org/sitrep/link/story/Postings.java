package org.sitrep.link.story;

import java.util.Arrays;

/**
 * Growable lists of ints in a plain array, the size in slot 0 ({@code {size, e1, e2, ...}}): the blocking
 * postings hold one per feature and week, most of them with one or two articles, where a list object would
 * cost more than its content.
 */
final class Postings {
  private Postings() {
  }

  /** {@code list} (null: a new one) with {@code x} appended; the array returned may be a new one. */
  static int[] add(int[] list, int x) {
    if (list == null) {
      list = new int[3];
    } else if (list[0] + 1 == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
    }
    list[++list[0]] = x;
    return list;
  }

  /** Removes one {@code x} (the last element takes its place); returns the size left. */
  static int remove(int[] list, int x) {
    for (int i = 1; i <= list[0]; i++) {
      if (list[i] == x) {
        list[i] = list[list[0]];
        list[0]--;
        break;
      }
    }
    return list[0];
  }
}
