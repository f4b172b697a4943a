package org.sitrep.core.model;

/** The publication date (ISO) and whether sitrep inferred it rather than read it from the input. */
public record Published(String value, boolean inferred) {
}
