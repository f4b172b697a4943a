package org.sitrep.core.model;

/**
 * A place mention resolved to GeoNames. {@code geonameid}, coordinates and codes are null where the
 * mention could not be resolved. {@code metonym} is true where the name stands for a government
 * ("Ankara said").
 */
public record PlaceRecord(String text, int start, int end, String name, Long geonameid, String featureCode,
                          String countryCode, String admin1, Double lat, Double lon, Boolean metonym) {
}
