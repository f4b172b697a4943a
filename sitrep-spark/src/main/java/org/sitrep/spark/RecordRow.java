package org.sitrep.spark;

import java.io.Serializable;

/**
 * An analysed article as it travels between Spark tasks: its place in the input, the fields the story step
 * keys on, and the record as its JSON line (the exact line {@code sitrep analyze} writes).
 */
public record RecordRow(long file, long seq, String docId, String published, boolean failed, String json)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ItemRow.Order order() {
    return new ItemRow.Order(file, seq);
  }
}
