/**
 * The output records of {@code docs/RECORDS.md}: article records, their events, quotes, counts, places,
 * times and entities, and story records. Immutable Java records; Jackson writes their components in
 * snake_case, in declaration order (see {@link org.sitrep.core.json.Json}). Fields may be added; the
 * contract's names stay.
 */
package org.sitrep.core.model;
