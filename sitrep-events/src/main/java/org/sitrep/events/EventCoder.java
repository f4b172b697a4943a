package org.sitrep.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.ActorCode;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.Attribution;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.TextSpan;

/**
 * Codes one document (created per document, used once, by one thread). The rules, in order:
 * triggers from the lexicon on the parse; complements of verbal events (threaten, agree, ask, ...) fold
 * into them; event nouns that are the subject or object of a verb lend it their actor; actors and
 * recipients from syntactic roles, with compounds split into lists; status, date, attribution.
 */
final class EventCoder {
  /**
   * Material events reported by a verb are kept even when the text names neither side ("five men were
   * killed"); an event noun without arguments ("a pause in the bombing") is a reference, not a report.
   */
  private static final java.util.Set<String> UNATTRIBUTED_OK = java.util.Set.of("ASSAULT", "COERCE", "PROTEST");

  private static final Set<String> COMPLEMENT_TAKERS = Set.of("THREATEN", "REQUEST", "AGREE", "REJECT", "CONCEDE",
      "ACCUSE", "SUPPORT");
  private static final Set<String> LIGHT_VERBS = Set.of("launch", "stage", "carry", "conduct", "mount", "begin",
      "start", "step", "intensify", "continue", "resume", "escalate", "wage", "make", "hold", "lead", "order",
      "undertake", "announce", "sign", "reach", "conclude", "impose", "issue", "have", "take", "deliver", "give");
  private static final Set<String> SPEECH = Set.of("say", "tell", "announce", "report", "claim", "state", "add",
      "declare", "confirm", "insist", "explain", "note", "write", "tweet", "allege", "warn", "stress");
  private static final Set<String> PLAN = Set.of("plan", "intend", "prepare", "aim", "decide", "expect", "hope",
      "seek", "want", "try", "attempt", "vow", "pledge", "promise", "agree", "offer", "propose", "consider", "mull",
      "willing", "ready", "prepared", "swear", "commit", "determined");
  private static final Set<String> MODAL_HYPOTHETICAL = Set.of("could", "might", "may", "should", "can");
  private static final Set<String> VERBAL = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE",
      "REJECT", "THREATEN");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "it", "its", "their");
  private static final Set<String> REGIME_NOUNS = Set.of("regime", "junta");
  private static final Lexicon.Entry MUST_REQUEST =
      Lexicon.parse("say\tV\tREQUEST\t-\t100\tSAY\t-", 0, "EventCoder (X said Y must ...)");
  private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");
  private static final Pattern DATE_VALUE = Pattern.compile("^((\\d{4}|XXXX)-\\d{2}(-\\d{2})?)");
  private static final Pattern YEAR = Pattern.compile("^(1[89]\\d\\d|20\\d\\d)$");

  private final Document doc;
  private final Parse parse;
  private final List<Token> tokens;
  private final Lexicon lexicon = Lexicon.get();
  private final ActorLexicon actors = ActorLexicon.get();
  private final EntityRecord[] entityAt;
  private final Map<Integer, PlaceRecord> placeAt = new HashMap<>();
  private final Map<String, EntityRecord> personByName = new HashMap<>();
  private final List<Attribution.Scope> scopes;
  private final boolean haveAttributions;
  private final Integer publishedYear;
  private String regimeCountry;
  private boolean regimeDone;
  /** Resolved actor phrases so far (token index of the head -> reading), for "they"/"it". */
  private final TreeMap<Integer, ActorRecord> seen = new TreeMap<>();

  EventCoder(Document doc) {
    this.doc = doc;
    this.parse = new Parse(doc);
    this.tokens = parse.tokens;
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
    this.haveAttributions = doc.has(Layers.ATTRIBUTIONS);
    this.scopes = doc.list(Layers.ATTRIBUTIONS);
    String pub = doc.article().published();
    this.publishedYear = pub != null && pub.length() >= 4 && pub.substring(0, 4).matches("\\d{4}")
        ? Integer.valueOf(pub.substring(0, 4)) : null;
  }

  /** A trigger found in a sentence. */
  private static final class Trigger {
    final Lexicon.Entry entry;
    final int head;     // syntactic head for arguments
    final int first;    // first token of the trigger words
    final int last;     // last token
    boolean suppressed;
    String mode;
    List<ActorRecord> actor = new ArrayList<>();
    List<ActorRecord> recipient = new ArrayList<>();
    Trigger lender; // an event noun that lends this verb its actor
    final List<Trigger> complements = new ArrayList<>(); // folded-in events ("threatened to [cut off] ...")
    final List<Integer> clauses = new ArrayList<>();     // complement clauses without a trigger of their own
    int addressee = -1; // "X said Y must ...": Y
    String category;     // the entry's, unless a rule re-codes it ("vowed to fight" -> THREATEN)
    String cameo;        // the entry's, or the lending noun's ("shelling ... killed": 194)

    Trigger(Lexicon.Entry entry, int head, int first, int last) {
      this.entry = entry;
      this.head = head;
      this.first = first;
      this.last = last;
      this.mode = entry.mode();
      this.category = entry.category();
      this.cameo = entry.cameo();
    }
  }

  List<EventRecord> code() {
    List<EventRecord> out = new ArrayList<>();
    List<Sentence> sentences = doc.list(Layers.SENTENCES);
    List<TimeExpression> timex = doc.list(Layers.TIMEX);
    int n = 0;
    for (Sentence s : sentences) {
      List<Trigger> triggers = triggers(s);
      if (triggers.isEmpty()) {
        rememberActors(s);
        continue;
      }
      Map<Integer, Trigger> byHead = new HashMap<>();
      for (Trigger t : triggers) {
        byHead.put(t.head, t);
      }
      fold(triggers, byHead);
      foldObjects(triggers, byHead);
      for (Trigger t : triggers) {
        if (!t.suppressed) {
          arguments(t, byHead);
        }
      }
      for (Trigger t : triggers) {
        if (t.suppressed) {
          continue;
        }
        if (t.actor.isEmpty() && t.recipient.isEmpty()
            && !(UNATTRIBUTED_OK.contains(t.entry.category()) && tokens.get(t.head).isVerb())) {
          continue; // "they agreed", "the bombing": nobody to code, or a reference rather than a report
        }
        if (t.recipient.isEmpty() && !t.actor.isEmpty() && t.entry.category().equals("ASSAULT")) {
          // "prompting Turkish forces to strike back": the answer is aimed at whoever attacked them
          for (int k = out.size() - 1; k >= 0 && k >= out.size() - 4; k--) {
            EventRecord prev = out.get(k);
            if (prev.event().equals("ASSAULT") && prev.recipient().stream().anyMatch(r -> r.country() != null
                && t.actor.stream().anyMatch(a -> r.country().equals(a.country())))) {
              for (ActorRecord a : prev.actor()) {
                if (a.country() != null && t.actor.stream().noneMatch(x -> a.country().equals(x.country()))) {
                  t.recipient.add(a);
                }
              }
              break;
            }
          }
        }
        n++;
        out.add(record(t, s, timex, n));
      }
      rememberActors(s);
    }
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------ triggers

  private List<Trigger> triggers(Sentence s) {
    List<Trigger> out = new ArrayList<>();
    BitSet used = new BitSet();
    for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
      if (used.get(i)) {
        continue;
      }
      Token t = tokens.get(i);
      if (t.pos() == null || !(t.isVerb() || t.isNoun())) {
        continue;
      }
      EntityRecord e = entityAt[i];
      if (e != null && (e.type().equals("ORGANIZATION") || e.type().equals("PERSON"))) {
        continue;
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
          if (must && subj >= 0) {
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

  private boolean nounLike(int i) {
    Token t = tokens.get(i);
    if (t.isNoun()) {
      return parse.child(i, "obj") < 0 || !t.text().endsWith("ing");
    }
    if ("VBG".equals(t.pos())) {
      String rel = parse.headRel(i);
      return rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("nmod") || rel.startsWith("obl")
          || parse.child(i, "det") >= 0 || parse.child(i, "nmod") >= 0;
    }
    return false;
  }

  private Trigger match(Lexicon.Entry e, int i, Sentence s) {
    Token t = tokens.get(i);
    boolean asNoun = nounLike(i);
    boolean asVerb = t.isVerb() && !asNoun;
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
      return null; // "attack helicopters", "peace talks" handled by the head
    }
    if (!e.objects().isEmpty()) {
      int obj = parse.child(head, "obj");
      boolean person = obj >= 0 && e.objects().contains("PERSON") && entityAt[obj] != null
          && entityAt[obj].type().equals("PERSON");
      if (e.objects().contains("none") ? obj >= 0 : obj < 0 || !person && !e.objects().contains(parse.lemma(obj))) {
        return null;
      }
    }
    if (!e.preps().isEmpty()) {
      boolean ok = false;
      for (Dependency d : parse.children(head)) {
        String r = d.relation();
        int colon = r.indexOf(':');
        if (colon > 0 && (r.startsWith("obl") || r.startsWith("nmod")) && e.preps().contains(r.substring(colon + 1))) {
          ok = true;
        }
      }
      if (!ok) {
        return null;
      }
    }
    if (!e.subjects().isEmpty()) {
      int subj = parse.child(head, "nsubj");
      if (subj < 0 || !e.subjects().contains(parse.lemma(subj))) {
        return null;
      }
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

  /** Complements of verbal events fold into them; event nouns lend actors to the verbs they are arguments of. */
  private void fold(List<Trigger> triggers, Map<Integer, Trigger> byHead) {
    for (Trigger t : triggers) {
      if (!COMPLEMENT_TAKERS.contains(t.entry.category()) || !tokens.get(t.head).isVerb()) {
        continue;
      }
      for (Dependency d : parse.children(t.head)) {
        String r = d.relation();
        boolean complement = r.equals("xcomp") || r.equals("advcl:of") || r.equals("acl:of")
            || r.equals("ccomp") && !t.entry.category().equals("ACCUSE") && !t.entry.category().equals("SUPPORT");
        Trigger c = byHead.get(d.dependent());
        if (complement && c == null && (r.equals("xcomp") || r.equals("ccomp"))) {
          t.clauses.add(d.dependent());
          // "threatened to launch an offensive against ...": the clause's object event folds in too
          for (int o : parse.children(d.dependent(), "obj")) {
            Trigger oc = byHead.get(o);
            if (oc != null && oc != t && !oc.suppressed) {
              oc.suppressed = true;
              t.complements.add(oc);
              if (t.entry.category().equals("THREATEN") && t.mode == null) {
                t.mode = threatMode(oc.entry.category());
              }
            }
          }
        }
        if (complement && c != null && c != t) {
          c.suppressed = true;
          t.complements.add(c);
          if (t.entry.category().equals("AGREE") && Plover.quad(c.entry.category()) == 4
              && !c.entry.category().equals("PROTEST")) {
            t.category = "THREATEN"; // "vowed to fight", "offered to strike": an intent of violence is a threat
          }
          if (t.category.equals("THREATEN") && t.mode == null) {
            t.mode = threatMode(c.entry.category());
          }
          suppressChain(c, byHead);
        }
      }
    }
    for (Trigger t : triggers) {
      if (t.suppressed || !nounLike(t.head)) {
        continue;
      }
      for (Dependency d : parse.heads(t.head)) {
        Trigger v = byHead.get(d.governor());
        if (v == null || v == t || v.suppressed || !tokens.get(v.head).isVerb()) {
          continue;
        }
        String dr = d.relation();
        boolean lends = dr.startsWith("nsubj") && !dr.contains("pass")
            || (dr.equals("obl:in") || dr.equals("obl:by") || dr.equals("obl:agent") || dr.equals("obl:during")
            || dr.equals("obl:from")) && parse.child(v.head, "nsubj:pass") >= 0;
        if (lends && v.entry.category().equals(t.entry.category())) {
          // "Shelling by Syrian forces killed eight soldiers": one event, the noun's mode and actor
          t.suppressed = true;
          v.lender = t;
          if (t.mode != null) {
            v.mode = t.mode;
            v.cameo = t.cameo;
          }
        }
      }
    }
  }

  /** "rejected North Korea's demand", "signed a treaty": the object noun folds into the verb. */
  private void foldObjects(List<Trigger> triggers, Map<Integer, Trigger> byHead) {
    for (Trigger t : triggers) {
      if (t.suppressed || !VERBAL.contains(t.entry.category()) || !tokens.get(t.head).isVerb()) {
        continue;
      }
      for (Dependency d : parse.children(t.head)) {
        Trigger c = byHead.get(d.dependent());
        if (c != null && c != t && !c.suppressed && (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
            && nounLike(c.head)) {
          c.suppressed = true;
          t.complements.add(c);
        }
      }
    }
  }

  private void suppressChain(Trigger c, Map<Integer, Trigger> byHead) {
    for (Dependency d : parse.children(c.head)) {
      Trigger x = byHead.get(d.dependent());
      if (x != null && !x.suppressed && (d.relation().equals("xcomp") || d.relation().startsWith("conj"))) {
        x.suppressed = true;
      }
    }
  }

  private static String threatMode(String category) {
    return switch (category) {
      case "ASSAULT", "MOBILIZE" -> "violence";
      case "COERCE" -> "restrict";
      case "SANCTION" -> "relations";
      default -> null;
    };
  }

  // ------------------------------------------------------------------ arguments

  private void arguments(Trigger t, Map<Integer, Trigger> byHead) {
    int h = t.head;
    boolean noun = nounLike(h);
    List<Integer> actorHeads = new ArrayList<>();
    List<Integer> recipientHeads = new ArrayList<>();
    Set<String> recipientRels = recipientRelations(t.entry.frame(), noun);
    if (!noun) {
      boolean passive = false;
      for (Dependency d : parse.children(h)) {
        String r = d.relation();
        if (r.equals("nsubj") || r.equals("nsubj:xsubj")) {
          actorHeads.add(d.dependent());
        } else if (r.startsWith("nsubj:pass")) {
          passive = true;
          recipientHeads.add(d.dependent());
        } else if (r.equals("obl:agent") || r.equals("obl:by") || r.equals("nmod:agent")) {
          actorHeads.add(d.dependent());
        } else if (r.startsWith("obl:between")) {
          actorHeads.add(d.dependent());
        } else if (recipientRels.contains(r) && !(passive && r.equals("obj"))) {
          recipientHeads.add(d.dependent());
        } else if (r.equals("xcomp") && recipientRels.contains("obj") && "JJ".equals(tokens.get(d.dependent()).pos())) {
          // small clause: "holding it responsible" -> it
          recipientHeads.addAll(parse.children(d.dependent(), "nsubj"));
        }
      }
      if (actorHeads.isEmpty() && !passive) {
        actorHeads.addAll(inheritedSubjects(h));
      }
      if (t.addressee >= 0) {
        recipientHeads.add(t.addressee);
      }
      if (t.lender != null) {
        Trigger l = t.lender;
        arguments(l, byHead);
        t.actor.addAll(l.actor);
      }
    } else {
      for (Dependency d : parse.children(h)) {
        String r = d.relation().startsWith("obl:") ? "nmod:" + d.relation().substring(4) : d.relation();
        if (r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:agent") || r.equals("nmod:from")) {
          actorHeads.add(d.dependent());
        } else if (r.startsWith("nmod:between") || r.equals("nmod:among")) {
          // "clashes between Turkey and the regime forces": first party actor, the others recipients
          if (actorHeads.isEmpty() && !parse.hasHeadRel(d.dependent(), "conj")) {
            actorHeads.add(d.dependent());
          } else {
            recipientHeads.add(d.dependent());
          }
        } else if (recipientRels.contains(r)) {
          recipientHeads.add(d.dependent());
        }
      }
      // the noun's own modifiers: "Syrian shelling", "regime attacks", "a Turkish military convoy"
      List<ActorRecord> own = modifierActors(h);
      t.actor.addAll(own);
      if (actorHeads.isEmpty() && own.isEmpty()) {
        // "Ankara has staged a military response": the subject of the verb whose object the noun is
        for (Dependency d : parse.heads(h)) {
          if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")
              || d.relation().startsWith("obl:") && !d.relation().equals("obl:agent") && d.governor() >= 0
              && tokens.get(d.governor()).isVerb()) {
            for (int s : parse.children(d.governor(), "nsubj")) {
              actorHeads.add(s);
            }
            for (int s : parse.children(d.governor(), "obl:agent")) {
              actorHeads.add(s);
            }
            if (actorHeads.isEmpty()) {
              actorHeads.addAll(inheritedSubjects(d.governor()));
            }
          }
        }
      }
    }
    for (int a : actorHeads) {
      addAll(t.actor, resolve(a, t));
    }
    for (int r : recipientHeads) {
      List<ActorRecord> rs = resolve(r, t);
      if (t.entry.frame() == Lexicon.Frame.GIVE && !noun && parse.headRel(r).equals("obj")) {
        rs.removeIf(x -> x.country() == null || !isNamed(r));
      }
      addAll(t.recipient, rs);
    }
    for (Trigger c : t.complements) {
      arguments(c, byHead);
      if (t.actor.isEmpty()) {
        addAll(t.actor, c.actor);
      }
      if (t.recipient.isEmpty()) {
        // a folded noun's own actor is whom the verb answers ("rejected a U.N. appeal"); a folded clause's
        // recipient is the verb's ("threatened to cut off electricity to Nakhichevan")
        boolean nounObject = nounLike(c.head) && parse.head(c.head) == t.head;
        List<ActorRecord> from = nounObject && !c.actor.isEmpty() ? c.actor : c.recipient;
        for (ActorRecord r : from) {
          if (r.country() != null) {
            t.recipient.add(r);
          }
        }
      }
    }
    if (t.recipient.isEmpty() && !t.clauses.isEmpty() && !t.actor.isEmpty()) {
      for (int c : t.clauses) {
        for (int k : clauseArguments(c)) {
          for (ActorRecord r : resolve(k, t)) {
            if (r.country() != null && t.actor.stream().noneMatch(a -> r.country().equals(a.country()))) {
              t.recipient.add(r);
            }
          }
          if (!t.recipient.isEmpty()) {
            break;
          }
        }
      }
    }
    if (t.recipient.isEmpty() && t.entry.frame() != Lexicon.Frame.NONE) {
      // the nearest named country among the trigger's other dependents ("threatened further action against
      // Russia", "shared evidence with the U.S.", "evacuated the wounded from the Bosnian town of Gorazde")
      Set<Integer> skip = new java.util.HashSet<>(actorHeads);
      for (int k : clauseSearch(h, skip)) {
        for (ActorRecord r : resolve(k, t)) {
          if (r.country() != null && (isNamedCountry(k) || r.name() != null)) {
            t.recipient.add(r);
          }
        }
        if (!t.recipient.isEmpty()) {
          break;
        }
      }
    }
    if (t.recipient.isEmpty() && t.actor.size() == 1 && t.actor.get(0).country() != null
        && DOMESTIC.contains(t.entry.category())) {
      // protest, repression and concessions with no foreign party named are domestic: protesters against their
      // own government, a government against (or yielding to) its own people
      ActorRecord a = t.actor.get(0);
      boolean actorIsState = a.sector() == null || STATE_SECTORS.contains(a.sector());
      String sector = t.entry.category().equals("PROTEST") ? "GOV" : actorIsState ? "CVL" : "GOV";
      if (!t.entry.category().equals("PROTEST") || !actorIsState || a.sector() == null) {
        t.recipient.add(new ActorRecord(null, countryName(a.country()), a.country(), sector, null));
      }
    }
    // two-sided events with a compound actor and no recipient stay as they are; a recipient identical to the
    // actor is dropped
    t.recipient.removeIf(r -> t.actor.stream().anyMatch(a -> a.country() != null && a.country().equals(r.country())
        && java.util.Objects.equals(a.sector(), r.sector()) && java.util.Objects.equals(a.text(), r.text())));
  }

  private static final Set<String> DOMESTIC = Set.of("PROTEST", "COERCE", "CONCEDE");
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  private boolean isNamedCountry(int k) {
    int[] r = NounPhrase.rangeNoConj(parse, k);
    for (int i = r[0]; i < r[1]; i++) {
      if (countryOf(i) != null || entityAt[i] != null || actors.capital(tokens.get(i).text()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Dependents of the trigger (and of its objects and complement clauses), breadth first, for a recipient. */
  private List<Integer> clauseSearch(int h, Set<Integer> skip) {
    List<Integer> out = new ArrayList<>();
    java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
    todo.add(new int[] {h, 0});
    BitSet seenTok = new BitSet();
    seenTok.set(h);
    while (!todo.isEmpty()) {
      int[] cur = todo.poll();
      for (Dependency d : parse.children(cur[0])) {
        String r = d.relation();
        int k = d.dependent();
        if (seenTok.get(k) || skip.contains(k) || r.startsWith("nsubj") || r.startsWith("advcl")
            || r.startsWith("parataxis") || r.startsWith("conj") || r.equals("obl:agent") || r.startsWith("acl")
            || r.equals("punct") || r.equals("nmod:poss") && cur[0] == h) {
          continue;
        }
        seenTok.set(k);
        boolean arg = r.equals("obj") || r.equals("iobj") || r.startsWith("obl") || r.startsWith("nmod")
            || r.equals("amod") && cur[0] != h;
        if (arg) {
          out.add(k);
        }
        if (cur[1] < 2 && (arg || r.equals("xcomp") || r.equals("ccomp"))) {
          todo.add(new int[] {k, cur[1] + 1});
        }
      }
    }
    return out;
  }

  /** Objects and oblique arguments inside a complement clause, nearest first. */
  private List<Integer> clauseArguments(int clause) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : parse.children(clause)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("iobj") || r.startsWith("obl:") && !r.equals("obl:tmod")) {
        out.add(d.dependent());
        for (Dependency d2 : parse.children(d.dependent())) {
          if (d2.relation().startsWith("nmod:") && !d2.relation().equals("nmod:poss")) {
            out.add(d2.dependent());
          }
        }
      }
    }
    return out;
  }

  private static void addAll(List<ActorRecord> to, List<ActorRecord> add) {
    for (ActorRecord a : add) {
      boolean dup = to.stream().anyMatch(x -> java.util.Objects.equals(x.country(), a.country())
          && java.util.Objects.equals(x.sector(), a.sector()) && java.util.Objects.equals(x.name(), a.name()));
      if (!dup) {
        to.add(a);
      }
    }
  }

  private boolean isNamed(int i) {
    return tokens.get(i).isProperNoun() || entityAt[i] != null;
  }

  private static Set<String> recipientRelations(Lexicon.Frame frame, boolean noun) {
    return switch (frame) {
      case TRANS -> noun ? Set.of("nmod:against", "nmod:on", "nmod:upon", "nmod:at", "nmod:of", "nmod:to",
          "nmod:toward", "nmod:towards", "nmod:into")
          : Set.of("obj", "obl:against", "obl:on", "obl:upon", "obl:at", "obl:into", "obl:toward", "obl:towards",
          "obl:of");
      case SAY -> noun ? Set.of("nmod:to", "nmod:against", "nmod:with", "nmod:on")
          : Set.of("obj", "iobj", "obl:to", "obl:with", "obl:against", "obl:on");
      case GIVE -> noun ? Set.of("nmod:to", "nmod:for", "nmod:with")
          : Set.of("iobj", "obl:to", "obl:for", "obj", "obl:with");
      case WITH -> noun ? Set.of("nmod:with", "nmod:to") : Set.of("obl:with", "obj", "obl:to");
      case MOB -> noun ? Set.of("nmod:to", "nmod:into", "nmod:against")
          : Set.of("obl:to", "obl:into", "obl:against");
      case NONE -> Set.of();
    };
  }

  /** Subjects of the clause a subject-less verb hangs from (xcomp, advcl, conj, acl: "prompting forces to strike back"). */
  private List<Integer> inheritedSubjects(int h) {
    List<Integer> out = new ArrayList<>();
    int cur = h;
    for (int depth = 0; depth < 3 && out.isEmpty(); depth++) {
      int gov = parse.head(cur);
      String rel = parse.headRel(cur);
      if (gov < 0) {
        break;
      }
      if (rel.equals("acl") && nounLike(gov)) {
        out.add(gov); // "troops stationed in ..." -> the troops
        break;
      }
      if (!(rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("dep"))) {
        break;
      }
      if (rel.equals("xcomp")) {
        // object control: "prompting Turkish forces to strike back"
        List<Integer> objs = parse.children(gov, "obj");
        if (!objs.isEmpty()) {
          out.addAll(objs);
          break;
        }
      }
      out.addAll(parse.children(gov, "nsubj"));
      cur = gov;
    }
    return out;
  }

  /** Actors named by the modifiers of an event noun ("Syrian and Russian air strikes", "regime shelling"). */
  private List<ActorRecord> modifierActors(int h) {
    List<ActorRecord> out = new ArrayList<>();
    List<Integer> mods = new ArrayList<>();
    for (Dependency d : parse.children(h)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        mods.add(d.dependent());
      }
    }
    String sector = null;
    for (int m : mods) {
      String sec = actors.sector(parse.lemma(m));
      if (sec != null && !"*".equals(sec)) {
        sector = sec;
      }
    }
    for (int m : mods) {
      EntityRecord e = entityAt[m];
      ActorLexicon.Country c = actors.country(tokens.get(m).text());
      if (c != null && Text.startsUpper(tokens.get(m).text())) {
        out.add(new ActorRecord(tokens.get(m).text(), c.name(), c.code(), sector, null));
      } else if (e != null && e.actor() != null && e.actor().country() != null) {
        out.add(new ActorRecord(e.text(), e.name(), e.actor().country(), e.actor().sector(), null));
      } else if (REGIME_NOUNS.contains(parse.lemma(m)) || parse.lemma(m).equals("government")) {
        String rc = regimeCountry();
        if (rc != null) {
          out.add(new ActorRecord(tokens.get(m).text(), countryName(rc), rc, "GOV", null));
        }
      } else if (tokens.get(m).isNoun() && parse.headRel(m).equals("compound")) {
        // "the Syrian forces' attack" parsed as a compound: the modifier phrase is the actor
        for (ActorRecord r : resolve(m, null)) {
          if (r.country() != null) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ actor resolution

  /** The actors an argument head denotes: one per conjunct and per coordinated nationality. */
  private List<ActorRecord> resolve(int a, Trigger t) {
    List<ActorRecord> out = new ArrayList<>();
    Token tok = tokens.get(a);
    String f = Text.fold(tok.text());
    // pronouns
    if (PERSONAL.contains(f) && ("PRP".equals(tok.pos()) || "PRP$".equals(tok.pos()))) {
      EntityRecord p = previousPerson(a);
      if (p != null) {
        out.add(new ActorRecord(tok.text(), p.name(), p.actor() == null ? null : p.actor().country(),
            p.actor() == null ? null : p.actor().sector(), null));
      }
      return out;
    }
    if (GROUP_PRONOUNS.contains(f) && tok.pos() != null && tok.pos().startsWith("PRP")) {
      ActorRecord r = previousGroup(a, t);
      if (r != null) {
        out.add(new ActorRecord(tok.text(), r.name(), r.country(), r.sector(), null));
      }
      return out;
    }
    // relative pronoun mis-attached by the parser: the noun phrase before the comma
    if (tok.pos() != null && (tok.pos().equals("WDT") || tok.pos().equals("WP")) && a > 0) {
      int k = a - 1;
      while (k > 0 && !Text.startsLetterOrDigit(tokens.get(k).text())) {
        k--;
      }
      if (k >= 0 && k < a && (tokens.get(k).isNoun() || entityAt[k] != null) && k != a) {
        return resolve(k, t);
      }
      return out;
    }
    // named entity at the head; a known person's name that NER missed in this sentence
    EntityRecord e = entityAt[a];
    if (e == null && tok.isProperNoun()) {
      e = personByName.get(Text.fold(tok.text()));
    }
    if (e != null && !e.type().equals("TITLE")) {
      ActorRecord r = fromEntity(e, a);
      if (r != null) {
        out.add(r);
      }
      return out;
    }
    // coordinated nationalities on one head: "Russian and Syrian planes"
    int[] range = NounPhrase.rangeNoConj(parse, a);
    ActorReader.Reading reading = ActorReader.read(tokens, range[0], range[1], a);
    List<Integer> nationalities = new ArrayList<>();
    for (Dependency d : parse.children(a)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound")) && countryOf(d.dependent()) != null) {
        nationalities.add(d.dependent());
      }
    }
    if (nationalities.size() > 1) {
      for (int n : nationalities) {
        ActorLexicon.Country c = countryOf(n);
        out.add(new ActorRecord(tokens.get(n).text() + " " + tok.text(), null, c.code(), reading.sector(), null));
      }
      return out;
    }
    // a title heading a name ("Turkey's President Recep Tayyip Erdoğan threatened"): the person
    if (tok.isProperNoun() || TITLES.contains(parse.lemma(a))) {
      List<Integer> around = new ArrayList<>();
      for (int k = range[0]; k < range[1]; k++) {
        around.add(k);
      }
      for (Dependency d : parse.children(a)) {
        if (d.relation().equals("dep") || d.relation().equals("appos")) {
          around.add(d.dependent());
        }
      }
      for (int k : around) {
        EntityRecord inner = entityAt[k];
        if (inner != null && inner.type().equals("PERSON")) {
          ActorRecord p = fromEntity(inner, k);
          if (p != null) {
            String c = p.country() != null ? p.country() : reading.country();
            String sec = p.sector() != null ? p.sector() : reading.sector();
            out.add(new ActorRecord(trimPossessive(ActorReader.surface(tokens, range[0], range[1])), p.name(), c, sec,
                null));
            return out;
          }
        }
      }
    }
    String country = reading.country();
    String sector = reading.sector();
    String name = null;
    // entities inside the phrase ("the Assad regime", "forces loyal to Assad", "Erdoğan's government")
    if (country == null) {
      for (int k = range[0]; k < range[1]; k++) {
        EntityRecord inner = entityAt[k];
        if (inner != null && inner.actor() != null && inner.actor().country() != null) {
          country = inner.actor().country();
          break;
        }
      }
    }
    if (country == null) {
      for (int k = range[0]; k < range[1]; k++) {
        if (REGIME_NOUNS.contains(parse.lemma(k)) || k != a && isPersonNamedRegime(k)) {
          country = regimeCountry();
          sector = sector == null ? "GOV" : sector;
          break;
        }
      }
    }
    if (country == null) {
      // possessive pronoun: "its troops" -> the clause's subject
      for (int k = range[0]; k < range[1]; k++) {
        String pf = Text.fold(tokens.get(k).text());
        if ("PRP$".equals(tokens.get(k).pos()) && (GROUP_PRONOUNS.contains(pf) || PERSONAL.contains(pf))) {
          ActorRecord r = PERSONAL.contains(pf) ? personRecord(previousPerson(k)) : previousGroup(k, t);
          if (r != null) {
            country = r.country();
          }
        }
      }
    }
    if (reading.fromCapital() && sector == null) {
      sector = "GOV";
    }
    PlaceRecord place = placeAt.get(tok.span().start());
    if (place != null && Boolean.TRUE.equals(place.metonym()) && place.countryCode() != null) {
      String iso3 = iso3(place.countryCode());
      if (iso3 != null) {
        country = iso3;
        sector = sector == null ? "GOV" : sector;
      }
    }
    // "the president", "the Turkish president": the person of the article with that role
    if (name == null && "GOV".equals(sector) && !tok.isProperNoun() && TITLES.contains(parse.lemma(a))) {
      EntityRecord p = titledPerson(a, country);
      if (p != null) {
        name = p.name();
        country = country != null ? country : p.actor().country();
      }
    }
    if (country == null && sector == null) {
      return out;
    }
    if (country != null && name == null && tok.isProperNoun()) {
      name = countryName(country);
    }
    String text = trimPossessive(ActorReader.surface(tokens, range[0], range[1]));
    out.add(new ActorRecord(text, name, country, sector, null));
    return out;
  }

  private static final Set<String> TITLES = Set.of("president", "minister", "prime", "premier", "king", "chancellor",
      "leader", "emir", "queen", "prince", "sultan");

  /** The most recent person before {@code a} with a government role (and the country, where given). */
  private EntityRecord titledPerson(int a, String country) {
    for (int i = a - 1; i >= 0; i--) {
      EntityRecord e = entityAt[i];
      if (e != null && e.type().equals("PERSON") && e.actor() != null && "GOV".equals(e.actor().sector())
          && e.actor().country() != null && (country == null || country.equals(e.actor().country()))) {
        return e;
      }
    }
    return null;
  }

  private static String trimPossessive(String s) {
    return s.replaceFirst("\\s*['\u2019]s?$", "").replaceFirst("^(on|against|at|to|by|from|with|of|in|upon|into) ", "");
  }

  private boolean isPersonNamedRegime(int k) {
    EntityRecord e = entityAt[k];
    return e != null && e.type().equals("PERSON") && e.actor() == null;
  }

  private ActorRecord fromEntity(EntityRecord e, int a) {
    ActorCode code = e.actor();
    String country = code == null ? null : code.country();
    String sector = code == null ? null : code.sector();
    if (e.type().equals("COUNTRY") || e.type().equals("NATIONALITY")) {
      return country == null ? null : new ActorRecord(e.text(), e.name(), country, sector, null);
    }
    if (e.type().equals("CITY") || e.type().equals("LOCATION") || e.type().equals("STATE_OR_PROVINCE")) {
      PlaceRecord place = placeAt.get(e.start());
      if (place != null && Boolean.TRUE.equals(place.metonym()) && place.countryCode() != null) {
        String iso3 = iso3(place.countryCode());
        return iso3 == null ? null : new ActorRecord(e.text(), countryName(iso3), iso3, "GOV", null);
      }
      ActorLexicon.Country cap = actors.capital(e.text());
      return cap == null ? null : new ActorRecord(e.text(), cap.name(), cap.code(), "GOV", null);
    }
    if (e.type().equals("PERSON") && country == null && regimeLinked(e)) {
      country = regimeCountry();
      sector = sector == null ? "GOV" : sector;
    }
    if (country == null && sector == null && e.type().equals("ORGANIZATION")) {
      return null;
    }
    return new ActorRecord(e.text(), e.name(), country, sector, null);
  }

  /** A person whose name modifies "regime", "forces" or "government" somewhere in the article ("the Assad regime"). */
  private final Map<String, Boolean> regimeLinkedByName = new HashMap<>();

  private boolean regimeLinked(EntityRecord e) {
    return regimeLinkedByName.computeIfAbsent(String.valueOf(e.name()), k -> regimeLinkedScan(e));
  }

  private boolean regimeLinkedScan(EntityRecord e) {
    for (int i = 0; i < tokens.size(); i++) {
      EntityRecord x = entityAt[i];
      if (x != null && x.type().equals("PERSON") && x.name() != null && x.name().equals(e.name())) {
        int h = parse.head(i);
        String rel = parse.headRel(i);
        if (h >= 0 && (rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("amod"))
            && (REGIME_NOUNS.contains(parse.lemma(h)) || parse.lemma(h).equals("government")
            || parse.lemma(h).equals("force"))) {
          return true;
        }
      }
    }
    return false;
  }

  private ActorRecord personRecord(EntityRecord p) {
    if (p == null) {
      return null;
    }
    return new ActorRecord(p.text(), p.name(), p.actor() == null ? null : p.actor().country(),
        p.actor() == null ? null : p.actor().sector(), null);
  }

  private ActorLexicon.Country countryOf(int i) {
    Token t = tokens.get(i);
    if (!Text.startsUpper(t.text())) {
      return null;
    }
    return actors.country(t.text());
  }

  private EntityRecord previousPerson(int a) {
    int sentence = tokens.get(a).sentence();
    for (int i = a - 1; i >= 0 && tokens.get(i).sentence() >= sentence - 2; i--) {
      EntityRecord e = entityAt[i];
      if (e != null && e.type().equals("PERSON")) {
        return e;
      }
    }
    return null;
  }

  /** The nearest preceding group actor ("they", "it") in this or the previous sentence, not in this clause's subject. */
  private ActorRecord previousGroup(int a, Trigger t) {
    int sentence = tokens.get(a).sentence();
    // not the subject of the clause the pronoun sits in or hangs from ("Turkey ... holding it responsible",
    // "Erdogan threatened ... unless they pull back")
    Set<Integer> clauseSubjects = new java.util.HashSet<>();
    String prel = parse.headRel(a);
    int pgov = parse.head(a);
    boolean avoidSubject = !"PRP$".equals(tokens.get(a).pos()) && (prel.equals("obj") || prel.equals("iobj")
        || prel.startsWith("obl") || prel.startsWith("nsubj") && pgov >= 0
        && (parse.headRel(pgov).startsWith("advcl") || "JJ".equals(tokens.get(pgov).pos())));
    int cur = avoidSubject ? a : -1;
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      int g = parse.head(cur);
      if (g < 0) {
        break;
      }
      for (int sj : parse.children(g, "nsubj")) {
        if (sj != a) {
          clauseSubjects.add(sj);
        }
      }
      cur = g;
    }
    Set<String> avoid = new java.util.HashSet<>();
    for (int sj : clauseSubjects) {
      if (sj < a) {
        for (ActorRecord r : resolveQuiet(sj)) {
          if (r.country() != null) {
            avoid.add(r.country());
          }
        }
      }
    }
    // nearest preceding noun phrase with a country in this or the previous sentence
    for (int i = a - 1; i >= 0 && tokens.get(i).sentence() >= sentence - 1; i--) {
      if (clauseSubjects.contains(i)) {
        continue;
      }
      boolean candidate = tokens.get(i).isNoun() && entityAt[i] == null
          || entityAt[i] != null && !entityAt[i].type().equals("PERSON");
      if (!candidate) {
        continue;
      }
      int[] range = NounPhrase.rangeNoConj(parse, i);
      if (range[1] - 1 != i && entityAt[i] == null) {
        continue;
      }
      List<ActorRecord> rs = resolveQuiet(i);
      if (rs.size() == 1 && rs.get(0).country() != null && !avoid.contains(rs.get(0).country())
          && !"CVL".equals(rs.get(0).sector())) {
        return rs.get(0);
      }
    }
    for (Map.Entry<Integer, ActorRecord> e : seen.headMap(a, false).descendingMap().entrySet()) {
      if (tokens.get(e.getKey()).sentence() < sentence - 1) {
        break;
      }
      ActorRecord r = e.getValue();
      if (r.country() != null && !avoid.contains(r.country()) && (r.sector() == null || !r.sector().equals("CVL"))) {
        return r;
      }
    }
    return null;
  }

  /** Remembers the actor phrases of a sentence for later pronouns. */
  private void rememberActors(Sentence s) {
    for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
      String rel = parse.headRel(i);
      if (!(rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
        continue;
      }
      Token t = tokens.get(i);
      if (!(t.isNoun() || entityAt[i] != null) || t.pos().startsWith("PRP")) {
        continue;
      }
      List<ActorRecord> rs = resolveQuiet(i);
      if (rs.size() == 1 && rs.get(0).country() != null) {
        seen.put(i, rs.get(0));
      }
    }
  }

  private List<ActorRecord> resolveQuiet(int i) {
    Token t = tokens.get(i);
    String f = Text.fold(t.text());
    if (PERSONAL.contains(f) || GROUP_PRONOUNS.contains(f)) {
      return List.of();
    }
    return resolve(i, null);
  }

  /**
   * The government "the regime" means in this article: an explicit "Syrian regime" / "regime of X", else the
   * country of a leader named in "the X regime", else the country most of the article's places are in, else the
   * most mentioned country.
   */
  private String regimeCountry() {
    if (regimeDone) {
      return regimeCountry;
    }
    regimeDone = true;
    Map<String, Integer> explicit = new TreeMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!REGIME_NOUNS.contains(parse.lemma(i))) {
        continue;
      }
      for (Dependency d : parse.children(i)) {
        if (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss")
            || d.relation().equals("nmod:of") || d.relation().equals("nmod:in")) {
          ActorLexicon.Country c = countryOf(d.dependent());
          EntityRecord e = entityAt[d.dependent()];
          if (c != null) {
            explicit.merge(c.code(), 1, Integer::sum);
          } else if (e != null && e.actor() != null && e.actor().country() != null) {
            explicit.merge(e.actor().country(), 1, Integer::sum);
          }
        }
      }
      // "[Syrian] regime": a bracketed nationality just before
      for (int k = Math.max(0, i - 3); k < i; k++) {
        ActorLexicon.Country c = countryOf(k);
        if (c != null && tokens.get(k).sentence() == tokens.get(i).sentence()) {
          explicit.merge(c.code(), 1, Integer::sum);
        }
      }
    }
    regimeCountry = top(explicit);
    if (regimeCountry == null) {
      Map<String, Integer> places = new TreeMap<>();
      for (PlaceRecord p : doc.list(Layers.PLACES)) {
        if (!Boolean.TRUE.equals(p.metonym()) && p.countryCode() != null && !"PCLI".equals(p.featureCode())) {
          String iso3 = iso3(p.countryCode());
          if (iso3 != null) {
            places.merge(iso3, 1, Integer::sum);
          }
        }
      }
      regimeCountry = top(places);
    }
    if (regimeCountry == null) {
      Map<String, Integer> mentioned = new TreeMap<>();
      for (EntityRecord e : doc.list(Layers.ENTITIES)) {
        if ((e.type().equals("COUNTRY") || e.type().equals("NATIONALITY")) && e.actor() != null
            && e.actor().country() != null) {
          mentioned.merge(e.actor().country(), 1, Integer::sum);
        }
      }
      regimeCountry = top(mentioned);
    }
    return regimeCountry;
  }

  private static String top(Map<String, Integer> counts) {
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  private String countryName(String code) {
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

  // ------------------------------------------------------------------ the record

  private EventRecord record(Trigger t, Sentence s, List<TimeExpression> timex, int n) {
    Lexicon.Entry e = t.entry;
    if (!t.category.equals(e.category())) {
      e = new Lexicon.Entry(e.pattern(), e.head(), e.particle(), e.verb(), e.noun(), t.category, t.mode,
          t.category.equals("THREATEN") ? "130" : e.cameo(), e.frame(), e.context(), e.objects(), e.preps(),
          e.subjects(), e.modifiers(), e.line());
    }
    TimeExpression when = date(t, s, timex);
    String date = null;
    if (when != null && when.value() != null) {
      Matcher m = DATE_VALUE.matcher(when.value());
      date = m.find() ? m.group(1) : null;
    }
    String status = status(t, date);
    Lexicon.Entry original = e;
    if (status.equals("planned") && !e.category().equals("AGREE")
        && (!VERBAL.contains(e.category()) || Plover.quad(e.category()) == 1)) {
      // PLOVER: intended future cooperation is AGREE; an announced future material conflict is a THREATEN
      boolean cooperative = Plover.quad(e.category()) <= 2;
      String category = cooperative ? "AGREE" : "THREATEN";
      e = new Lexicon.Entry(e.pattern(), e.head(), e.particle(), e.verb(), e.noun(), category,
          cooperative ? null : threatMode(e.category()), cooperative ? "030" : "130", e.frame(), e.context(),
          e.objects(), e.preps(), e.subjects(), e.modifiers(), e.line());
      t.mode = e.mode();
      status = cooperative ? "occurred" : "threatened";
    }
    if (status.equals("negated") && (e.category().equals("AGREE") || e.category().equals("SUPPORT")
        || Plover.quad(e.category()) == 2 && hasAux(t.head, Set.of("will", "would", "shall")))) {
      // "will not accept", "refused to" ... : a refusal of cooperation is a REJECT that occurred
      e = new Lexicon.Entry(e.pattern(), e.head(), e.particle(), e.verb(), e.noun(), "REJECT", null, "120", e.frame(),
          e.context(), e.objects(), e.preps(), e.subjects(), e.modifiers(), e.line());
      t.mode = null;
      status = "occurred";
    }
    String text = doc.text();
    Evidence evidence = new Evidence(s.span().start(), s.span().end(), s.span().of(text));
    int ts = tokens.get(t.first).span().start();
    int te = tokens.get(t.last).span().end();
    TextSpan trigger = new TextSpan(ts, te, text.substring(ts, te));
    Attribution attribution = attribution(t, ts, te);
    List<String> context = e.context();
    String cameo = e.category().equals(t.entry.category()) ? t.cameo : e.cameo();
    return new EventRecord(doc.docId() + "#e" + n, e.category(), t.mode, context, cameo, Plover.quad(e.category()),
        Plover.intensity(e.category(), t.mode), sorted(t.actor), sorted(t.recipient), date,
        date == null ? null : when.text(), null, Map.of(), status, attribution, evidence, trigger);
  }

  private static List<ActorRecord> sorted(List<ActorRecord> in) {
    return List.copyOf(in);
  }

  /** The sentence's time expression attached to the trigger (or to the clause it hangs from). */
  private TimeExpression date(Trigger t, Sentence s, List<TimeExpression> timex) {
    List<TimeExpression> inSentence = new ArrayList<>();
    for (TimeExpression x : timex) {
      if (s.span().contains(x.span()) && ("DATE".equals(x.type()) || "TIME".equals(x.type()))
          && x.value() != null && DATE_VALUE.matcher(x.value()).find()) {
        inSentence.add(x);
      }
    }
    if (inSentence.isEmpty()) {
      return null;
    }
    // walk up from the trigger through its clause and the clauses it hangs from
    int cur = t.head;
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      for (TimeExpression x : inSentence) {
        for (int k = x.tokens().start(); k < x.tokens().end(); k++) {
          int g = parse.head(k);
          String rel = parse.headRel(k);
          if (g == cur && (rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod")
              || rel.equals("obl:tmod") || rel.equals("nmod:tmod") || rel.equals("compound") || rel.equals("amod"))) {
            return x;
          }
        }
      }
      String rel = parse.headRel(cur);
      if (!(rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("ccomp")
          || rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("acl") || rel.equals("dep")
          || rel.startsWith("parataxis"))) {
        break;
      }
      cur = parse.head(cur);
    }
    // one date in the sentence and the trigger is in its main clause
    if (inSentence.size() == 1) {
      int g = parse.head(t.head);
      String rel = parse.headRel(t.head);
      if (g < 0 || rel.equals("root") || rel.startsWith("conj") && parse.head(g) < 0) {
        return inSentence.get(0);
      }
    }
    return null;
  }

  private String status(Trigger t, String date) {
    int h = t.head;
    // negation on the trigger or on the verb whose object it is
    if (negated(h)) {
      return "negated";
    }
    String rel = parse.headRel(h);
    int gov = parse.head(h);
    if (nounLike(h) && gov >= 0 && (rel.equals("obj") || rel.startsWith("nsubj")) && negated(gov)) {
      return "negated";
    }
    if (historical(t, date)) {
      return "historical";
    }
    if (t.category.equals("THREATEN")) {
      return "threatened";
    }
    // conditional: "unless they withdraw", "if ..."
    for (int c : parse.children(h, "advcl")) {
      for (int m : parse.children(c, "mark")) {
        String w = parse.lemma(m);
        if (w.equals("unless")) {
          return "threatened";
        }
        if (w.equals("if")) {
          return "hypothetical";
        }
      }
    }
    for (int m : parse.children(h, "mark")) {
      if (parse.lemma(m).equals("if") || parse.lemma(m).equals("unless")) {
        return "hypothetical";
      }
    }
    for (int aux : parse.children(h, "aux")) {
      String w = Text.fold(tokens.get(aux).text());
      if (MODAL_HYPOTHETICAL.contains(w)) {
        return "hypothetical";
      }
      if (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("would") || w.equals("'d")) {
        return "planned";
      }
    }
    int cur = h;
    for (int depth = 0; depth < 2; depth++) {
      int g = parse.head(cur);
      String r = parse.headRel(cur);
      if (g < 0 || !(r.equals("xcomp") || nounLike(cur) && r.equals("obj"))) {
        break;
      }
      if (PLAN.contains(parse.lemma(g)) && !VERBAL.contains(t.entry.category())) {
        return "planned";
      }
      for (int aux : parse.children(g, "aux")) {
        String w = Text.fold(tokens.get(aux).text());
        if (MODAL_HYPOTHETICAL.contains(w)) {
          return "hypothetical";
        }
        if (w.equals("will") || w.equals("would") || w.equals("shall")) {
          return "planned";
        }
      }
      cur = g;
    }
    return "occurred";
  }

  private boolean hasAux(int h, Set<String> words) {
    for (int aux : parse.children(h, "aux")) {
      if (words.contains(Text.fold(tokens.get(aux).text()))) {
        return true;
      }
    }
    return false;
  }

  private boolean negated(int h) {
    for (Dependency d : parse.children(h)) {
      String r = d.relation();
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj"))
          && NEGATION.contains(Text.fold(tokens.get(d.dependent()).text()))) {
        return true;
      }
    }
    return false;
  }

  /** Background: the trigger is dated before the article's year, carries an earlier year, or "since ...". */
  private boolean historical(Trigger t, String date) {
    if (publishedYear != null && date != null && date.matches("^\\d{4}.*")
        && Integer.parseInt(date.substring(0, 4)) < publishedYear) {
      return true;
    }
    // "Since the beginning of the war, Turkey has backed ... while Russia sided with ...": the clause and the
    // clauses it hangs from
    int cur = t.head;
    for (int depth = 0; depth < 3 && cur >= 0; depth++) {
      for (int k : parse.children(cur, "obl")) {
        String r = parse.headRel(k);
        if (r.equals("obl:since") && !tokens.get(k).isVerb()) {
          return true;
        }
      }
      String rel = parse.headRel(cur);
      if (!(rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("parataxis"))) {
        break;
      }
      cur = parse.head(cur);
    }
    for (Dependency d : parse.children(t.head)) {
      String r = d.relation();
      Token dep = tokens.get(d.dependent());
      if (r.equals("obl:since") || r.equals("nmod:since")) {
        return true;
      }
      if ((r.equals("nummod") || r.equals("compound") || r.equals("amod") || r.startsWith("obl:in")
          || r.startsWith("nmod:in")) && YEAR.matcher(dep.text()).matches()) {
        int y = Integer.parseInt(dep.text());
        if (publishedYear == null || y < publishedYear) {
          return true;
        }
      }
    }
    return false;
  }

  private Attribution attribution(Trigger t, int ts, int te) {
    if (haveAttributions) {
      Attribution.Scope best = null;
      for (Attribution.Scope sc : scopes) {
        if (sc.span().start() <= ts && te <= sc.span().end()
            && (best == null || sc.span().length() < best.span().length())) {
          best = sc;
        }
      }
      return best == null ? null : best.attribution();
    }
    // fallback: the trigger is in the complement of a speech verb ("the ministry said that ..."), or its clause
    // carries one ("..., the ministry said") or an "according to X"
    int cur = t.head;
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      for (Dependency d : parse.children(cur)) {
        if (d.relation().startsWith("parataxis") && SPEECH.contains(parse.lemma(d.dependent()))) {
          Attribution a = speaker(d.dependent(), t);
          if (a != null) {
            return a;
          }
        }
        if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
          return speakerOf(d.dependent(), "according to", t);
        }
      }
      int g = parse.head(cur);
      String r = parse.headRel(cur);
      if (g < 0) {
        break;
      }
      if ((r.equals("ccomp") || r.startsWith("parataxis")) && SPEECH.contains(parse.lemma(g))) {
        Attribution a = speaker(g, t);
        if (a != null) {
          return a;
        }
      }
      if (!(r.equals("ccomp") || r.startsWith("conj") || r.startsWith("advcl") || r.equals("xcomp")
          || r.startsWith("parataxis"))) {
        break;
      }
      cur = g;
    }
    return null;
  }

  private Attribution speaker(int verb, Trigger t) {
    int subj = parse.child(verb, "nsubj");
    return subj < 0 ? null : speakerOf(subj, tokens.get(verb).text(), t);
  }

  private Attribution speakerOf(int head, String cue, Trigger t) {
    List<ActorRecord> who = resolve(head, t);
    int[] range = NounPhrase.rangeNoConj(parse, head);
    String speakerText = ActorReader.surface(tokens, range[0], range[1]);
    ActorRecord a = who.isEmpty() ? null : who.get(0);
    String name = a != null && a.name() != null ? a.name() : speakerText;
    return new Attribution(name, cue, speakerText, a == null ? null : new ActorCode(a.country(), a.sector()));
  }


}
