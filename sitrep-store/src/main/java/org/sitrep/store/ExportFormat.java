package org.sitrep.store;

import java.util.Locale;

/** The export formats of events, with their file extension and media type. */
public enum ExportFormat {
  JSONL("jsonl", "application/x-ndjson"),
  CSV("csv", "text/csv; charset=utf-8"),
  GEOJSON("geojson", "application/geo+json"),
  TSV("tsv", "text/tab-separated-values; charset=utf-8"),
  PARQUET("parquet", "application/vnd.apache.parquet");

  private final String extension;
  private final String mediaType;

  ExportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format of an extension ({@code csv}, {@code geojson}, ...), naming the valid ones when it is unknown. */
  public static ExportFormat of(String extension) {
    for (ExportFormat f : values()) {
      if (f.extension.equals(extension.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new InvalidInput("format", "'" + extension + "' is not an export format; use jsonl, csv, geojson, tsv"
        + " (GDELT-style columns) or parquet");
  }
}
