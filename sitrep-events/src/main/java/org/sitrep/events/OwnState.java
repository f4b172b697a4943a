package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.core.model.ActorRecord;

/**
 * A state actor with no nationality named, repressing or conceding to parties of one country, is that country's:
 * a government bans, arrests or yields to its own people ("President X banned Ugandan opposition candidates",
 * "the president conceded to the demands of the Angolan rebels"). The pattern: an event of a domestic category
 * (coder-words.tsv {@code domestic}) whose actors are state bodies or officials (sector in {@code state_sectors})
 * without a country, and whose recipients all have the same one country. Protest is left out: its actor is not
 * the state. Stateless.
 */
final class OwnState {
  private OwnState() {}

  /**
   * The actors with the recipients' country where the pattern holds, else {@code actor} unchanged.
   *
   * @param category the event's PLOVER category
   */
  static List<ActorRecord> apply(String category, List<ActorRecord> actor, List<ActorRecord> recipient) {
    return apply(category, actor, recipient, CoderWords.DOMESTIC, CoderWords.STATE_SECTORS);
  }

  static List<ActorRecord> apply(String category, List<ActorRecord> actor, List<ActorRecord> recipient,
      Set<String> domestic, Set<String> stateSectors) {
    if (!domestic.contains(category) || category.equals("PROTEST") || actor.isEmpty() || recipient.isEmpty()) {
      return actor;
    }
    for (ActorRecord a : actor) {
      if (a.country() != null || a.sector() == null || !stateSectors.contains(a.sector())) {
        return actor;
      }
    }
    String country = recipient.get(0).country();
    if (country == null || recipient.stream().anyMatch(r -> !country.equals(r.country()))) {
      return actor;
    }
    return actor.stream().map(a -> new ActorRecord(a.text(), a.name(), country, a.sector(), a.id())).toList();
  }
}
