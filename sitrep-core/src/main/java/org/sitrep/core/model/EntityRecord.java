package org.sitrep.core.model;

/** A named-entity mention with its canonical name and actor reading where resolved. */
public record EntityRecord(String text, int start, int end, String type, String name, ActorCode actor) {
}
