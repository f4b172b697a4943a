package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.ActorCode;

/**
 * Reads a country and a sector from a stretch of tokens ("Turkey's President", "Syrian government forces",
 * "spokesman for the Syrian Observatory"): country names, demonyms, capitals and organisations from
 * {@link ActorLexicon}; the sector of the head word, else of the organisation, else of the nearest modifier.
 */
final class ActorReader {
  private static final Set<String> WEAK_SECTOR_WORDS = Set.of("leader", "official", "state", "authority");

  private ActorReader() {
  }

  /** What a stretch of tokens says: the country (or null), sector (or null), whether a capital gave the country. */
  record Reading(String country, String sector, boolean fromCapital, String orgSector) {
    ActorCode code() {
      return country == null && sector == null ? null : new ActorCode(country, sector);
    }
  }

  /**
   * Reads tokens [from, to) of {@code tokens}; {@code head} (may be -1) is the head word, whose sector wins.
   */
  static Reading read(List<Token> tokens, int from, int to, int head) {
    ActorLexicon lex = ActorLexicon.get();
    String country = null;
    boolean fromCapital = false;
    String orgCountry = null;
    String orgSector = null;
    int countryAt = -1;
    int orgAt = -1;
    String headSector = null;
    String strongSector = null;
    String weakSector = null;
    int max = Math.min(lex.maxPhraseTokens(), 8);
    int i = from;
    while (i < to) {
      int matched = 0;
      // longest match first: organisations, then countries, then capitals, then sector phrases
      for (int len = Math.min(max, to - i); len >= 1 && matched == 0; len--) {
        String surface = surface(tokens, i, i + len);
        ActorCode org = lex.organization(surface);
        if (org != null) {
          orgAt = orgCountry == null ? i : orgAt;
          orgCountry = orgCountry == null ? org.country() : orgCountry;
          orgSector = orgSector == null ? org.sector() : orgSector;
          matched = len;
          break;
        }
        ActorLexicon.Country c = lex.country(surface);
        if (c != null && !(len == 1 && isLowerCaseWord(tokens.get(i).text()))) {
          if (country == null) {
            country = c.code();
            countryAt = i;
          }
          matched = len;
          break;
        }
        c = len <= 3 && Text.startsUpper(tokens.get(i).text()) ? lex.capital(surface) : null;
        if (c != null) {
          if (country == null) {
            country = c.code();
            fromCapital = true;
          }
          matched = len;
          break;
        }
        String sec = lex.sector(lemmas(tokens, i, i + len));
        if (sec == null && len == 1) {
          sec = lex.sector(Text.fold(tokens.get(i).text()));
        }
        if (sec != null) {
          int last = i + len - 1;
          if (head >= i && head <= last) {
            headSector = sec;
          } else if (!"*".equals(sec)) {
            if (WEAK_SECTOR_WORDS.contains(lemma(tokens.get(last)))) {
              weakSector = sec;
            } else {
              strongSector = sec;
            }
          }
          matched = len;
          break;
        }
      }
      i += Math.max(matched, 1);
    }
    String sector;
    if (headSector != null && !"*".equals(headSector) && !WEAK_SECTOR_WORDS.contains(lemma(tokens.get(head)))) {
      sector = headSector;
    } else if (orgSector != null) {
      sector = orgSector;
    } else if (strongSector != null) {
      sector = strongSector;
    } else if (headSector != null && !"*".equals(headSector)) {
      sector = headSector;
    } else {
      sector = weakSector;
    }
    if (country == null) {
      country = orgCountry;
    } else if (orgCountry != null && orgSector != null && "NGO".equals(orgSector) && !"NGO".equals(orgCountry)) {
      country = orgCountry;
    } else if (orgCountry != null && head >= 0 && orgAt < head && countryAt > head) {
      // an organisation before the head is whom the person serves; a country after it is the portfolio:
      // "the U.N. special envoy for Syria" -> UNO
      country = orgCountry;
    }
    return new Reading(country, sector, fromCapital && orgCountry == null, orgSector);
  }

  private static boolean isLowerCaseWord(String s) {
    return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
  }



  static String surface(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      String t = tokens.get(i).text();
      if (i > from && !(t.equals("-") || i > 0 && tokens.get(i - 1).text().equals("-")
          || tokens.get(i - 1).span().end() == tokens.get(i).span().start() && !(t.isEmpty() || Character.isLetterOrDigit(t.charAt(0))))) {
        sb.append(' ');
      }
      sb.append(t);
    }
    return sb.toString();
  }

  static String lemmas(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(lemma(tokens.get(i)));
    }
    return sb.toString();
  }

  static String lemma(Token t) {
    return Text.fold(t.lemma() != null ? t.lemma() : t.text());
  }
}
