package org.sitrep.claims.attribution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.EntityRecord;

/**
 * Canonical names and actor codes of the people and organisations an article names. Uses the
 * {@code entities} layer (sitrep-events' resolution) where present; otherwise groups the NLP layer's
 * PERSON mentions by last name and takes the longest form ("Erdogan" -> "Recep Tayyip Erdogan").
 */
public final class Names {
  static final Set<String> SPEAKER_TYPES = Set.of("PERSON", "ORGANIZATION");

  /** A named person or organisation mentioned at a place in the text. */
  public record Named(int start, int end, int firstToken, int lastToken, String text, String type, String name,
                      ActorCode actor) {
  }

  private final DocIndex ix;
  private final List<Named> named;

  public Names(DocIndex ix) {
    this.ix = ix;
    List<EntityRecord> ents = ix.doc().list(Layers.ENTITIES);
    List<Named> out = new ArrayList<>();
    for (Mention m : ix.doc().list(Layers.ENTITY_MENTIONS)) {
      if (!SPEAKER_TYPES.contains(m.type())) {
        continue;
      }
      EntityRecord e = entityFor(ents, m.span().start(), m.span().end());
      String name = e != null && e.name() != null ? e.name() : null;
      ActorCode actor = e != null ? e.actor() : null;
      int first = m.tokens().start();
      int last = m.tokens().end() - 1;
      if (m.type().equals("PERSON")) {
        // the tagger sometimes leaves a first name out ("President Recep [Tayyip Erdogan]")
        while (first > 0 && unnamedProperNoun(ix, first - 1)) {
          first--;
        }
      }
      int cs = ix.token(first).span().start();
      int ce = ix.token(last).span().end();
      out.add(new Named(cs, ce, first, last, ix.text().substring(cs, ce), m.type(), name, actor));
    }
    // fallback canonical names: the longest mention sharing the last name
    List<Named> canon = new ArrayList<>(out.size());
    for (Named n : out) {
      if (n.name() != null) {
        canon.add(n);
        continue;
      }
      String best = n.text();
      ActorCode actor = n.actor();
      if (n.type().equals("PERSON")) {
        String last = lastWord(n.text());
        for (Named o : out) {
          if (o.type().equals("PERSON") && lastWord(o.text()).equals(last) && o.text().length() > best.length()) {
            best = o.text();
            if (actor == null) {
              actor = o.actor();
            }
          }
        }
      }
      canon.add(new Named(n.start(), n.end(), n.firstToken(), n.lastToken(), n.text(), n.type(), best, actor));
    }
    this.named = List.copyOf(canon);
  }

  private static boolean unnamedProperNoun(DocIndex ix, int t) {
    var tok = ix.token(t);
    return "NNP".equals(tok.pos()) && "O".equals(tok.ner()) && ix.mention(t) == null
        && ix.sentenceOfToken(t).index() == tok.sentence() && Character.isUpperCase(tok.text().charAt(0))
        && tok.text().chars().allMatch(Character::isLetter);
  }

  private static EntityRecord entityFor(List<EntityRecord> ents, int start, int end) {
    EntityRecord best = null;
    for (EntityRecord e : ents) {
      if (e.start() < end && start < e.end() && (best == null || e.name() != null && best.name() == null)) {
        best = e;
      }
    }
    return best;
  }

  public List<Named> all() {
    return named;
  }

  /** The named person or organisation covering token {@code tok}, or null. */
  public Named at(int tok) {
    for (Named n : named) {
      if (n.firstToken() <= tok && tok <= n.lastToken()) {
        return n;
      }
    }
    return null;
  }

  /** An actor code for any entity (nationality, country, ...) covering the characters, from the entities layer. */
  public ActorCode actorAt(int start, int end) {
    EntityRecord e = entityFor(ix.doc().list(Layers.ENTITIES), start, end);
    return e == null ? null : e.actor();
  }

  /**
   * The person at {@code tok}: a PERSON mention, or a capitalised proper noun the tagger left unmarked
   * that shares the last name of a person named elsewhere in the article ("Sayim" after "Polat Sayim").
   */
  public Named person(int tok) {
    Named n = at(tok);
    if (n != null) {
      return n.type().equals("PERSON") ? n : null;
    }
    if (!ix.pos(tok).startsWith("NNP") || ix.mention(tok) != null && !"PERSON".equals(ix.mention(tok).type())) {
      return null;
    }
    String w = ix.token(tok).text();
    for (Named o : named) {
      if (o.type().equals("PERSON") && lastWord(o.text()).equals(lastWord(w))) {
        var sp = ix.token(tok).span();
        String canon = canonicalOf(w);
        return new Named(sp.start(), sp.end(), tok, tok, w, "PERSON", canon != null ? canon : o.name(), o.actor());
      }
    }
    return null;
  }

  public String canonicalOf(String text) {
    String last = lastWord(text);
    String best = null;
    for (Named n : named) {
      if (n.type().equals("PERSON") && lastWord(n.text()).equals(last)) {
        if (best == null || n.name().length() > best.length()) {
          best = n.name();
        }
      }
    }
    return best;
  }

  /** The last word of a name, lower-cased and without diacritics ("Erdoğan" and "Erdogan" agree). */
  public static String lastWord(String name) {
    String[] w = fold(name).split("[\\s]+");
    return w[w.length - 1];
  }

  public static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", "").trim();
  }
}
