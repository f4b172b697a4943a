package org.sitrep.claims.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.claims.attribution.AttributionStage;
import org.sitrep.claims.attribution.Names;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.data.SectorNouns;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.Attribution;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.Period;
import org.sitrep.core.model.Published;
import org.sitrep.core.model.TimeRecord;
import org.sitrep.core.pipeline.ParseReader;
import org.sitrep.core.pipeline.SentenceNeed;
import org.sitrep.core.pipeline.Stage;

/**
 * {@code claims.counts}: reported figures about people. A figure counts when it numbers people (or
 * stands for them: "dozens have been reported killed") and a word of a count kind governs it along the
 * parse: the verb it is object or passive subject of ("killed eight soldiers", "520,000 people had been
 * displaced"), a controlled verb ("forced 151,000 civilians to flee", "reported killed"), the noun it
 * is "of" ("the killing of seven soldiers"), a participle on it ("30 people killed"), or a predicate
 * noun ("... of whom are refugees"). Equipment ("60 armored personnel carriers") and populations ("3
 * million civilians in the province") have no such word and are left out.
 */
public final class CountStage implements Stage, ParseReader {
  /** The sentences with a number, a vague quantity ("dozens") or a name. */
  @Override
  public SentenceNeed parseNeed() {
    return Quantities.parseNeed();
  }

  @Override
  public String name() {
    return "claims.counts";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.DEPENDENCIES, Layers.NUMBERS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.COUNTS);
  }

  @Override
  public Set<Layer<?>> uses() {
    return Set.of(Layers.ENTITIES, Layers.EVENTS, Layers.TIMES, Layers.ATTRIBUTIONS, Layers.PUBLISHED);
  }

  @Override
  public Document apply(Document doc) {
    DocIndex ix = new DocIndex(doc);
    Names names = new Names(ix);
    List<CountRecord> out = new ArrayList<>();
    Published pub = doc.getOr(Layers.PUBLISHED, new Published(doc.article().published(), false));
    List<Quantity> qs = new ArrayList<>();
    List<CountReading.Reading> rs = new ArrayList<>();
    for (Quantity q : Quantities.find(ix)) {
      CountReading.Reading r = CountReading.read(ix, q);
      if (r != null) {
        qs.add(q);
        rs.add(r);
      }
    }
    Totals.add(ix, qs, rs);
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      CountReading.Reading r = rs.get(i);
      Sentence s = ix.sentenceOfToken(q.head());
      int off = ix.token(q.firstToken()).span().start();
      int end = ix.token(q.lastToken()).span().end();
      TimeRecord when = nearestTime(doc.list(Layers.TIMES), s, off, true);
      TimeRecord dated = nearestTime(doc.list(Layers.TIMES), s, off, false);
      Period period = when == null ? null : when.period();
      String date = dated != null ? dated.value() : period != null && period.end() != null ? period.end() : pub.value();
      Attribution attribution = AttributionStage.innermost(doc.list(Layers.ATTRIBUTIONS), off, end);
      String event = eventOf(ix, doc.list(Layers.EVENTS), s, r.kindToken(), r.kind());
      EventRecord ev = doc.list(Layers.EVENTS).stream().filter(e -> e.id() != null && e.id().equals(event))
          .findFirst().orElse(null);
      boolean background = Background.of(doc.list(Layers.TIMES), s, period, pub.value(), ev);
      out.add(new CountRecord(r.kind(), q.number(), who(ix, names, r.noun()), date, period, attribution, event,
          new Evidence(s.span().start(), s.span().end(), s.span().of(doc.text())), background ? Boolean.TRUE : null,
          r.total() ? Boolean.TRUE : null));
    }
    return doc.with(Layers.COUNTS, List.copyOf(out));
  }

  static ActorRecord who(DocIndex ix, Names names, int noun) {
    if (noun < 0) {
      return null;
    }
    String sector = CountReading.PEOPLE.get(CountReading.peopleLemma(ix, noun));
    String country = null;
    int a = noun;
    for (Dependency d : ix.children(noun)) {
      String r = d.relation();
      int c = d.dependent();
      if (ix.head(c) == null || ix.head(c).governor() != noun) {
        continue;
      }
      if (r.equals("amod") || r.startsWith("compound") || r.equals("nmod:poss") || r.startsWith("nmod")
          || r.startsWith("acl")) {
        for (int t : ix.subtree(c)) {
          if (country == null) {
            ActorCode ac = names.actorAt(ix.token(t).span().start(), ix.token(t).span().end());
            if (ac != null && ac.country() != null) {
              country = ac.country();
            } else if (!ix.doc().has(Layers.ENTITIES) && isCountryWord(ix, t)) {
              country = Countries.code(ix.token(t).text()); // working alone: the JDK's country names
            }
          }
          String sec = CountReading.PEOPLE.get(CountReading.peopleLemma(ix, t));
          // a modifier's sector wins over its head's: "police officers" COP, "army officers" MIL, and a people
          // noun's possessive: "sheriff's deputies" COP
          if (sector == null || sec != null && (r.startsWith("compound") || r.equals("nmod:poss") && t == c)) {
            sector = sec != null ? sec : sector;
          }
          if (CountWords.of("military-modifier").contains(ix.lower(t))) {
            sector = "MIL";
          }
        }
        if (c < noun && (r.equals("amod") || r.startsWith("compound") || r.equals("nmod:poss"))) {
          a = Math.min(a, ix.subtree(c)[0]);
        }
      }
    }
    if (country == null) {
      ActorCode ac = names.actorAt(ix.token(noun).span().start(), ix.token(noun).span().end());
      country = ac == null ? null : ac.country();
      if (country == null && !ix.doc().has(Layers.ENTITIES) && isCountryWord(ix, noun)) {
        country = Countries.code(ix.token(noun).text()); // "3.6 million Syrians"
      }
    }
    String text = ix.text().substring(ix.token(a).span().start(), ix.token(noun).span().end());
    if (Quantities.VAGUE.containsKey(ix.lower(a)) || ix.pos(a).equals("CD")) {
      text = ix.token(noun).text();
    }
    return new ActorRecord(text, null, country, SectorNouns.NO_SECTOR.equals(sector) ? null : sector, null);
  }

  private static boolean isCountryWord(DocIndex ix, int t) {
    String ner = ix.token(t).ner();
    return "NATIONALITY".equals(ner) || "COUNTRY".equals(ner) || ix.pos(t).equals("NNPS");
  }

  private static TimeRecord nearestTime(List<TimeRecord> times, Sentence s, int off, boolean withPeriod) {
    TimeRecord best = null;
    int bestDist = Integer.MAX_VALUE;
    for (TimeRecord t : times) {
      if (t.start() < s.span().start() || t.end() > s.span().end()) {
        continue;
      }
      if (withPeriod ? t.period() == null || t.period().start() == null
          : t.value() == null || !t.value().matches("(\\d{4}|XXXX)-\\d\\d-\\d\\d")) {
        continue;
      }
      int d = Math.abs(t.start() - off);
      if (d < bestDist) {
        best = t;
        bestDist = d;
      }
    }
    return best;
  }

  /**
   * The event a figure measures, by structure: among the events whose trigger lies in the figure's sentence,
   * the one whose trigger is the kind word ("shelling killed eight": killed) or nearest to it along the
   * dependency tree ("the attack that killed eight": attack, one arc up), never by how many characters lie
   * between. Any event id works: where one event has several mentions, whichever record carries a trigger in
   * this sentence is linked. Without a trigger in the sentence, an event whose evidence is the sentence.
   */
  static String eventOf(DocIndex ix, List<EventRecord> events, Sentence s, int kindTok, String kind) {
    String best = null;
    long bestKey = Long.MAX_VALUE;
    for (EventRecord e : events) {
      if (org.sitrep.core.data.CountKinds.harm(kind) && e.event() != null && !e.event().equals("ASSAULT") && !e.event().equals("COERCE")) {
        continue; // the dead and the arrested measure an attack or a coercion, not the statement about them
      }
      long key;
      if (e.trigger() != null && s.span().contains(e.trigger().start())) {
        int t = ix.tokenAt(e.trigger().start());
        if (t < 0) {
          continue;
        }
        key = (long) treeDistance(ix, kindTok, t) * 100_000 + Math.abs(t - kindTok);
      } else if (e.trigger() == null && e.evidence() != null && e.evidence().start() <= s.span().start()
          && e.evidence().end() >= s.span().end()) {
        key = 1_000L * 100_000;
      } else {
        continue;
      }
      if (key < bestKey) {
        best = e.id();
        bestKey = key;
      }
    }
    return best;
  }

  /** Arcs between two tokens of one sentence's parse (through their lowest common head); 1000 if none. */
  static int treeDistance(DocIndex ix, int a, int b) {
    Map<Integer, Integer> up = new java.util.HashMap<>();
    int cur = a;
    for (int d = 0; cur >= 0 && d < 64 && !up.containsKey(cur); d++) {
      up.put(cur, d);
      Dependency h = ix.head(cur);
      cur = h == null ? -1 : h.governor();
    }
    cur = b;
    for (int d = 0; cur >= 0 && d < 64; d++) {
      Integer da = up.get(cur);
      if (da != null) {
        return da + d;
      }
      Dependency h = ix.head(cur);
      cur = h == null ? -1 : h.governor();
    }
    return 1000;
  }
}
