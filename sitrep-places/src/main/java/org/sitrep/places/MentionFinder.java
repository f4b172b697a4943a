package org.sitrep.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;
import org.sitrep.places.Gazetteer.Hit;
import org.sitrep.places.Gazetteer.Match;
import org.sitrep.places.PlaceMention.Cue;

/**
 * Finds place mentions in an analysed document: NER mentions of the place classes, plus capitalised
 * proper-noun spans NER left unlabelled that the gazetteer knows as a country, a division or a sizeable
 * town. Demonyms (NER class NATIONALITY, adjectives) are never places. Reads the cue words around each
 * name, "X, Y" parent constraints, and marks metonyms: a place that is the subject of an agentive verb
 * ("Ankara said", "Moscow supports") or a party to talks ("talks between Ankara and Moscow").
 */
final class MentionFinder {
  private static final MentionWords WORDS = MentionWords.DEFAULT;
  /** Minimum population for a town found by look-up alone (NER missed it). */
  static final long LOOKUP_MIN_POPULATION = 20_000;

  private final Gazetteer gazetteer;

  MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<PlaceMention> find(Document doc) {
    String text = doc.text();
    List<Token> tokens = doc.list(Layers.TOKENS);
    List<Mention> ner = doc.list(Layers.ENTITY_MENTIONS);
    List<PlaceMention> out = new ArrayList<>();
    boolean[] covered = new boolean[tokens.size()];
    for (Mention m : ner) {
      boolean afterLocative = m.tokens().start() > 0 && m.tokens().size() == 1
          && WORDS.locativeCues().contains(Names.lower(tokens.get(m.tokens().start() - 1).text()));
      for (int t = m.tokens().start(); t < m.tokens().end() && t < covered.length; t++) {
        if (!m.type().equals("MISC") && !(afterLocative && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION")))) {
          covered[t] = true; // "in Saraqeb" tagged PERSON is still looked up
        }
      }
      if (!Token.PLACE_NER.contains(m.type()) || m.tokens().size() == 0) {
        continue;
      }
      PlaceMention pm = fromTokens(text, tokens, m.tokens().start(), m.tokens().end(), m.type());
      if (pm != null && !pm.text().contains(" ") && WORDS.generic().contains(Names.fold(pm.text()))) {
        continue; // "the West", "the Gulf": not one place
      }
      if (pm == null || shortCode(pm.text()) && gazetteer.lookupExact(pm.text()).stream().noneMatch(h -> h.entry().isCountry())) {
        continue; // "EU", "UN": only country codes are places
      }
      if (gazetteer.lookup(pm.text()).isEmpty() && pm.head() > m.tokens().start()) {
        // "Greece Italy", "Manila Cathedral": the known names inside an unknown span
        List<PlaceMention> parts = subSpans(text, tokens, m.tokens().start(), pm.head() + 1, m.type());
        if (acceptParts(parts, tokens, m.tokens().start(), pm.head() + 1)) {
          out.addAll(parts);
          continue;
        }
      }
      out.add(pm);
    }
    out.addAll(lookupMissed(text, tokens, doc.list(Layers.SENTENCES), covered));
    out.sort(Comparator.comparing(PlaceMention::span));
    List<PlaceMention> withCues = new ArrayList<>(out.size());
    for (PlaceMention m : out) {
      withCues.add(cue(m, tokens));
    }
    List<PlaceMention> withParents = parents(withCues, tokens);
    return metonyms(withParents, tokens, doc.getOr(Layers.DEPENDENCIES, List.of()));
  }

  /** A mention over tokens [from, to), with a cue word inside it ("Idlib province") split off. */
  private PlaceMention fromTokens(String text, List<Token> tokens, int from, int to, String type) {
    Cue cue = Cue.NONE;
    while (to - from > 1) {
      String last = Names.lower(tokens.get(to - 1).text());
      if (WORDS.divisions().contains(last)) {
        cue = Cue.DIVISION;
      } else if (last.equals("countryside")) {
        cue = Cue.COUNTRYSIDE;
      } else if (last.equals("city") && !tokens.get(to - 1).text().equals("City")) {
        cue = Cue.SETTLEMENT;
      } else {
        break;
      }
      to--;
    }
    while (to - from > 1) {
      String first = Names.lower(tokens.get(from).text());
      if (first.equals("the")) {
        from++;
      } else if (WORDS.directions().contains(first) && (!Character.isUpperCase(tokens.get(from).text().charAt(0))
          || gazetteer.lookupExact(new CharSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end()).of(text))
          .isEmpty() && !gazetteer.lookupExact(new CharSpan(tokens.get(from + 1).span().start(),
          tokens.get(to - 1).span().end()).of(text)).isEmpty())) {
        cue = Cue.DIRECTION;
        from++;
      } else {
        break;
      }
    }
    CharSpan span = new CharSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    String name = span.of(text);
    if (name.isBlank()) {
      return null;
    }
    return new PlaceMention(name, span, to - 1, type, cue, -1, false);
  }

  /** Capitalised proper-noun runs outside NER mentions that the gazetteer knows well enough. */
  private List<PlaceMention> lookupMissed(String text, List<Token> tokens, List<Sentence> sentences, boolean[] covered) {
    List<PlaceMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      int i = s.tokens().start();
      int end = Math.min(s.tokens().end(), tokens.size());
      while (i < end) {
        if (!candidateToken(tokens.get(i), covered[i], i == s.tokens().start())) {
          i++;
          continue;
        }
        boolean locative = i > 0 && WORDS.locativeCues().contains(Names.lower(tokens.get(i - 1).text()));
        int j = i;
        while (j < end && j - i < 4 && candidateToken(tokens.get(j), covered[j], false)) {
          j++;
        }
        int matched = -1;
        for (int k = j; k > i && matched < 0; k--) {
          String name = new CharSpan(tokens.get(i).span().start(), tokens.get(k - 1).span().end()).of(text);
          if (strong(gazetteer.lookupExact(name), locative ? 1 : 5)) {
            out.add(new PlaceMention(name, new CharSpan(tokens.get(i).span().start(), tokens.get(k - 1).span().end()),
                k - 1, null, Cue.NONE, -1, false));
            matched = k;
          }
        }
        i = matched > 0 ? matched : i + 1;
      }
    }
    return out;
  }

  private List<PlaceMention> subSpans(String text, List<Token> tokens, int from, int to, String type) {
    List<PlaceMention> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int matched = -1;
      for (int k = Math.min(to, i + 4); k > i && matched < 0; k--) {
        CharSpan span = new CharSpan(tokens.get(i).span().start(), tokens.get(k - 1).span().end());
        String name = span.of(text);
        if (Character.isUpperCase(name.charAt(0)) && strong(gazetteer.lookupExact(name), 5)) {
          out.add(new PlaceMention(name, span, k - 1, type, Cue.NONE, -1, false));
          matched = k;
        }
      }
      i = matched > 0 ? matched : i + 1;
    }
    return out;
  }

  /** "Greece Italy" (names cover every token) or "Manila Cathedral" (a name, then facility words). */
  private static boolean acceptParts(List<PlaceMention> parts, List<Token> tokens, int from, int to) {
    if (parts.isEmpty() || parts.get(0).span().start() != tokens.get(from).span().start()) {
      return false;
    }
    int coveredUpTo = parts.get(parts.size() - 1).head() + 1;
    for (int t = from; t < to; t++) {
      int tt = t;
      boolean inPart = parts.stream().anyMatch(p -> p.span().start() <= tokens.get(tt).span().start()
          && tokens.get(tt).span().end() <= p.span().end());
      if (!inPart && !(t >= coveredUpTo && WORDS.facilities().contains(Names.lower(tokens.get(t).text())))) {
        return false;
      }
    }
    return true;
  }

  static boolean shortCode(String s) {
    String letters = s.replace(".", "");
    return letters.length() <= 3 && letters.chars().allMatch(Character::isUpperCase);
  }

  private static boolean candidateToken(Token t, boolean covered, boolean sentenceStart) {
    if (covered || t.pos() == null || !t.pos().startsWith("NNP") || t.text().length() < 2) {
      return false;
    }
    if (t.ner() != null && !t.ner().equals("O") && !t.ner().equals("MISC") && !Token.PLACE_NER.contains(t.ner())) {
      return false; // dates ("March"), people, organisations, demonyms
    }
    if (!Character.isUpperCase(t.text().charAt(0))) {
      return false;
    }
    return !(sentenceStart && t.text().length() < 4);
  }

  /** A country, a division, or a town of some size ({@code altFactor} times more when only an alternate name matches). */
  private static boolean strong(List<Hit> hits, int altFactor) {
    for (Hit h : hits) {
      GazetteerEntry e = h.entry();
      if (WORDS.generic().contains(Names.fold(e.name())) || h.match() != Match.NAME && !e.isCountry()
          && hits.stream().anyMatch(x -> WORDS.generic().contains(Names.fold(x.entry().name())))) {
        continue;
      }
      if (h.match() == Match.NAME && (e.isCountry() || e.isAdmin1())) {
        return true;
      }
      if (e.isCountry() && h.match() == Match.ALT_NAME && e.name().length() > 3) {
        return true;
      }
      if (!e.isAdministrative() && e.population() >= LOOKUP_MIN_POPULATION * (h.match() == Match.NAME ? 1 : altFactor)) {
        return true;
      }
    }
    return false;
  }

  /** Cue words just before or after the name. */
  private static PlaceMention cue(PlaceMention m, List<Token> tokens) {
    if (m.cue() != Cue.NONE || m.head() < 0) {
      return m;
    }
    int first = m.head();
    while (first > 0 && tokens.get(first - 1).span().end() > m.span().start()) {
      first--;
    }
    String next = m.head() + 1 < tokens.size() ? Names.lower(tokens.get(m.head() + 1).text()) : "";
    String prev = first > 0 ? Names.lower(tokens.get(first - 1).text()) : "";
    String prev2 = first > 1 ? Names.lower(tokens.get(first - 2).text()) : "";
    if (WORDS.divisions().contains(next) || (prev.equals("of") && WORDS.divisions().contains(prev2))) {
      return m.withCue(Cue.DIVISION);
    }
    if (WORDS.countryside().contains(next) || prev.equals("rural") || (prev.equals("of") && WORDS.countryside().contains(prev2))) {
      return m.withCue(Cue.COUNTRYSIDE);
    }
    if (WORDS.settlements().contains(next) && !next.equals("capital")
        || (prev.equals("of") && WORDS.settlements().contains(prev2) && !prev2.equals("capital"))) {
      return m.withCue(Cue.SETTLEMENT);
    }
    if (WORDS.directions().contains(prev) && first > 0 && !Character.isUpperCase(tokens.get(first - 1).text().charAt(0))) {
      return m.withCue(Cue.DIRECTION);
    }
    return m;
  }

  /** "X, Y" where Y closes the phrase (not a list "X, Y, Z" or "X, Y and Z"): X lies inside Y. */
  private static List<PlaceMention> parents(List<PlaceMention> ms, List<Token> tokens) {
    List<PlaceMention> out = new ArrayList<>(ms);
    for (int i = 0; i + 1 < ms.size(); i++) {
      PlaceMention x = ms.get(i);
      PlaceMention y = ms.get(i + 1);
      if (x.head() < 0 || y.head() < 0 || x.head() + 2 >= tokens.size()) {
        continue;
      }
      Token comma = tokens.get(x.head() + 1);
      Token yFirst = tokens.get(x.head() + 2);
      if (!comma.text().equals(",") || yFirst.span().start() != y.span().start()) {
        continue;
      }
      String after = y.head() + 1 < tokens.size() ? tokens.get(y.head() + 1).text() : ".";
      boolean listAfter = after.equals("and") || after.equals("or")
          || (after.equals(",") && i + 2 < ms.size() && y.head() + 2 < tokens.size()
          && tokens.get(y.head() + 2).span().start() == ms.get(i + 2).span().start());
      boolean listBefore = i > 0 && ms.get(i - 1).head() >= 0 && ms.get(i - 1).head() + 2 < tokens.size()
          && tokens.get(ms.get(i - 1).head() + 1).text().equals(",")
          && tokens.get(ms.get(i - 1).head() + 2).span().start() == x.span().start();
      if (!listAfter && !listBefore) {
        out.set(i, x.withParent(i + 1));
      }
    }
    return out;
  }

  private static List<PlaceMention> metonyms(List<PlaceMention> ms, List<Token> tokens, List<List<Dependency>> deps) {
    if (deps.isEmpty()) {
      return ms;
    }
    Map<Integer, List<Dependency>> byDependent = new java.util.HashMap<>();
    Map<Integer, List<Dependency>> byGovernor = new java.util.HashMap<>();
    for (List<Dependency> sent : deps) {
      for (Dependency d : sent) {
        byDependent.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
        byGovernor.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
      }
    }
    boolean[] metonym = new boolean[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      metonym[i] = metonymic(ms.get(i).head(), tokens, byDependent, byGovernor);
    }
    // "talks between Ankara and Moscow", "Ankara and Moscow said": conjuncts share the reading
    for (int i = 0; i < ms.size(); i++) {
      int h = ms.get(i).head();
      for (Dependency d : byDependent.getOrDefault(h, List.of())) {
        if (d.relation().startsWith("conj")) {
          for (int j = 0; j < ms.size(); j++) {
            if (ms.get(j).head() == d.governor() && metonym[j]) {
              metonym[i] = true;
            }
          }
        }
      }
    }
    List<PlaceMention> out = new ArrayList<>(ms.size());
    for (int i = 0; i < ms.size(); i++) {
      out.add(metonym[i] ? ms.get(i).withMetonym(true) : ms.get(i));
    }
    return out;
  }

  private static boolean metonymic(int head, List<Token> tokens, Map<Integer, List<Dependency>> byDependent,
                                   Map<Integer, List<Dependency>> byGovernor) {
    if (head < 0) {
      return false;
    }
    for (Dependency d : byDependent.getOrDefault(head, List.of())) {
      String rel = d.relation();
      if (d.governor() < 0 || d.governor() >= tokens.size()) {
        continue;
      }
      Token gov = tokens.get(d.governor());
      String lemma = gov.lemma() == null ? Names.lower(gov.text()) : Names.lower(gov.lemma());
      if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj")) && gov.isVerb() && !WORDS.notAgentive().contains(lemma)) {
        return true;
      }
      if (rel.startsWith("nmod") || rel.startsWith("obl")) {
        boolean partyCase = byGovernor.getOrDefault(head, List.of()).stream()
            .anyMatch(c -> c.relation().equals("case") && WORDS.partyCases().contains(Names.lower(tokens.get(c.dependent()).text())));
        if (partyCase && WORDS.partyNouns().contains(lemma)) {
          return true;
        }
      }
    }
    return false;
  }
}
