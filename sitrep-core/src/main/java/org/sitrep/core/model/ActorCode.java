package org.sitrep.core.model;

/** The country and sector of an actor, as entities and quote speakers carry them. */
public record ActorCode(String country, String sector) {
}
