package org.sitrep.store;

/** What storing an article did: added it, found it already stored (same content), or replaced an older version. */
public enum PutResult {
  ADDED, UNCHANGED, REVISED
}
