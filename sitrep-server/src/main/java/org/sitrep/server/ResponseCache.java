package org.sitrep.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small LRU of JSON responses, bounded in entries and characters. Keys start with the store's generation,
 * so entries from before a write are never served again (and age out). Thread-safe.
 */
final class ResponseCache {
  private final int maxEntries;
  private final long maxChars;
  private final LinkedHashMap<String, String> map = new LinkedHashMap<>(64, 0.75f, true);
  private long chars;

  ResponseCache(int maxEntries, long maxChars) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
  }

  synchronized String get(String key) {
    return maxEntries == 0 ? null : map.get(key);
  }

  synchronized void put(String key, String value) {
    if (maxEntries == 0 || value.length() > maxChars / 8) {
      return;
    }
    String old = map.put(key, value);
    chars += value.length() - (old == null ? 0 : old.length());
    Iterator<Map.Entry<String, String>> it = map.entrySet().iterator();
    while ((map.size() > maxEntries || chars > maxChars) && it.hasNext()) {
      Map.Entry<String, String> e = it.next();
      chars -= e.getValue().length();
      it.remove();
    }
  }
}
