package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Which events a query or export wants, as typed values: every field optional (null or empty), lists mean
 * "any of". The store trusts these values to be well formed (the server's and the CLI's parser,
 * {@code org.sitrep.server.QueryParams}, checks user input and names what is wrong); the compact constructor
 * only copies the lists and refuses a query that cannot hold (from after to, a box off the globe).
 *
 * @param from      first day, inclusive
 * @param to        last day, inclusive
 * @param types     PLOVER event types, upper case (ASSAULT, PROTEST, ...)
 * @param quads     quad classes 1-4
 * @param actorCountries actor ISO alpha-3 codes (or IGO, UNO, ...), upper case
 * @param actorSectors   actor PLOVER sectors (GOV, MIL, ...), upper case
 * @param actor     text in an actor's name (any case)
 * @param recipientCountries recipient country codes
 * @param recipientSectors   recipient sectors
 * @param recipient text in a recipient's name
 * @param place     place name, ADM1 name or ISO alpha-2 country of the event's location (any case)
 * @param bbox      a box of longitudes and latitudes
 * @param story     story id
 * @param q         full-text query over the article text and quotes (Lucene syntax, bounded by the store)
 * @param docId     one article
 * @param statuses  occurred, threatened, ... (lower case)
 * @param minDead   at least this many dead
 */
public record EventQuery(LocalDate from, LocalDate to, List<String> types, List<Integer> quads,
                         List<String> actorCountries, List<String> actorSectors, String actor,
                         List<String> recipientCountries, List<String> recipientSectors, String recipient, String place,
                         Box bbox, String story, String q, String docId, List<String> statuses, Long minDead) {
  public EventQuery {
    types = copy(types);
    quads = quads == null ? List.of() : List.copyOf(quads);
    actorCountries = copy(actorCountries);
    actorSectors = copy(actorSectors);
    recipientCountries = copy(recipientCountries);
    recipientSectors = copy(recipientSectors);
    statuses = copy(statuses);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  private static List<String> copy(List<String> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /** Every event. */
  public static EventQuery all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A box of longitudes (-180..180) and latitudes (-90..90); {@code minLon > maxLon} crosses the antimeridian.
   */
  public record Box(double minLon, double minLat, double maxLon, double maxLat) {
    public Box {
      if (!(Math.abs(minLon) <= 180 && Math.abs(maxLon) <= 180 && Math.abs(minLat) <= 90 && Math.abs(maxLat) <= 90
          && minLat <= maxLat)) {
        throw new IllegalArgumentException("not a box on the globe: " + minLon + "," + minLat + "," + maxLon + ","
            + maxLat);
      }
    }
  }

  /** Builds a query field by field (the parser's and the tests' way in); unset fields match everything. */
  public static final class Builder {
    private LocalDate from;
    private LocalDate to;
    private List<String> types = List.of();
    private List<Integer> quads = List.of();
    private List<String> actorCountries = List.of();
    private List<String> actorSectors = List.of();
    private String actor;
    private List<String> recipientCountries = List.of();
    private List<String> recipientSectors = List.of();
    private String recipient;
    private String place;
    private Box bbox;
    private String story;
    private String q;
    private String docId;
    private List<String> statuses = List.of();
    private Long minDead;

    private Builder() {
    }

    public Builder from(LocalDate v) {
      from = v;
      return this;
    }

    public Builder to(LocalDate v) {
      to = v;
      return this;
    }

    public Builder types(List<String> v) {
      types = v;
      return this;
    }

    public Builder quads(List<Integer> v) {
      quads = v;
      return this;
    }

    public Builder actorCountries(List<String> v) {
      actorCountries = v;
      return this;
    }

    public Builder actorSectors(List<String> v) {
      actorSectors = v;
      return this;
    }

    public Builder actor(String v) {
      actor = v;
      return this;
    }

    public Builder recipientCountries(List<String> v) {
      recipientCountries = v;
      return this;
    }

    public Builder recipientSectors(List<String> v) {
      recipientSectors = v;
      return this;
    }

    public Builder recipient(String v) {
      recipient = v;
      return this;
    }

    public Builder place(String v) {
      place = v;
      return this;
    }

    public Builder bbox(Box v) {
      bbox = v;
      return this;
    }

    public Builder story(String v) {
      story = v;
      return this;
    }

    public Builder q(String v) {
      q = v;
      return this;
    }

    public Builder docId(String v) {
      docId = v;
      return this;
    }

    public Builder statuses(List<String> v) {
      statuses = v;
      return this;
    }

    public Builder minDead(Long v) {
      minDead = v;
      return this;
    }

    public EventQuery build() {
      return new EventQuery(from, to, types, quads, actorCountries, actorSectors, actor, recipientCountries,
          recipientSectors, recipient, place, bbox, story, q, docId, statuses, minDead);
    }
  }
}
