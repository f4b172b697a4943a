package org.sitrep.events;

import static org.sitrep.events.CoderWords.OBLIGATION;
import static org.sitrep.events.CoderWords.SPEECH;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.EntityRecord;

/**
 * Finds the triggers of one sentence (lexicon entries matched on the parse, with their particles and
 * constraints); {@link TriggerFolding} then folds them.
 */
final class TriggerMatcher extends CoderPart {
  private static final Lexicon.Entry MUST_REQUEST =
      Lexicon.parse("say\tV\tREQUEST\t-\t100\tSAY\t-", 0, "EventCoder (X said Y must ...)");

  private static final Lexicon.Entry JUDGE_ACCUSE =
      Lexicon.parse("say\tV\tACCUSE\tdisapprove\t111\tSAY\t-", 0, "EventCoder (X said Y is illegal ...)");

  private final Judgements judgements;

  TriggerMatcher(CoderContext c) {
    super(c);
    this.judgements = new Judgements(c);
  }

  // ------------------------------------------------------------------ triggers

  /** Whether a verb's object or oblique is the article itself: "this" + a noun the article names itself by. */
  private boolean aboutTheArticle(int verb) {
    if (!tokens.get(verb).isVerb()) {
      return false;
    }
    for (Dependency arc : parse.children(verb)) {
      int k = arc.dependent();
      String rel = arc.relation();
      if ((rel.equals("obj") || rel.startsWith("obl")) && CoderWords.SELF_REFERENCE.contains(parse.lemma(k))) {
        for (int d : parse.children(k, "det")) {
          if (Text.fold(tokens.get(d).text()).equals("this")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  List<Trigger> find(Sentence s) {
    List<Trigger> out = new ArrayList<>();
    BitSet used = new BitSet();
    for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
      if (used.get(i)) {
        continue;
      }
      Token t = tokens.get(i);
      if (t.pos() == null || !(t.isVerb() || t.isNoun() || adjectiveOfCompound(i))) {
        continue;
      }
      EntityRecord e = entityAt[i];
      if (e != null && (e.type().equals("ORGANIZATION") || e.type().equals("PERSON")) || t.isTime()) {
        continue; // a name, or a word of a time expression ("on March 9": no protest march)
      }
      if ("VBN".equals(t.pos()) && parse.headRel(i).startsWith("amod")) {
        // a past participle describing a noun states a property ("the banned group", "a China-funded port");
        // present participles are left alone, where the parser often takes a verb for one ("arresting opponents")
        continue;
      }
      if (aboutTheArticle(i)) {
        continue; // "Jane Doe contributed to this report": about the article, not the news
      }
      String lemma = parse.lemma(i);
      if (t.isVerb() && SPEECH.contains(lemma)) {
        // "Russia said Sudan must return the helicopter": a demand addressed to the clause's subject
        for (int c : parse.children(i, "ccomp")) {
          boolean must = false;
          for (int aux : parse.children(c, "aux")) {
            must |= OBLIGATION.contains(Text.fold(tokens.get(aux).text()));
          }
          int subj = parse.child(c, "nsubj");
          // "said talks with China must continue": a happening, not a party, is what must go on; no one is asked
          boolean happening = subj >= 0 && lexicon.byHead(parse.lemma(subj)).stream().anyMatch(Lexicon.Entry::noun);
          if (must && subj >= 0 && !happening) {
            Trigger tr = new Trigger(MUST_REQUEST, i, i, i);
            tr.addressee = subj;
            out.add(tr);
            used.set(i);
            break;
          }
        }
        if (used.get(i)) {
          continue;
        }
      }
      int judged = !t.isVerb() ? -1 : Math.max(judgements.judged(i), judgements.protestedParty(i));
      if (judged >= 0) {
        Trigger tr = new Trigger(JUDGE_ACCUSE, i, i, i);
        tr.addressee = judged;
        out.add(tr);
        used.set(i);
        continue;
      }
      List<Lexicon.Entry> entries = lexicon.byHead(lemma);
      String surface = Text.fold(t.text());
      if (!surface.equals(lemma) && !lexicon.byHead(surface).isEmpty()) {
        // "shelling" (lemma "shell"): the noun entry is under the word itself
        entries = new ArrayList<>(entries);
        entries.addAll(0, lexicon.byHead(surface));
      }
      for (Lexicon.Entry entry : entries) {
        Trigger tr = match(entry, i, s);
        if (tr != null) {
          out.add(tr);
          for (int k = tr.first; k <= tr.last; k++) {
            used.set(k);
          }
          break;
        }
      }
    }
    return out;
  }

  /**
   * Stopping a cooperation is a SANCTION (PLOVER: reduce or stop cooperation): an event noun of ongoing
   * cooperation (CoderWords.DISCONTINUABLE: talks, aid, cooperation) that is the object or passive subject of a
   * verb of stopping (CoderWords.CESSATION: "suspended military cooperation", "halted aid", "the talks were
   * stopped"). The noun stays the trigger, coded as the discontinuation; where the verb is a trigger of its own
   * ("suspended", a SANCTION already) the noun is left as it is. Run after the roles are read, which follow the
   * noun's own frame and mode ("ended mediation between X and Y": the mediator ends it, X and Y undergo it).
   */
  void discontinue(List<Trigger> all) {
    for (Trigger tr : all) {
      discontinue(tr, all);
    }
  }

  private void discontinue(Trigger tr, List<Trigger> all) {
    if (tr.suppressed || !nounLike(tr.head) || !CoderWords.DISCONTINUABLE.contains(tr.category)) {
      return;
    }
    String rel = parse.headRel(tr.head);
    int verb = parse.head(tr.head);
    if (verb >= 0 && (rel.equals("obj") || rel.equals("nsubj:pass")) && tokens.get(verb).isVerb()
        && CoderWords.CESSATION.contains(parse.lemma(verb)) && all.stream().noneMatch(o -> o.head == verb)) {
      tr.category = "SANCTION";
      tr.mode = "discontinue";
      tr.cameo = lexicon.cameo("SANCTION", "discontinue");
    }
  }

  /**
   * Whether an adjective begins a multi-word event noun of the lexicon ("martial law": the adjective is the first
   * word of the pattern, the noun after it the head).
   */
  private boolean adjectiveOfCompound(int i) {
    String pos = tokens.get(i).pos();
    return pos != null && pos.startsWith("JJ")
        && lexicon.byHead(parse.lemma(i)).stream().anyMatch(e -> e.noun() && e.particle() != null);
  }

  private Trigger match(Lexicon.Entry e, int i, Sentence s) {
    Token t = tokens.get(i);
    // an adjective starts only a multi-word noun ("martial law"), which the adjacency check below completes
    boolean asNoun = nounLike(i) || e.noun() && e.particle() != null && adjectiveOfCompound(i);
    boolean asVerb = (t.isVerb() || t.isNoun()) && !asNoun; // a noun-tagged word with an auxiliary is a verb
    if (!(e.verb() && asVerb || e.noun() && asNoun)) {
      return null;
    }
    int head = i;
    int last = i;
    if (e.particle() != null) {
      String[] words = e.particle().split(" ");
      // adjacent words ("air strike", "pull back") ...
      boolean adjacent = i + words.length < s.tokens().end();
      for (int k = 0; adjacent && k < words.length; k++) {
        adjacent = parse.lemma(i + 1 + k).equals(words[k]) || Text.fold(tokens.get(i + 1 + k).text()).equals(words[k]);
      }
      if (adjacent) {
        last = i + words.length;
        if (asNoun) {
          head = last;
        }
      } else if (words.length == 1 && asVerb) {
        // ... or a particle/object child ("hand the suspects over", "open fire")
        int found = -1;
        for (Dependency d : parse.children(i)) {
          if ((d.relation().startsWith("compound:prt") || d.relation().equals("obj") || d.relation().equals("advmod")
              || d.relation().equals("xcomp")) && parse.lemma(d.dependent()).equals(words[0])) {
            found = d.dependent();
          }
        }
        if (found < 0) {
          return null;
        }
      } else {
        return null;
      }
    } else if (asNoun && parse.hasHeadRel(i, "compound") && !parse.headRel(i).equals("root")) {
      int g = parse.head(i);
      if (g < 0 || !tokens.get(g).isNoun() || !CoderWords.ACTIVITY_HEADS.contains(parse.lemma(g))) {
        return null; // "attack helicopters", "peace talks" handled by the head
      }
      // "undertook a mediation mission", "a rescue operation": the head names an undertaking whose kind the event
      // noun gives; the noun is the trigger, the head its syntactic head (its arguments, the verb it is object of)
      head = g;
      last = Math.max(i, g);
    }
    if (!e.objects().isEmpty()) {
      int obj = partitiveWhole(parse.child(head, "obj"));
      boolean person = obj >= 0 && e.objects().contains("PERSON") && entityAt[obj] != null
          && entityAt[obj].type().equals("PERSON");
      if (e.objects().contains("none") ? obj >= 0 : obj < 0 || !person && !e.objects().contains(parse.lemma(obj))) {
        return null;
      }
    }
    if (tokens.get(head).isVerb() && CoderWords.NAMING_VERBS.contains(parse.lemma(head)) && describes(head)) {
      return null; // "what they called a victory", "called the vote a farce": a naming, no call to anyone
    }
    if (!e.preps().isEmpty()) {
      boolean ok = false;
      for (Dependency d : parse.children(head)) {
        String r = d.relation();
        int colon = r.indexOf(':');
        if (colon > 0 && (r.startsWith("obl") || r.startsWith("nmod")) && e.preps().contains(r.substring(colon + 1))
            && !tokens.get(d.dependent()).isTime() // "On Wednesday, X called ...": a day, not the addressee
            // a "with" partner that is the press ("shared with VOA details of ...", "spoke with reporters") makes
            // an interview or a statement to the press, no cooperation or consultation (branch evvol8)
            && !(r.endsWith(":with") && press(d.dependent()))) {
          ok = true;
        }
        if (r.startsWith("advcl") && parse.prepositionMarks(head, d.dependent(), e.preps())) {
          ok = true; // "calling on the government to allow ...", misparsed
        }
        if (r.equals("obj") && e.preps().contains("with")) { // "shared evidence with the U.S.": on the object
          for (int w : parse.children(d.dependent(), "nmod:with")) {
            ok |= !press(w);
          }
        }
      }
      if (!ok || describes(head)) {
        return null;
      }
    }
    if (!e.subjects().isEmpty()) {
      int subj = parse.child(head, "nsubj");
      if (subj < 0 || !e.subjects().contains(parse.lemma(subj))) {
        return null;
      }
    }
    int addressee = parse.child(head, "iobj"); // "told Reuters the troops would stay", parsed with two objects
    addressee = addressee >= 0 ? addressee : parse.child(head, "obj");
    if (e.noContent() && (parse.child(head, "xcomp") >= 0 // "told them to leave": an order, not a consultation
        || press(addressee) || reportsContent(head, s) && audience(addressee))) {
      return null;
    }
    if (!e.modifiers().isEmpty()) {
      boolean ok = false;
      for (Dependency d : parse.children(head)) {
        if ((d.relation().equals("amod") || d.relation().startsWith("compound") || d.relation().equals("nummod"))
            && wildcard(e.modifiers(), parse.lemma(d.dependent()))) {
          ok = true;
        }
      }
      if (!ok) {
        return null;
      }
    }
    return new Trigger(e, head, i, last);
  }

  /**
   * The noun a partitive object names ("freed 20 of the hostages", "turned some of the refugees over"): where the
   * object is a number or a quantifier (a cardinal, determiner or adjective: "20", "some", "several") with an "of"
   * phrase, that phrase's noun is what the verb acts on, so an object constraint reads it; otherwise the object.
   */
  private int partitiveWhole(int obj) {
    if (obj < 0) {
      return obj;
    }
    String pos = tokens.get(obj).pos();
    if (pos == null || !(pos.equals("CD") || pos.equals("DT") || pos.startsWith("JJ"))) {
      return obj;
    }
    int whole = parse.child(obj, "nmod:of");
    return whole >= 0 ? whole : obj;
  }

  /**
   * Whether a verb describes its object by a predicate ("called the subsidies unbearable", "what they called a
   * victory for Sudan"): an adjective or noun completing the object names or judges it; the verb is no act aimed
   * at anyone, whatever preposition follows.
   */
  private boolean describes(int verb) {
    for (int x : parse.children(verb, "xcomp")) {
      if (!tokens.get(x).isVerb()) {
        return true;
      }
    }
    // the naming frame parsed as two objects, the second naming the first ("what they called a victory for the
    // opposition", "called the vote a farce for democracy"): the first object is what is named
    return parse.children(verb, "obj").size() >= 2;
  }

  /**
   * Whether the addressee of a verb of telling is the press ("told VOA", "told reporters"): an interview or a
   * statement to the press is no consultation, whatever the parse made of what was said.
   */
  private boolean press(int addressee) {
    if (addressee < 0) {
      return false;
    }
    EntityRecord en = entityAt[addressee];
    return en != null ? en.actor() != null && "JRN".equals(en.actor().sector())
        : "JRN".equals(actors.sector(parse.lemma(addressee)));
  }

  /**
   * Whether the addressee of a verb of telling is an audience rather than a party (the press aside, see
   * {@link #press}): an organisation sitrep cannot place, a gathering ("a meeting", "members of his party"), a body
   * that hears what it is told (`hearing_sectors`: "told the court they would present evidence", testimony), or no
   * one named. "told Putin that ..." addresses a party: that is a consultation.
   */
  private boolean audience(int addressee) {
    if (addressee < 0) {
      return true;
    }
    // a deliberative body named by its head noun ("told the Security Council that ...", "told parliament the
    // troops would stay"; `hearing_bodies`) hears a briefing or an address: a statement, named or not
    if (CoderWords.HEARING_BODIES.contains(parse.lemma(addressee))) {
      return true;
    }
    EntityRecord en = entityAt[addressee];
    if (en != null) {
      if (en.type().equals("PERSON")) {
        return false;
      }
      return en.type().equals("ORGANIZATION") && (en.actor() == null
          || CoderWords.HEARING_SECTORS.contains(en.actor().sector()));
    }
    String sector = actors.sector(parse.lemma(addressee));
    if (sector != null && CoderWords.HEARING_SECTORS.contains(sector)) {
      return true; // "told the court that ...": testimony, a statement to a body that hears it
    }
    // plural people with no sector of their own ("told members of his party", "told others") are a gathering;
    // plural people of the public's sector ("told passengers to ...", "told residents that ...": `public_sectors`)
    // are an audience, told an order or a notice, not a party consulted (branch evvol8)
    boolean plural = "NNS".equals(tokens.get(addressee).pos());
    return sector == null || plural && (sector.equals("*") || CoderWords.PUBLIC_SECTORS.contains(sector));
  }

  /**
   * Whether a verb of telling reports what was said: a clausal complement ("told reporters that ..."), or a
   * quotation it introduces ("..., he told the council" hangs from the quotation as parataxis, or the
   * quotation hangs from it as a complement). Told to an audience, that is a statement whose content is coded
   * on its own, not a consultation.
   */
  private boolean reportsContent(int verb, Sentence s) {
    if (parse.headRel(verb).startsWith("parataxis")) {
      return true;
    }
    for (Dependency d : parse.children(verb)) {
      String r = d.relation();
      if (r.equals("ccomp") || r.startsWith("parataxis")
          || r.equals("dep") && (parse.lemma(d.dependent()).equals("that") // a that-clause the parser left loose
          || tokens.get(d.dependent()).isVerb() && (parse.child(d.dependent(), "nsubj") >= 0
          || parse.child(d.dependent(), "expl") >= 0))) { // ... or a finite clause with its "that" left out
        return true;
      }
    }
    // a quotation in the sentence with the verb outside it: "“...,” the minister told reporters"
    boolean inside = false;
    boolean quote = false;
    for (int k = s.tokens().start(); k < s.tokens().end(); k++) {
      String w = tokens.get(k).text();
      if (w.equals("\u201c") || w.equals("``")) {
        inside = quote = true;
      } else if (w.equals("\u201d") || w.equals("''")) {
        inside = false;
        quote = true;
      } else if (w.equals("\"")) {
        inside = !inside;
        quote = true;
      } else if (k == verb && inside) {
        return false;
      }
    }
    return quote;
  }

  private static boolean wildcard(Set<String> set, String lemma) {
    if (set.contains(lemma)) {
      return true;
    }
    for (String w : set) {
      if (w.startsWith("*") && lemma.endsWith(w.substring(1))) {
        return true;
      }
    }
    return false;
  }
}
