package org.sitrep.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sitrep.core.json.Json;

/** Short synthetic news items (two or three sentences) written for these tests; the same seed, the same items. */
final class ShortNews {
  private static final String[][] PLACES = {{"Kenya", "Nairobi", "Kenyan"}, {"Peru", "Lima", "Peruvian"},
      {"Ukraine", "Kharkiv", "Ukrainian"}, {"Nigeria", "Maiduguri", "Nigerian"}, {"Iraq", "Mosul", "Iraqi"},
      {"Sudan", "Khartoum", "Sudanese"}, {"Colombia", "Cali", "Colombian"}, {"Mali", "Gao", "Malian"}};
  private static final String[] PEOPLE = {"Amina Bello", "Carlos Ortega", "Olena Petrenko", "Tariq Rahman",
      "Grace Wanjiru", "Luis Quispe", "Fatima Diallo", "Samuel Haile"};
  private static final String[] TEMPLATES = {
      "Gunmen attacked a police station in %2$s on %4$s, killing %5$d officers, the %3$s interior ministry said."
          + " \"We will find those responsible,\" %6$s told reporters.",
      "Thousands of people protested in %2$s on %4$s against rising fuel prices. Police arrested %5$d"
          + " demonstrators, according to %6$s, a spokesman for the city's police.",
      "The government of %1$s and rebel leaders agreed to a ceasefire on %4$s after talks in %2$s."
          + " %6$s said the agreement would allow aid to reach about %5$d,000 people.",
      "Floods displaced more than %5$d families near %2$s this week, the %3$s Red Cross said on %4$s."
          + " Aid agencies asked for tents and clean water.",
      "%6$s, the %3$s foreign minister, met his counterparts in %2$s on %4$s to discuss border security."
          + " The talks will resume next month.",
      "Soldiers shelled positions held by militants outside %2$s on %4$s. At least %5$d people were injured,"
          + " hospital officials said.",
  };

  private ShortNews() {
  }

  /** {@code n} JSONL lines; every 7th has no date, every 50th is broken JSON. */
  static List<String> jsonl(int n, long seed, String idPrefix) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i % 50 == 49) {
        out.add("{\"id\": \"" + idPrefix + i + "\", \"text\": \"unterminated");
        continue;
      }
      LocalDate d = LocalDate.of(2021, 3, 1).plusDays(r.nextInt(40));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", idPrefix + i);
      m.put("text", text(r, d));
      if (i % 7 != 3) {
        m.put("date", d.toString());
      }
      m.put("source", "Outlet " + (char) ('A' + r.nextInt(5)));
      out.add(Json.line(m));
    }
    return out;
  }

  static String text(Random r, LocalDate d) {
    String[] p = PLACES[r.nextInt(PLACES.length)];
    String day = d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    return String.format(TEMPLATES[r.nextInt(TEMPLATES.length)], p[0], p[1], p[2], day, 2 + r.nextInt(60),
        PEOPLE[r.nextInt(PEOPLE.length)]);
  }
}
