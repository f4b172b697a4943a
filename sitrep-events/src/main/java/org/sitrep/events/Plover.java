package org.sitrep.events;

import java.util.Map;
import java.util.Set;

/**
 * PLOVER 0.8 facts: the 16 categories, their quad class and scores, and the scores of their modes
 * (openeventdata/PLOVER manual, CC BY-SA 4.0). Two settled quirks: SANCTION is material conflict (quad 4,
 * as in its own section; the numeric table's 3 is taken as a slip) and ACCUSE's base score is -3 (the
 * manual prints +3 while every ACCUSE mode is negative).
 */
public final class Plover {
  public static final Set<String> CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  private static final Map<String, Integer> QUAD = Map.ofEntries(
      Map.entry("AGREE", 1), Map.entry("CONSULT", 1), Map.entry("SUPPORT", 1), Map.entry("CONCEDE", 1),
      Map.entry("COOPERATE", 2), Map.entry("AID", 2), Map.entry("RETREAT", 2),
      Map.entry("REQUEST", 3), Map.entry("ACCUSE", 3), Map.entry("REJECT", 3), Map.entry("THREATEN", 3),
      Map.entry("PROTEST", 4), Map.entry("SANCTION", 4), Map.entry("MOBILIZE", 4), Map.entry("COERCE", 4),
      Map.entry("ASSAULT", 4));

  private static final Map<String, Double> SCORE = Map.ofEntries(
      Map.entry("AGREE", 2.5), Map.entry("CONSULT", 2.5), Map.entry("SUPPORT", 5.0), Map.entry("CONCEDE", 4.5),
      Map.entry("COOPERATE", 9.5), Map.entry("AID", 10.0), Map.entry("RETREAT", 6.5), Map.entry("REQUEST", 0.0),
      Map.entry("ACCUSE", -3.0), Map.entry("REJECT", -2.0), Map.entry("THREATEN", -3.5), Map.entry("PROTEST", -5.0),
      Map.entry("SANCTION", -6.0), Map.entry("MOBILIZE", -5.5), Map.entry("COERCE", -7.0), Map.entry("ASSAULT", -9.0));

  private static final Map<String, Double> MODE_SCORE = Map.ofEntries(
      Map.entry("CONSULT/visit", 4.0), Map.entry("CONSULT/third-party", 1.0), Map.entry("CONSULT/multilateral", 4.0),
      Map.entry("CONSULT/phone", 1.5),
      Map.entry("RETREAT/withdraw", 8.0), Map.entry("RETREAT/release", 6.5), Map.entry("RETREAT/disarm", 10.0),
      Map.entry("RETREAT/ceasefire", 7.5), Map.entry("RETREAT/access", 6.5), Map.entry("RETREAT/resign", 4.5),
      Map.entry("REQUEST/assist", 0.5), Map.entry("REQUEST/change", -1.0), Map.entry("REQUEST/yield", -1.0),
      Map.entry("REQUEST/meet", 0.0),
      Map.entry("ACCUSE/disapprove", -2.0), Map.entry("ACCUSE/investigate", -3.5), Map.entry("ACCUSE/allege", -3.5),
      Map.entry("REJECT/assist", -1.5), Map.entry("REJECT/change", -2.0), Map.entry("REJECT/yield", -2.0),
      Map.entry("REJECT/meet", -2.0),
      Map.entry("THREATEN/restrict", -3.0), Map.entry("THREATEN/arrest", -3.5), Map.entry("THREATEN/relations", -3.5),
      Map.entry("THREATEN/expel", -3.5), Map.entry("THREATEN/territory", -4.0), Map.entry("THREATEN/violence", -3.5),
      Map.entry("PROTEST/demo", -5.0), Map.entry("PROTEST/riot", -7.0), Map.entry("PROTEST/strike", -5.0),
      Map.entry("PROTEST/hunger", -4.5), Map.entry("PROTEST/boycott", -4.5), Map.entry("PROTEST/obstruct", -4.5),
      Map.entry("SANCTION/convict", -6.0), Map.entry("SANCTION/expel", -5.5), Map.entry("SANCTION/withdraw", -6.0),
      Map.entry("SANCTION/discontinue", -6.0),
      Map.entry("MOBILIZE/troops", -6.5), Map.entry("MOBILIZE/weapons", -6.5), Map.entry("MOBILIZE/police", -5.5),
      Map.entry("MOBILIZE/militia", -6.0),
      Map.entry("COERCE/seize", -7.0), Map.entry("COERCE/restrict", -7.0), Map.entry("COERCE/censor", -6.5),
      Map.entry("COERCE/curfew", -6.5), Map.entry("COERCE/martial-law", -7.5), Map.entry("COERCE/arrest", -7.0),
      Map.entry("COERCE/deport", -7.0), Map.entry("COERCE/withhold", -7.0), Map.entry("COERCE/misinformation", -6.5),
      Map.entry("COERCE/cyber", -7.0),
      Map.entry("ASSAULT/abduct", -8.5), Map.entry("ASSAULT/beat", -7.5), Map.entry("ASSAULT/torture", -8.5),
      Map.entry("ASSAULT/sexual", -8.5), Map.entry("ASSAULT/targeted", -9.5), Map.entry("ASSAULT/destroy", -8.5),
      Map.entry("ASSAULT/primitive", -8.0), Map.entry("ASSAULT/firearms", -9.0), Map.entry("ASSAULT/explosives", -9.0),
      Map.entry("ASSAULT/suicide-attack", -9.5), Map.entry("ASSAULT/aerial", -9.5), Map.entry("ASSAULT/drone", -9.5),
      Map.entry("ASSAULT/heavy-weapons", -9.5), Map.entry("ASSAULT/crowd-control", -7.5),
      Map.entry("ASSAULT/unconventional", -10.0));

  private Plover() {
  }

  public static int quad(String category) {
    Integer q = QUAD.get(category);
    if (q == null) {
      throw new IllegalArgumentException("not a PLOVER 0.8 category: '" + category + "' (one of " + CATEGORIES + ")");
    }
    return q;
  }

  /** Whether {@code mode} is a mode of {@code category} (PLOVER's, or one this project documents). */
  public static boolean hasMode(String category, String mode) {
    return MODE_SCORE.containsKey(category + "/" + mode);
  }

  /** The PLOVER score of a category and mode (the mode's where it has one), -10..10. */
  public static double intensity(String category, String mode) {
    if (mode != null) {
      Double m = MODE_SCORE.get(category + "/" + mode);
      if (m != null) {
        return m;
      }
    }
    Double s = SCORE.get(category);
    if (s == null) {
      throw new IllegalArgumentException("not a PLOVER 0.8 category: '" + category + "' (one of " + CATEGORIES + ")");
    }
    return s;
  }
}
