package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.EntityRecord;

/**
 * Within-article entity resolution over the NER mentions: person names are grouped ("Recep Tayyip
 * Erdoğan", "Erdoğan", "Erdogan", "Mr. Erdogan": one person, canonical = the longest full form),
 * organisation acronyms join their long forms ("Turkish Armed Forces (TSK)"), and each group gets an
 * actor code read from titles, nationalities, possessives and appositions around any of its mentions.
 */
final class Entities {
  static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "NATIONALITY", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "LOCATION", "RELIGION", "IDEOLOGY", "MISC");
  private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
      "sir", "gen.", "gen", "col.", "lt.", "sgt.", "maj.", "capt.", "adm.", "sen.", "rep.", "gov.", "pres.",
      "prof.", "rev.", "sheikh", "president", "minister", "premier", "king", "queen");
  private static final Set<String> PREMOD_NER = Set.of("TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION",
      "LOCATION", "CITY", "STATE_OR_PROVINCE", "MISC");
  private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
  private static final Set<String> PREMOD_POS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "POS", "HYPH");

  private Entities() {
  }

  /** One group of mentions of the same entity. */
  static final class Group {
    final String type;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> nameTokens = new LinkedHashSet<>();
    String canonical;
    int canonicalLength;
    ActorCode actor;

    Group(String type) {
      this.type = type;
    }
  }

  static List<EntityRecord> resolve(Document doc, Parse parse) {
    List<Mention> mentions = new ArrayList<>();
    Set<String> placeNames = new java.util.HashSet<>();
    for (org.sitrep.core.model.PlaceRecord p : doc.list(Layers.PLACES)) {
      placeNames.add(Text.fold(p.text()));
    }
    for (Mention m : doc.list(Layers.ENTITY_MENTIONS)) {
      if (PLACE_TYPES.contains(m.type())) {
        placeNames.add(Text.fold(m.text()));
      }
    }
    for (Mention m : doc.list(Layers.ENTITY_MENTIONS)) {
      if (TYPES.contains(m.type())) {
        mentions.add(m.type().equals("PERSON")
            ? expandName(withoutLeadingPlace(m, parse.tokens, placeNames, doc.text()), parse.tokens, doc.text()) : m);
      }
    }
    mentions = withTableOrganizations(mentions, parse.tokens, doc.text());
    mentions.sort(Comparator.comparing(Mention::span));
    Map<Mention, Group> groups = new HashMap<>();
    groupPersons(mentions, parse.tokens, groups);
    // NER sometimes tags a known person's surname MISC or ORGANIZATION ("Erdoğan" as MISC): join the person
    for (Mention m : mentions) {
      if ((m.type().equals("MISC") || m.type().equals("ORGANIZATION") || m.type().equals("LOCATION"))
          && m.tokens().size() <= 2) {
        List<String> names = nameTokens(m, parse.tokens);
        Group match = null;
        for (Group g : new java.util.LinkedHashSet<>(groups.values())) {
          List<String> gl = new ArrayList<>(g.nameTokens);
          if (!names.isEmpty() && g.type.equals("PERSON") && g.nameTokens.containsAll(names)
              && gl.get(gl.size() - 1).equals(names.get(names.size() - 1))) {
            match = g;
            break;
          }
        }
        if (match != null) {
          Mention pm = new Mention(m.tokens(), m.span(), m.text(), "PERSON");
          match.mentions.add(pm);
          groups.put(pm, match);
          mentions.set(mentions.indexOf(m), pm);
        }
      }
    }
    groupOrganizations(mentions, parse.tokens, groups);
    ActorLexicon lex = ActorLexicon.get();
    for (Mention m : mentions) {
      if (groups.containsKey(m)) {
        continue;
      }
      Group g = new Group(m.type());
      g.mentions.add(m);
      g.canonical = m.text();
      ActorLexicon.Country c = lex.country(m.text());
      if (c == null && m.text().toLowerCase(java.util.Locale.ROOT).startsWith("the ")) {
        c = lex.country(m.text().substring(4));
      }
      if (c != null && (m.type().equals("COUNTRY") || m.type().equals("NATIONALITY") || m.type().equals("LOCATION")
          || m.type().equals("MISC"))) {
        g.canonical = c.name();
        g.actor = new ActorCode(c.code(), null);
      } else if (m.type().equals("CITY") || m.type().equals("LOCATION") || m.type().equals("STATE_OR_PROVINCE")) {
        ActorLexicon.Country cap = lex.capital(m.text());
        g.actor = cap == null ? null : new ActorCode(cap.code(), null);
      }
      groups.put(m, g);
    }
    // actor codes of person and organisation groups, from every mention's context
    Map<Group, List<ActorCode>> votes = new HashMap<>();
    for (Mention m : mentions) {
      Group g = groups.get(m);
      if (g.type.equals("PERSON") || g.type.equals("ORGANIZATION")) {
        ActorCode own = g.type.equals("ORGANIZATION") ? orgOwnCode(m, parse.tokens) : null;
        ActorCode ctx = context(m, parse);
        ActorCode merged = merge(own, ctx);
        if (merged != null) {
          votes.computeIfAbsent(g, k -> new ArrayList<>()).add(merged);
        }
      }
    }
    for (Map.Entry<Group, List<ActorCode>> e : votes.entrySet()) {
      e.getKey().actor = majority(e.getValue());
    }
    // a person named with a region or city of a country ("Doug Ford, Ontario's provincial leader"): that country
    Map<Integer, org.sitrep.core.model.PlaceRecord> placeByStart = new HashMap<>();
    for (org.sitrep.core.model.PlaceRecord p : doc.list(Layers.PLACES)) {
      placeByStart.putIfAbsent(p.start(), p);
    }
    for (Mention m : mentions) {
      Group g = groups.get(m);
      String c = g.type.equals("PERSON") && (g.actor == null || g.actor.country() == null)
          ? RegionalPlace.country(m, parse, placeByStart) : null;
      if (c != null) {
        g.actor = new ActorCode(c, g.actor == null ? null : g.actor.sector());
      }
    }
    // a known office-holder named with no nationality ("President Bush", "Putin"): the office's country
    for (Group g : new LinkedHashSet<>(groups.values())) {
      if (g.type.equals("PERSON")) {
        g.actor = OfficeHolders.get().complete(g.actor, g.canonical, g.nameTokens);
      }
    }
    List<EntityRecord> out = new ArrayList<>();
    for (Mention m : mentions) {
      Group g = groups.get(m);
      out.add(new EntityRecord(m.text(), m.span().start(), m.span().end(), m.type(), g.canonical, g.actor));
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- persons

  /**
   * A person's name does not begin with the last place of a list: where a heading listing places runs into
   * the sentence after it ("Asia and Europe Smith said ..."), NER tags the last place and the name as one
   * person. A first word that the article names as a place elsewhere, coordinated with a place just before
   * the mention ("Asia and", "Asia,"), is cut off.
   */
  static Mention withoutLeadingPlace(Mention m, List<Token> tokens, Set<String> placeNames, String text) {
    int s = m.tokens().start();
    if (m.tokens().size() < 2 || s < 2 || !placeNames.contains(Text.fold(tokens.get(s).text()))
        || !Text.startsUpper(tokens.get(s + 1).text())) {
      return m;
    }
    Token link = tokens.get(s - 1);
    Token before = tokens.get(s - 2);
    if (!(link.pos().equals("CC") || link.text().equals(",")) || !PLACE_TYPES.contains(before.ner())
        || before.sentence() != tokens.get(s).sentence()) {
      return m;
    }
    s++;
    org.sitrep.core.doc.CharSpan span = new org.sitrep.core.doc.CharSpan(tokens.get(s).span().start(), m.span().end());
    return new Mention(new org.sitrep.core.doc.TokenSpan(s, m.tokens().end()), span, span.of(text), m.type());
  }

  /** "Recep" left out of "Recep Tayyip Erdoğan" by NER: take in capitalised name words just before. */
  static Mention expandName(Mention m, List<Token> tokens, String text) {
    int s = m.tokens().start();
    int sentence = tokens.get(s).sentence();
    ActorLexicon lex = ActorLexicon.get();
    while (s > 0 && m.tokens().start() - s < 3) {
      Token t = tokens.get(s - 1);
      if (t.sentence() != sentence || !"NNP".equals(t.pos()) || !"O".equals(t.ner()) || !Text.startsUpper(t.text())
          || t.text().length() < 2 || lex.sector(t.text()) != null || lex.country(t.text()) != null
          || HONORIFICS.contains(Text.fold(t.text()))) {
        break;
      }
      s--;
    }
    if (s == m.tokens().start()) {
      return m;
    }
    org.sitrep.core.doc.CharSpan span = new org.sitrep.core.doc.CharSpan(tokens.get(s).span().start(), m.span().end());
    return new Mention(new org.sitrep.core.doc.TokenSpan(s, m.tokens().end()), span, span.of(text), m.type());
  }

  private static void groupPersons(List<Mention> mentions, List<Token> tokens, Map<Mention, Group> groups) {
    List<Mention> persons = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type().equals("PERSON")) {
        persons.add(m);
      }
    }
    List<Mention> byLength = new ArrayList<>(persons);
    byLength.sort(Comparator.comparingInt((Mention m) -> -nameTokens(m, tokens).size())
        .thenComparing(Mention::span));
    List<Group> made = new ArrayList<>();
    for (Mention m : byLength) {
      List<String> names = nameTokens(m, tokens);
      if (names.isEmpty()) {
        names = List.of(Text.fold(m.text()));
      }
      Group best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Group g : made) {
        if (!g.nameTokens.containsAll(names)) {
          continue;
        }
        List<String> gl = new ArrayList<>(g.nameTokens);
        boolean lastMatches = gl.get(gl.size() - 1).equals(names.get(names.size() - 1)) || names.size() == 1;
        if (!lastMatches) {
          continue;
        }
        int d = Integer.MAX_VALUE;
        for (Mention o : g.mentions) {
          d = Math.min(d, Math.abs(o.span().start() - m.span().start()));
        }
        if (d < bestDistance) {
          bestDistance = d;
          best = g;
        }
      }
      if (best == null) {
        best = new Group("PERSON");
        best.nameTokens.addAll(names);
        made.add(best);
      }
      best.mentions.add(m);
      String name = nameText(m, tokens);
      int len = names.size();
      if (best.canonical == null || len > best.canonicalLength
          || len == best.canonicalLength && nonAscii(name) > nonAscii(best.canonical)) {
        best.canonical = name;
        best.canonicalLength = len;
      }
      groups.put(m, best);
    }
  }

  private static int nonAscii(String s) {
    int n = 0;
    for (char c : s.toCharArray()) {
      n += c > 127 ? 1 : 0;
    }
    return n;
  }

  private static boolean nameToken(Token t) {
    String f = Text.fold(t.text());
    return !HONORIFICS.contains(f) && !"TITLE".equals(t.ner()) && !Text.isPossessive(t.text())
        && !t.text().isEmpty() && Character.isLetter(t.text().charAt(0));
  }

  static List<String> nameTokens(Mention m, List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
      Token t = tokens.get(i);
      if (nameToken(t)) {
        out.add(Text.fold(t.text()).replace(".", ""));
      }
    }
    return out;
  }

  /** The mention's text without honorifics, titles or a possessive. */
  static String nameText(Mention m, List<Token> tokens) {
    int s = -1;
    int e = -1;
    for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
      if (nameToken(tokens.get(i))) {
        if (s < 0) {
          s = tokens.get(i).span().start();
        }
        e = tokens.get(i).span().end();
      }
    }
    if (s < 0) {
      return m.text();
    }
    return m.text().substring(s - m.span().start(), e - m.span().start());
  }

  // ---------------------------------------------------------------- organisations

  /**
   * A name of the organisation table that NER split or missed ("Media watchdog Reporters | Without Borders"): a
   * run of two or more tokens of one sentence that is a table name, beginning and ending with a capital, becomes
   * one ORGANIZATION mention and replaces the mentions it overlaps, unless one mention already holds all of it.
   */
  static List<Mention> withTableOrganizations(List<Mention> mentions, List<Token> tokens, String text) {
    ActorLexicon lex = ActorLexicon.get();
    List<Mention> out = new ArrayList<>(mentions);
    for (int i = 0; i < tokens.size(); i++) {
      if (!Text.startsUpper(tokens.get(i).text())) {
        continue;
      }
      int end = -1;
      for (int j = Math.min(tokens.size(), i + lex.maxPhraseTokens()); j > i + 1 && end < 0; j--) {
        Token last = tokens.get(j - 1);
        if (last.sentence() == tokens.get(i).sentence() && Text.startsUpper(last.text())
            && lex.organization(text.substring(tokens.get(i).span().start(), last.span().end())) != null) {
          end = j;
        }
      }
      if (end < 0) {
        continue;
      }
      int s = i;
      int e = end;
      boolean held = out.stream().anyMatch(m -> m.tokens().start() <= s && m.tokens().end() >= e);
      if (!held) {
        out.removeIf(m -> m.tokens().start() < e && m.tokens().end() > s);
        org.sitrep.core.doc.CharSpan span =
            new org.sitrep.core.doc.CharSpan(tokens.get(s).span().start(), tokens.get(e - 1).span().end());
        out.add(new Mention(new org.sitrep.core.doc.TokenSpan(s, e), span, span.of(text), "ORGANIZATION"));
      }
      i = end - 1;
    }
    return out;
  }

  private static void groupOrganizations(List<Mention> mentions, List<Token> tokens, Map<Mention, Group> groups) {
    List<Group> made = new ArrayList<>();
    Mention previous = null;
    for (Mention m : mentions) {
      if (!m.type().equals("ORGANIZATION")) {
        previous = m;
        continue;
      }
      String key = Text.fold(m.text()).replaceFirst("^the ", "");
      Group g = null;
      boolean acronym = Text.isAcronym(m.text().replace(".", ""));
      if (acronym && previous != null && previous.type().equals("ORGANIZATION") && m.tokens().start() > 0
          && tokens.get(m.tokens().start() - 1).text().matches("\\(|-LRB-")
          && previous.tokens().end() == m.tokens().start() - 1) {
        g = groups.get(previous);
      }
      for (Group o : made) {
        if (g != null) {
          break;
        }
        if (Text.fold(o.canonical).replaceFirst("^the ", "").equals(key)
            || acronym && initials(o.canonical).equals(m.text().replace(".", ""))) {
          g = o;
        }
      }
      if (g == null) {
        g = new Group("ORGANIZATION");
        g.canonical = m.text().replaceFirst("^[Tt]he ", "");
        made.add(g);
      } else if (!acronym && m.text().length() > g.canonical.length()) {
        g.canonical = m.text().replaceFirst("^[Tt]he ", "");
      }
      g.mentions.add(m);
      groups.put(m, g);
      previous = m;
    }
  }

  private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s\\-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** An organisation's code from its own name: the table, else countries and sector words inside it. */
  private static ActorCode orgOwnCode(Mention m, List<Token> tokens) {
    ActorCode table = ActorLexicon.get().organization(m.text());
    if (table != null) {
      return table;
    }
    ActorReader.Reading r = ActorReader.read(tokens, m.tokens().start(), m.tokens().end(), m.tokens().end() - 1);
    String sector = r.sector();
    if (r.fromCapital() && sector == null) {
      return null; // "Moscow Times" is not the Russian government
    }
    return r.code() == null ? null : new ActorCode(r.country(), sector);
  }

  // ---------------------------------------------------------------- context

  /** Country and sector from the words before the mention ("Turkey's President") and its appositions. */
  static ActorCode context(Mention m, Parse parse) {
    List<Token> tokens = parse.tokens;
    int start = m.tokens().start();
    int sentence = tokens.get(start).sentence();
    int from = start;
    while (from > 0 && start - from < 8) {
      Token t = tokens.get(from - 1);
      if (t.sentence() != sentence) {
        break;
      }
      boolean ok = PREMOD_NER.contains(t.ner()) || t.pos() != null && PREMOD_POS.contains(t.pos())
          || Text.isPossessive(t.text())
          // "of" inside a capitalised title: "U.S. Secretary of State Marco Rubio"
          || t.text().equals("of") && from >= 2 && from - 1 < start - 1
          && Text.startsUpper(tokens.get(from - 2).text()) && Text.startsUpper(tokens.get(from).text());
      if (!ok) {
        break;
      }
      from--;
    }
    ActorCode left = null;
    if (from < start) {
      ActorReader.Reading r = ActorReader.read(tokens, from, start, start - 1);
      left = r.code();
    }
    ActorCode appos = null;
    int head = m.tokens().end() - 1;
    for (int a : parse.children(head, "appos")) {
      appos = merge(appos, subtreeCode(parse, a));
    }
    if (m.type().equals("PERSON")) {
      // a name's "of" phrase naming a country is whose office it is, or where the person is from: "King Hassan of
      // Morocco", "President Ruiz of Peru", "a Red Cross worker, Ana Ruiz of Chile"
      for (int o : parse.children(head, "nmod:of")) {
        int[] range = NounPhrase.rangeNoConj(parse, o);
        String c = ActorReader.read(tokens, range[0], range[1], o).country();
        if (c != null) {
          appos = merge(appos, new ActorCode(c, null));
        }
      }
    }
    for (var d : parse.heads(head)) {
      if (d.relation().equals("appos") && d.governor() >= 0) {
        appos = merge(appos, subtreeCode(parse, d.governor()));
      }
    }
    return merge(merge(left, appos), Appointment.appointer(parse, head));
  }

  /** The code read from a noun and its modifiers (compound, amod, poss, nmod:of/for). */
  static ActorCode subtreeCode(Parse parse, int head) {
    int[] range = NounPhrase.range(parse, head);
    return ActorReader.read(parse.tokens, range[0], range[1], head).code();
  }

  static ActorCode merge(ActorCode a, ActorCode b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new ActorCode(a.country() != null ? a.country() : b.country(), a.sector() != null ? a.sector() : b.sector());
  }

  private static ActorCode majority(List<ActorCode> codes) {
    Map<String, Integer> countries = new HashMap<>();
    Map<String, Integer> sectors = new HashMap<>();
    for (ActorCode c : codes) {
      if (c.country() != null) {
        countries.merge(c.country(), 1, Integer::sum);
      }
      if (c.sector() != null) {
        sectors.merge(c.sector(), 1, Integer::sum);
      }
    }
    String country = best(countries);
    String sector = best(sectors);
    return country == null && sector == null ? null : new ActorCode(country, sector);
  }

  private static String best(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
  }
}
