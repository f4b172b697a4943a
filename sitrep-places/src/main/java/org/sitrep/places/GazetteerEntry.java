package org.sitrep.places;

import java.util.List;

/**
 * One gazetteer record: a GeoNames populated place, a first-level division (ADM1) or a country (PCLI).
 * {@code geonameid} is null where the source data carries none (countries, a few divisions).
 * {@code admin1} is the GeoNames admin1 code within {@code countryCode}; {@code altNames} are the
 * Latin-script alternate names.
 */
public record GazetteerEntry(int index, Long geonameid, String name, double lat, double lon, String featureCode,
                             String countryCode, String admin1, String admin2, long population, List<String> altNames) {
  public GazetteerEntry {
    altNames = List.copyOf(altNames);
  }

  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }

  public boolean isAdmin1() {
    return featureCode.equals("ADM1");
  }

  public boolean isAdministrative() {
    return featureCode.startsWith("ADM") || isCountry();
  }

  /** Capital of a country or seat of a first-level division. */
  public boolean isSeat() {
    return featureCode.equals("PPLC") || featureCode.equals("PPLA") || featureCode.equals("PPLG");
  }

  /** Great-circle distance in km. */
  public double km(GazetteerEntry o) {
    return km(lat, lon, o.lat, o.lon);
  }

  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
