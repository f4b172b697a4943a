package org.sitrep.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place mention resolved to GeoNames. {@code geonameid}, coordinates and codes are null where the
 * mention could not be resolved. {@code metonym} is true where the name stands for a government
 * ("Ankara said"). {@code in} is {@code "title"} for an event's location named in the article's title
 * (offsets then index the title); absent for the body.
 */
public record PlaceRecord(String text, int start, int end, String name, Long geonameid, String featureCode,
                          String countryCode, String admin1, Double lat, Double lon, Boolean metonym,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String in) {
  public PlaceRecord(String text, int start, int end, String name, Long geonameid, String featureCode,
                     String countryCode, String admin1, Double lat, Double lon, Boolean metonym) {
    this(text, start, end, name, geonameid, featureCode, countryCode, admin1, lat, lon, metonym, null);
  }

  /** The same place at other offsets ({@code in}: null for the body, "title"). */
  public PlaceRecord at(int newStart, int newEnd, String newIn) {
    return new PlaceRecord(text, newStart, newEnd, name, geonameid, featureCode, countryCode, admin1, lat, lon,
        metonym, newIn);
  }
}
