package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which quotes: of one speaker ("(unattributed)" for none), of one article, in a day range, matching a full-text
 * query over the quotes; every field optional (null).
 */
public record QuoteQuery(String speaker, String docId, LocalDate from, LocalDate to, String q) {
}
