package org.sitrep.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.places.Gazetteer.Hit;
import org.sitrep.places.Gazetteer.Match;
import org.sitrep.places.PlaceMention.Cue;

/**
 * Resolves an article's place mentions together. Each candidate gets a prior (countries, then
 * first-level divisions, then towns by population, with capitals and division seats raised; the
 * number of alternate names stands in where GeoNames has no population), adjusted by how the name
 * matched, the NER class, the cue words around it, and the article's other places (same country, same
 * division, within 200 km). Parent constraints ("Paris, Texas") filter candidates. Two rounds: the
 * second uses the first's choices as context. Pure function of its input; deterministic.
 */
public final class PlaceResolver {
  /** The resolution of one mention: the chosen entry (null when the gazetteer has none) and its score. */
  public record Resolution(PlaceMention mention, GazetteerEntry entry, double score, int candidates) {
  }

  static final double COUNTRY_PRIOR = 24;
  static final double ADMIN1_PRIOR = 15;
  static final double ADMIN2_PRIOR = 8;
  static final double CONTINENT_PRIOR = 19;
  static final double REGION_PRIOR = 13;
  static final double BIG_CITY = 300_000;

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<Resolution> resolve(List<PlaceMention> mentions) {
    int n = mentions.size();
    List<List<Hit>> cands = new ArrayList<>(n);
    String[] keys = new String[n];
    for (PlaceMention m : mentions) {
      cands.add(gazetteer.lookup(m.text()));
      keys[cands.size() - 1] = Names.fold(m.text());
    }
    GazetteerEntry[] choice = new GazetteerEntry[n];
    double[] score = new double[n];
    for (int round = 0; round < 3; round++) {
      GazetteerEntry[] next = new GazetteerEntry[n];
      // parents first, so "X, Y" sees Y's choice of this round
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Boolean.compare(!isParent(mentions, a), !isParent(mentions, b)));
      for (int i : order) {
        PlaceMention m = mentions.get(i);
        List<Hit> hs = cands.get(i);
        GazetteerEntry parent = m.parent() >= 0 ? (next[m.parent()] != null ? next[m.parent()] : choice[m.parent()])
            : null;
        if (parent != null) {
          List<Hit> inside = hs.stream().filter(h -> inside(h.entry(), parent)).toList();
          if (!inside.isEmpty()) {
            hs = inside;
          }
        }
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Hit h : hs) {
          double s = prior(h, hs, m) + (round == 0 ? 0 : context(h.entry(), i, keys, choice));
          if (s > bestScore || (s == bestScore && best != null && h.entry().index() < best.index())) {
            best = h.entry();
            bestScore = s;
          }
        }
        next[i] = best;
        score[i] = best == null ? 0 : bestScore;
      }
      choice = next;
    }
    List<Resolution> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      GazetteerEntry e = choice[i];
      if (e != null && matchOf(cands.get(i), e) == Match.SKELETON && context(e, i, keys, choice) < 2.5) {
        e = null; // a spelling variant far from everything else the article names is more likely another place
      }
      out.add(new Resolution(mentions.get(i), e, e == null ? 0 : score[i], cands.get(i).size()));
    }
    return out;
  }

  private static Match matchOf(List<Hit> hits, GazetteerEntry e) {
    for (Hit h : hits) {
      if (h.entry() == e) {
        return h.match();
      }
    }
    return Match.NAME;
  }

  private static boolean isParent(List<PlaceMention> ms, int i) {
    for (PlaceMention m : ms) {
      if (m.parent() == i) {
        return true;
      }
    }
    return false;
  }

  static boolean inside(GazetteerEntry e, GazetteerEntry parent) {
    if (e == parent) {
      return false;
    }
    if (parent.isCountry()) {
      return e.countryCode().equals(parent.countryCode()) && !e.isCountry();
    }
    if (parent.isAdmin1()) {
      return e.countryCode().equals(parent.countryCode()) && e.admin1().equals(parent.admin1()) && !e.isAdministrative();
    }
    return !e.isAdministrative() && e.km(parent) < 60;
  }

  /** The context-free score of a candidate. */
  double prior(Hit h, List<Hit> all, PlaceMention m) {
    GazetteerEntry e = h.entry();
    double s;
    if (e.isCountry()) {
      s = COUNTRY_PRIOR;
    } else if (e.isAdmin1()) {
      s = ADMIN1_PRIOR;
    } else if (e.featureCode().equals("ADM2")) {
      s = ADMIN2_PRIOR;
    } else if (e.featureCode().equals("CONT")) {
      s = CONTINENT_PRIOR;
    } else if (e.featureCode().equals("RGN")) {
      s = REGION_PRIOR;
    } else {
      s = e.population() > 0 ? Math.log(e.population() + 1) : Math.min(9, Math.log(1 + 30.0 * e.altNames().size()));
      s += switch (e.featureCode()) {
        case "PPLC" -> 2.5;
        case "PPLA", "PPLG" -> 1.5;
        case "PPLA2" -> 0.5;
        case "PPLX" -> -1;
        case "PPLH", "PPLQ", "PPLW" -> -4;
        default -> 0;
      };
      boolean seat = h.match() == Match.NAME && e.isSeat();
      boolean big = h.match() != Match.SKELETON && e.population() >= BIG_CITY;
      if (seat || big) {
        // a city beats its own division of the same name (Idlib, Ankara), and a big city any division of
        // its name (New York), unless a cue says otherwise
        for (Hit o : all) {
          if (o.entry().isAdmin1() && o.entry().countryCode().equals(e.countryCode())
              && (big || o.entry().admin1().equals(e.admin1()))) {
            s += 5;
            break;
          }
        }
      }
    }
    s += switch (h.match()) {
      case NAME -> 0;
      case ALT_NAME -> -1;
      case SKELETON -> -3;
    };
    String t = m.nerType();
    if (t != null) {
      if (t.equals("COUNTRY") && e.isCountry()) {
        s += 4;
      } else if (t.equals("STATE_OR_PROVINCE") && e.isAdmin1()) {
        s += 2;
      } else if (t.equals("CITY") && !e.isAdministrative()) {
        s += 2;
      }
    }
    s += switch (m.cue()) {
      case DIVISION -> e.isAdministrative() && !e.isCountry() ? 8 : -6;
      case COUNTRYSIDE -> e.isAdmin1() ? 8 : 0;
      case DIRECTION -> e.isAdministrative() ? 3 : 0;
      case SETTLEMENT -> e.isAdministrative() ? -8 : 4;
      case NONE -> 0;
    };
    return s;
  }

  /** Support from the article's other places (other names than this mention's). */
  static double context(GazetteerEntry e, int self, String[] keys, GazetteerEntry[] choice) {
    double sameCountry = 0;
    double sameAdmin1 = 0;
    double near = 0;
    double sameLevel = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int j = 0; j < choice.length; j++) {
      GazetteerEntry o = choice[j];
      if (j == self || o == null || keys[j].equals(keys[self]) || !seen.add(keys[j])) {
        continue;
      }
      if (o.countryCode().equals(e.countryCode())) {
        sameCountry += 2.5;
        if (e.isAdmin1() && o.isAdmin1()) {
          sameLevel += 1.5; // "Washington" among other states is the state
        }
        if (!e.isCountry() && !o.isCountry() && !o.admin1().isEmpty() && o.admin1().equals(e.admin1())) {
          sameAdmin1 += 2;
        }
      }
      if (!e.isCountry() && !o.isCountry() && e.km(o) < 200) {
        near += 1.5;
      }
    }
    return Math.min(sameCountry, 7.5) + Math.min(sameAdmin1, 4) + Math.min(near, 3) + Math.min(sameLevel, 4.5);
  }
}
