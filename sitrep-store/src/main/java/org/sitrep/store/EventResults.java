package org.sitrep.store;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.Map;
import org.sitrep.core.model.EventRecord;

/** What the event queries return, as typed rows (serialised as the API's JSON by the server, snake_case). */
public final class EventResults {
  private EventResults() {
  }

  /** An event record with the article's doc id and source and the day it is filed under (and why) in front. */
  public record EventRow(String docId, String source, String day, String dayBasis, @JsonUnwrapped EventRecord event) {
  }

  /** Events on a day of one quad class (null: uncoded). */
  public record TimelineRow(String day, Integer quadCode, long n) {
  }

  /**
   * How many events match, how many have coordinates, their day range, the articles they come from, the dead
   * they report (null: none reported), and counts by type (most frequent first, then by name).
   */
  public record Summary(long events, long located, String firstDay, String lastDay, long articles, Long dead,
                        @JsonSerialize(using = InOrder.class) Map<String, Long> byType) {
    public Summary {
      byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
    }
  }

  /**
   * Writes counts by name in the map's own order (the mapper sorts map keys everywhere else, and a per-property
   * format does not override that).
   */
  static final class InOrder extends JsonSerializer<Map<String, Long>> {
    @Override
    public void serialize(Map<String, Long> counts, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  }

  /** A resolved place the articles mention, with how many articles and mentions. */
  public record PlaceRow(String name, Long geonameid, String countryCode, String featureCode, Double lat, Double lon,
                         long articles, long mentions) {
  }

  /**
   * Who acts on whom: an edge between two canonical actors (node keys: a state's country code, an id, or "country
   * sector"), their labels, countries, sectors and most frequent names, its events and how many of them are
   * conflict (quad 3-4).
   */
  public record NetworkEdge(String source, String target, String sourceLabel, String targetLabel,
                            String sourceCountry, String targetCountry, String sourceSector, String targetSector,
                            String sourceName, String targetName, long weight, long conflict) {
  }
}
