package org.sitrep.core.model;

/**
 * A named-entity mention with its canonical name and actor reading where resolved, and the stable id of
 * the person, organisation or state it names ({@link EntityIds}).
 */
public record EntityRecord(String text, int start, int end, String type, String name, ActorCode actor, String id) {
  /** A mention without an id yet (ids are given when the article record is assembled). */
  public EntityRecord(String text, int start, int end, String type, String name, ActorCode actor) {
    this(text, start, end, type, name, actor, null);
  }

  public EntityRecord withId(String newId) {
    return new EntityRecord(text, start, end, type, name, actor, newId);
  }
}
