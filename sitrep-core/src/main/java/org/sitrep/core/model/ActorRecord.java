package org.sitrep.core.model;

/**
 * An actor or recipient: the text as written, the canonical name where resolved, the ISO 3166 alpha-3
 * country (or IGO, UNO, EUR, NGO, ...), the PLOVER sector (GOV, MIL, REB, CVL, ...) and an id where one
 * is known.
 */
public record ActorRecord(String text, String name, String country, String sector, String id) {
  public ActorCode code() {
    return new ActorCode(country, sector);
  }
}
