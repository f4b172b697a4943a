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

  /**
   * Who represses dissent when no one is named: a killing, an assault, a detention or a punishment of protesters,
   * dissidents or journalists (sector in {@code dissent_sectors}) of one country, in the passive or as a noun with
   * no agent ("protesters were shot dead", "the killing of Burmese demonstrators"), is their own state's. The
   * pattern: a repressive category (coder-words.tsv {@code repression}), no actor, every recipient of one and the
   * same country, at least one a dissenter and none acting for a state (the killing of soldiers or police names
   * no such agent). At home only: where the event is placed in another country ("Bolivian protesters were shot
   * dead in Lima") it names no agent; an act only a state does ({@code state_modes}: arrest, deport) is the local
   * state's (RoleExtractor), not the victims'. Uses the recipients' country, never the place's. A freeing of
   * dissenters (mode in {@code freeing}: "the journalist was released on bail") is their state's as well.
   *
   * @param mode the event's PLOVER mode, or null
   * @param local the country the event takes place in, or null where none is known
   * @return the country of the recipients, whose state acted, or null where the pattern does not hold
   */
  static String ofDissent(String category, String mode, List<ActorRecord> actor, List<ActorRecord> recipient,
      String local) {
    if (mode != null && CoderWords.STATE_MODES.contains(mode)) {
      return null;
    }
    // ... and a release of dissenters with no one named ("the journalist was released on bail") undoes what their
    // state did to them, so is that state's too (branch evrole9)
    Set<String> repression = mode != null && CoderWords.FREEING.contains(mode) ? Set.of(category)
        : CoderWords.REPRESSION;
    String country = ofDissent(category, actor, recipient, repression, CoderWords.DISSENT_SECTORS,
        CoderWords.STATE_SECTORS);
    return country == null || local == null || local.equals(country) ? country : null;
  }

  static String ofDissent(String category, List<ActorRecord> actor, List<ActorRecord> recipient,
      Set<String> repression, Set<String> dissentSectors, Set<String> stateSectors) {
    if (!repression.contains(category) || !actor.isEmpty() || recipient.isEmpty()) {
      return null;
    }
    String country = recipient.get(0).country();
    if (country == null || recipient.stream().anyMatch(r -> !country.equals(r.country())
        || r.sector() != null && stateSectors.contains(r.sector()))) {
      return null;
    }
    if (recipient.stream().noneMatch(r -> r.sector() != null && dissentSectors.contains(r.sector()))) {
      return null;
    }
    return country;
  }
}
