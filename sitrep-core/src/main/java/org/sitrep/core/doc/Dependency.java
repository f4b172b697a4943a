package org.sitrep.core.doc;

/**
 * One arc of a dependency parse, in Universal Dependencies relation names ({@code nsubj},
 * {@code obj}, {@code obl:against}, {@code nmod:poss}, ...). Token indices are document-level;
 * {@code governor} is -1 for the root.
 */
public record Dependency(int governor, int dependent, String relation) {
  public boolean isRoot() {
    return governor < 0;
  }
}
