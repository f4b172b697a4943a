package org.sitrep.claims.attribution;

import java.util.List;
import java.util.Set;
import java.util.NavigableSet;
import org.sitrep.claims.attribution.Names.Named;
import org.sitrep.claims.text.DocIndex;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Sentence;

/**
 * Resolves the subject of a cue verb to a {@link Speaker} by a discourse model of rules over the parse
 * and the entity mentions (no statistical coreference):
 * <ul>
 *   <li>a named mention gives its canonical name; a bare last name the tagger missed, the person named
 *       with it elsewhere;</li>
 *   <li>"he"/"she" the most recent person who spoke (subject of a speech verb) or was a sentence subject,
 *       nearest sentence first, agreeing in gender where the article shows it ({@link Genders}); "it"
 *       the most recent organisation that did;</li>
 *   <li>a role description ("the minister", "Turkey's leader", "the UNICEF director") the nearest earlier
 *       person introduced with that role or, if definite, a title of its kin, of the description's country
 *       ({@link Titles}); else the person the discourse has speaking (the last speaker within a few
 *       sentences) unless the description names another country;</li>
 *   <li>a report noun ("a statement by the ministry") the organisation it names.</li>
 * </ul>
 */
public final class SpeakerResolver {
  /** He, she, him, her (sitrep-core pronouns.tsv). */
  public static final Set<String> PERSONAL = org.sitrep.core.data.Pronouns.select("3", "sg", Set.of("m", "f"),
      Set.of("subj", "obj"));
  /** It. */
  static final Set<String> IMPERSONAL = org.sitrep.core.data.Pronouns.select("3", "sg", Set.of("n"),
      Set.of("subj", "obj"));
  private static final int LOOKBACK_SENTENCES = 6;
  private static final int SPEAKER_LOOKBACK_SENTENCES = 3;

  private final DocIndex ix;
  private final Names names;
  private final List<CharSpan> quoted;
  private final NavigableSet<Integer> speakerTokens;
  private final Genders genders;
  private final Titles titles;

  /** {@code quoted}: spans inside quotation marks, whose mentions are not candidates for pronouns. */
  public SpeakerResolver(DocIndex ix, Names names, List<CharSpan> quoted) {
    this.ix = ix;
    this.names = names;
    this.quoted = quoted;
    this.speakerTokens = Cues.speakerTokens(ix);
    this.genders = new Genders(ix, names);
    this.titles = new Titles(ix, names);
  }

  public Names names() {
    return names;
  }

  /** The speaker a subject (or source) token stands for; never null, though its name may be. */
  public Speaker resolve(int tok) {
    Named n = names.at(tok);
    if (n != null) {
      return new Speaker(n.name(), n.text(), n.actor());
    }
    String w = ix.lower(tok);
    Named p = names.person(tok);
    if (p != null) {
      return new Speaker(p.name(), phrase(tok), p.actor()); // a last name the tagger did not mark here
    }
    if (PERSONAL.contains(w) || IMPERSONAL.contains(w)) {
      Named f = focusBefore(tok); // the same for both uses: focusBefore reads, it changes nothing
      if (IMPERSONAL.contains(w) && f == null) {
        return bodyBefore(tok);
      }
      return f == null ? new Speaker(null, ix.token(tok).text(), null)
          : new Speaker(f.name(), ix.token(tok).text(), f.actor());
    }
    // a named mention inside the phrase: "U.N. regional spokesman David Swanson", "a statement by the ministry"
    Named inside = namedInside(tok);
    String phrase = phrase(tok);
    if (inside != null && inside.type().equals("PERSON")) {
      return new Speaker(inside.name(), phrase, inside.actor());
    }
    String lemma = ix.lemma(tok);
    if (Lexicon.PERSON_ROLES.contains(lemma) && ix.pos(tok).startsWith("NN") && !ix.pos(tok).endsWith("S")) {
      boolean definite = definite(tok);
      String country = titles.countryOfDescription(tok);
      Named t = titled(lemma, tok, country, definite, true);
      if (t == null && definite) {
        t = lastSpeaker(tok, country);
      }
      if (t == null && country != null) {
        t = titled(lemma, tok, country, definite, false);
      }
      if (t != null) {
        return new Speaker(t.name(), phrase, t.actor());
      }
    }
    if (inside != null) {
      return new Speaker(inside.name(), phrase, inside.actor());
    }
    return new Speaker(null, phrase, names.actorAt(ix.token(tok).span().start(), ix.token(tok).span().end()));
  }

  /**
   * "It said" after an unnamed body spoke ("The town council said ... . “...,” it said."): the body's
   * description (without its article) stands as its name.
   */
  private Speaker bodyBefore(int tok) {
    int si = ix.token(tok).sentence();
    for (int t : speakerTokens.headSet(tok, false).descendingSet()) {
      if (ix.token(t).sentence() < si - 1) {
        break;
      }
      String pos = ix.pos(t);
      if (inQuote(t) || names.person(t) != null || !pos.startsWith("NN") || pos.endsWith("S")
          || Lexicon.PERSON_ROLES.contains(ix.lemma(t))) {
        continue;
      }
      Named inside = namedInside(t);
      if (inside != null) {
        return new Speaker(inside.name(), ix.token(tok).text(), inside.actor());
      }
      String body = phrase(t).replaceFirst("^(?i)(the|a|an|this)\\s+", "");
      return new Speaker(body, ix.token(tok).text(), names.actorAt(ix.token(t).span().start(),
          ix.token(t).span().end()));
    }
    return new Speaker(null, ix.token(tok).text(), null);
  }

  /** "the minister", "this official", "Turkey's leader": a description that refers back. */
  private boolean definite(int tok) {
    for (Dependency d : ix.children(tok)) {
      if (d.relation().equals("nmod:poss")) {
        return true;
      }
      if (d.relation().equals("det")) {
        String det = ix.lower(d.dependent());
        return det.equals("the") || det.equals("this") || det.equals("that");
      }
    }
    return false;
  }

  /** The most recent person who spoke before {@code tok}, within a few sentences, of {@code country} if known. */
  private Named lastSpeaker(int tok, String country) {
    int si = ix.token(tok).sentence();
    for (int t : speakerTokens.headSet(tok, false).descendingSet()) {
      if (ix.token(t).sentence() < si - SPEAKER_LOOKBACK_SENTENCES) {
        break;
      }
      if (inQuote(t)) {
        continue;
      }
      Named p = names.person(t);
      if (p == null) {
        p = namedPersonInside(t);
      }
      String pc = p == null || country == null ? null : titles.countryOfPerson(p, names.all());
      if (p != null && (pc == null || country.equals(pc))) {
        return p;
      }
      if (p != null) {
        return null; // the discourse's speaker is of another country: a new person, not named
      }
    }
    return null;
  }

  private Named namedPersonInside(int tok) {
    Named n = namedInside(tok);
    return n != null && n.type().equals("PERSON") ? n : null;
  }

  /** The noun phrase headed by {@code tok}: its determiners, modifiers and compounds, as written. */
  public String phrase(int tok) {
    int a = tok;
    int b = tok;
    for (Dependency d : ix.children(tok)) {
      String r = d.relation();
      int c = d.dependent();
      if (ix.head(c) == null || ix.head(c).governor() != tok) {
        continue;
      }
      if (r.equals("det") || r.equals("amod") || r.startsWith("compound") || r.equals("flat") || r.equals("nmod:poss")
          || r.equals("nummod") || r.startsWith("nmod") && c > tok && !r.equals("nmod:poss")) {
        int[] sub = ix.subtree(c);
        a = Math.min(a, sub[0]);
        b = Math.max(b, sub[sub.length - 1]);
      }
    }
    while (a < b && ix.isPunct(a)) {
      a++;
    }
    while (b > a && ix.isPunct(b)) {
      b--;
    }
    return ix.text().substring(ix.token(a).span().start(), ix.token(b).span().end());
  }

  private Named namedInside(int tok) {
    Named best = null;
    for (Dependency d : ix.children(tok)) {
      String r = d.relation();
      if (!(r.startsWith("compound") || r.equals("flat") || r.equals("appos") || r.equals("nmod:by")
          || r.equals("nmod:of") || r.equals("nmod:from") || r.equals("nmod:poss"))) {
        continue;
      }
      Named n = names.at(d.dependent());
      if (n == null) {
        continue;
      }
      boolean person = n.type().equals("PERSON");
      // a person named in apposition or compound wins; "by"/"of" organisations for report nouns
      if (best == null || person && !best.type().equals("PERSON")) {
        best = n;
      }
    }
    return best;
  }

  private boolean inQuote(int tok) {
    int off = ix.token(tok).span().start();
    for (CharSpan q : quoted) {
      if (q.contains(off)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person "he"/"she" (the organisation "it") at {@code tok} most likely stands for: sentence by
   * sentence backwards, the first speaker or subject that agrees; else the nearest agreeing mention.
   */
  public Named focusBefore(int tok) {
    String pronoun = ix.lower(tok);
    String type = IMPERSONAL.contains(pronoun) ? "ORGANIZATION" : "PERSON";
    int si = ix.token(tok).sentence();
    Named nearest = null;
    for (int s = si; s >= 0 && s >= si - LOOKBACK_SENTENCES; s--) {
      Sentence sent = ix.sentence(s);
      int endTok = s == si ? tok : sent.tokens().end();
      Named subject = null;
      for (int i = sent.tokens().start(); i < endTok; i++) {
        Named n = type.equals("PERSON") ? names.person(i) : names.at(i);
        if (n == null || !n.type().equals(type) || inQuote(i) || !genders.agrees(pronoun, n)) {
          continue;
        }
        if (subject == null && (isSubject(n) || spoke(n))) {
          subject = n;
        }
        if (nearest == null || nearestSentence(nearest) < s || nearestSentence(nearest) == s
            && nearest.firstToken() < n.firstToken()) {
          nearest = n;
        }
        i = Math.max(i, n.lastToken());
      }
      if (subject != null) {
        return subject;
      }
      if (type.equals("ORGANIZATION") && s < si - 1) {
        break; // "it" reaches back one sentence at most
      }
    }
    return nearest;
  }

  private boolean spoke(Named n) {
    return !speakerTokens.subSet(n.firstToken(), n.lastToken() + 1).isEmpty();
  }

  private int nearestSentence(Named n) {
    return ix.token(n.firstToken()).sentence();
  }

  private boolean isSubject(Named n) {
    for (int i = n.firstToken(); i <= n.lastToken(); i++) {
      Dependency h = ix.head(i);
      if (h != null && (h.relation().equals("nsubj") || h.relation().equals("nsubj:pass"))) {
        return true;
      }
      if (h != null && h.relation().equals("appos") && h.governor() >= 0
          && (h.governor() < n.firstToken() || h.governor() > n.lastToken())) {
        // named in apposition to the subject: "Somalia's ambassador, Ali Nur, accuses Kenya of ..."
        Dependency hh = ix.head(h.governor());
        if (hh != null && (hh.relation().equals("nsubj") || hh.relation().equals("nsubj:pass"))) {
          return true;
        }
      }
      if (h != null && (h.relation().startsWith("compound") || h.relation().equals("flat")) && h.governor() >= 0) {
        Dependency hh = ix.head(h.governor());
        if (hh != null && hh.relation().equals("nsubj") && (h.governor() < n.firstToken()
            || h.governor() > n.lastToken())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The nearest earlier person introduced with the description's role word ("President Erdogan", "Erdogan,
   * the president") or, for a definite description, a title of its kin ("the Turkish leader" for "Turkish
   * President Erdogan"): with {@code sameCountry}, of the description's country where it names one (any
   * country where it names none); without, a person of unknown country, which the caller asks for only where
   * no one of that country holds such a title and the discourse has no speaker of it.
   */
  private Named titled(String role, int tok, String country, boolean definite, boolean sameCountry) {
    Named same = null;
    Named unknown = null;
    for (Named n : names.all()) {
      if (!n.type().equals("PERSON") || n.firstToken() >= tok || inQuote(n.firstToken())) {
        continue;
      }
      for (Titles.Title t : titles.of(n)) {
        if (!(t.role().equals(role) || definite && Titles.kin(role, t.role()))) {
          continue;
        }
        String pc = t.country() != null ? t.country() : country == null ? null : titles.countryOfPerson(n, names.all());
        if (country == null || country.equals(pc)) {
          if (same == null || n.firstToken() > same.firstToken()) {
            same = n;
          }
        } else if (pc == null && (unknown == null || n.firstToken() > unknown.firstToken())) {
          unknown = n;
        }
      }
    }
    return sameCountry ? same : unknown;
  }
}
