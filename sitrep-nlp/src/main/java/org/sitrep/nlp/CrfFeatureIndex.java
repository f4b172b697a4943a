package org.sitrep.nlp;

import edu.stanford.nlp.util.HashIndex;
import java.io.ObjectStreamException;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The CRF's feature index as the model's copy gives it to CoreNLP ({@link CrfCopyParts.FeatureIndex}): CoreNLP's own
 * {@link HashIndex} of the same names with the same ids, whose name-to-id map is a {@link StringIds} instead of a
 * {@code java.util.HashMap}, and whose {@link #indexOf} asks it without boxing. CoreNLP's CRF looks up every feature
 * name it builds for every token ({@code CRFClassifier.documentToDataAndLabels}: 46 per token on news, 89% of them in
 * the model), and the lookups, waiting on memory, were about a third of the CRF's CPU in a warm article. The ids are the
 * index's, so the CRF sums the same weights in the same order. Serialised, it is written as a plain
 * {@code HashIndex}.
 */
final class CrfFeatureIndex extends HashIndex<String> {
  private static final long serialVersionUID = 1L;
  private final transient StringIds ids;

  private CrfFeatureIndex(String[] names, StringIds ids) {
    super(() -> new ArrayList<>(Arrays.asList(names)), () -> ids);
    this.ids = ids;
  }

  /**
   * The index of {@code names}, each its position as id, locked when {@code locked}; names must be distinct
   * ({@code IllegalArgumentException}). Its names are fixed: adding a new one to it unlocked fails
   * ({@code UnsupportedOperationException}), which CoreNLP's CRF never does once its model is loaded. Null when the
   * names are too many for a {@link StringIds} (16 MB of characters).
   */
  static CrfFeatureIndex of(String[] names, boolean locked) {
    StringIds ids = StringIds.of(names);
    if (ids == null) {
      return null;
    }
    CrfFeatureIndex idx = new CrfFeatureIndex(names, ids);
    if (locked) {
      idx.lock();
    }
    return idx;
  }

  @Override
  public int indexOf(String o) {
    return ids.id(o);
  }

  /** A plain HashIndex of the same names in the same order, locked as this one is. */
  private Object writeReplace() throws ObjectStreamException {
    HashIndex<String> plain = new HashIndex<>(objectsList());
    if (isLocked()) {
      plain.lock();
    }
    return plain;
  }
}
