package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Keyset cursors: the sort key of the last row of a page, opaque to clients (URL-safe Base64). */
final class Cursors {
  private Cursors() {
  }

  static String encode(String sortKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("cursor", "cursor=" + cursor + " is not a cursor this API gave out; use the next_cursor"
          + " of the previous page, or leave cursor out for the first page");
    }
  }
}
