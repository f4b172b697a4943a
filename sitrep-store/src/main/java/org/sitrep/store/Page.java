package org.sitrep.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One page of rows, how many it holds, and the cursor of the next page (null on the last).
 *
 * @param <T> the row type
 */
@JsonPropertyOrder({"items", "count", "next_cursor"})
public record Page<T>(List<T> items, String nextCursor) {
  public Page {
    items = List.copyOf(items);
  }

  /** The number of rows on this page. */
  @JsonProperty("count")
  public int count() {
    return items.size();
  }
}
