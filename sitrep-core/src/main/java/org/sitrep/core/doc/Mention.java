package org.sitrep.core.doc;

/**
 * A named-entity mention from the NLP layer: its tokens, characters, text and fine class
 * (PERSON, ORGANIZATION, LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY, NATIONALITY, TITLE, ...).
 */
public record Mention(TokenSpan tokens, CharSpan span, String text, String type) {
}
