package org.sitrep.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.PlaceRecord;

/**
 * What every part of the coder reads about one document: the parse, the entity and place at each token, the
 * people by surname, and the lexicons (built once per document; read only afterwards).
 */
final class CoderContext {
  final Document doc;
  final Parse parse;
  final List<Token> tokens;
  final Lexicon lexicon = Lexicon.get();
  final ActorLexicon actors = ActorLexicon.get();
  final EntityRecord[] entityAt;
  final Map<Integer, PlaceRecord> placeAt = new HashMap<>();
  final Map<String, EntityRecord> personByName = new HashMap<>();
  /** The article's time expressions events are dated from ({@link EventDating#timeline}). */
  final List<org.sitrep.core.doc.TimeExpression> timeline;

  CoderContext(Document doc) {
    this.doc = doc;
    this.parse = new Parse(doc);
    this.tokens = parse.tokens;
    this.timeline = EventDating.timeline(doc);
    this.entityAt = new EntityRecord[tokens.size()];
    TreeMap<Integer, EntityRecord> byStart = new TreeMap<>();
    for (EntityRecord e : doc.list(Layers.ENTITIES)) {
      byStart.putIfAbsent(e.start(), e);
    }
    for (int i = 0; i < tokens.size(); i++) {
      Map.Entry<Integer, EntityRecord> f = byStart.floorEntry(tokens.get(i).span().start());
      if (f != null && tokens.get(i).span().start() < f.getValue().end()) {
        entityAt[i] = f.getValue();
      }
    }
    for (PlaceRecord p : doc.list(Layers.PLACES)) {
      placeAt.put(p.start(), p);
    }
    for (EntityRecord e : doc.list(Layers.ENTITIES)) {
      if (e.type().equals("PERSON") && e.name() != null && e.actor() != null) {
        String[] parts = e.name().split("\\s+");
        personByName.putIfAbsent(Text.fold(parts[parts.length - 1]), e);
      }
    }
  }

  boolean nounLike(int i) {
    Token t = tokens.get(i);
    if (t.isNoun()) {
      // a noun takes an auxiliary only as a predicate, with a copula ("has been in detention"): "they would
      // blockade Paris", tagged as a noun, is a verb
      return (parse.child(i, "obj") < 0 || !t.text().endsWith("ing"))
          && (parse.child(i, "aux") < 0 || parse.child(i, "cop") >= 0);
    }
    if ("VBG".equals(t.pos())) {
      String rel = parse.headRel(i);
      return rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("nmod") || rel.startsWith("obl")
          || parse.child(i, "det") >= 0 || parse.child(i, "nmod") >= 0;
    }
    return false;
  }

  /**
   * A present participle after a comma that the parser hangs on the object before it ("demanded a ransom,
   * threatening to kill the hostages"): a free adjunct of the clause, whose subject is the clause's subject, not
   * a description of the object.
   */
  boolean freeAdjunct(int i) {
    if (!"VBG".equals(tokens.get(i).pos()) || i == 0 || !",".equals(tokens.get(i - 1).text())
        || !parse.headRel(i).equals("acl")) {
      return false;
    }
    return parse.headRel(parse.head(i)).equals("obj");
  }

  boolean isNamed(int i) {
    return tokens.get(i).isProperNoun() || entityAt[i] != null;
  }

  ActorLexicon.Country countryOf(int i) {
    Token t = tokens.get(i);
    if (!Text.startsUpper(t.text())) {
      return null;
    }
    return actors.country(t.text());
  }

  String countryName(String code) {
    ActorLexicon.Country c = actors.byCode(code);
    return c == null ? null : c.name();
  }

  private static final Map<String, String> ISO3 = new HashMap<>();

  static {
    for (String cc : Locale.getISOCountries()) {
      try {
        ISO3.put(cc, new Locale("", cc).getISO3Country());
      } catch (java.util.MissingResourceException e) {
        // no alpha-3 for this code
      }
    }
    ISO3.put("XK", "KOS");
  }

  static String iso3(String alpha2) {
    if (alpha2 == null) {
      return null;
    }
    if (alpha2.length() == 3) {
      return alpha2.toUpperCase(Locale.ROOT);
    }
    return ISO3.get(alpha2.toUpperCase(Locale.ROOT));
  }
}
