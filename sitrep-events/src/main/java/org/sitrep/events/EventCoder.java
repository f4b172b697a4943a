package org.sitrep.events;

import static org.sitrep.events.CoderWords.LOCAL_CONFLICT;
import static org.sitrep.events.CoderWords.VERBAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.sitrep.core.doc.CharSpan;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.QuoteMarks;
import org.sitrep.core.doc.Sentence;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.Attribution;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.Evidence;
import org.sitrep.core.model.TextSpan;

/**
 * Codes one document (created per document, used once, by one thread). The parts, in order: triggers from
 * the lexicon on the parse ({@link TriggerMatcher}), folded ({@link TriggerFolding}); actors and recipients from
 * syntactic roles ({@link RoleExtractor}, resolving phrases with {@link ActorResolver}); then per event its date
 * ({@link EventDating}), status ({@link EventStatus}) and attribution ({@link EventAttribution}).
 */
final class EventCoder {
  private final Document doc;
  private final List<Token> tokens;
  private final TriggerMatcher triggers;
  private final TriggerFolding folding;
  private final ActorResolver resolver;
  private final RoleExtractor roles;
  private final EventDating dating;
  private final StatementDating statements;
  private final DocumentDating documents;
  private final TrialDating trialDays;
  private final EventStatus statuses;
  private final NotNews notNews;
  private final PressPartner press;
  private final AimSubject aims;
  private final SeriesOfActs series;
  private int leadIndex = -1;
  private final EventAttribution attributions;
  private final Judgements judgements;
  /** The article's direct quotations (inside the marks): what is said there is a claim, not the report. */
  private final List<CharSpan> quotations;
  private final List<TimeExpression> timex;

  private final Answer answers;
  private final IssuedAct issued;
  private final TrialCourt trials;
  private final Citation citations;
  private final ThenTitle thenTitles;

  EventCoder(Document doc) {
    CoderContext c = new CoderContext(doc);
    this.doc = doc;
    this.timex = c.timeline;
    this.tokens = c.tokens;
    this.triggers = new TriggerMatcher(c);
    this.folding = new TriggerFolding(c);
    this.resolver = new ActorResolver(c);
    this.roles = new RoleExtractor(c, resolver);
    this.dating = new EventDating(c);
    this.statements = new StatementDating(c, dating);
    this.documents = new DocumentDating(c);
    this.trialDays = new TrialDating(c, dating);
    this.statuses = new EventStatus(c);
    this.notNews = new NotNews(c);
    this.press = new PressPartner(c);
    this.aims = new AimSubject(c);
    this.series = new SeriesOfActs(c);
    this.attributions = new EventAttribution(c, resolver);
    this.judgements = new Judgements(c);
    this.answers = new Answer(c);
    this.issued = new IssuedAct(c);
    this.trials = new TrialCourt(c);
    this.citations = new Citation(c);
    this.thenTitles = new ThenTitle(c);
    this.quotations = QuoteMarks.spans(doc.text());
  }

  List<EventRecord> code() {
    List<EventRecord> out = new ArrayList<>();
    List<EventMerger.Coded> coded = new ArrayList<>();
    List<Sentence> sentences = doc.list(Layers.SENTENCES);
    int n = 0;
    int index = -1;
    int lead = leadSentence(sentences);
    this.leadIndex = lead;
    Set<Integer> leadTriggers = new HashSet<>(); // the news lead's happenings (EventDating.newsLead)
    List<MergedDating.ObjectReference> objectReferences = new ArrayList<>(); // "the hotel attack on Tuesday"
    Set<Integer> definiteReferences = new HashSet<>(); // "Mech Dara's arrest" (MergedDating.datedByAntecedent)
    Set<Integer> datedReferences = new HashSet<>(); // "the March 3 deportations" (HeadlineDating)
    Set<Integer> reportedByDocument = new HashSet<>(); // "The statement said they affirmed" (DocumentDating)
    for (Sentence s : sentences) {
      index++;
      List<Trigger> triggers = this.triggers.find(s);
      if (triggers.isEmpty()) {
        resolver.rememberActors(s);
        continue;
      }
      Map<Integer, Trigger> byHead = new HashMap<>();
      for (Trigger t : triggers) {
        byHead.put(t.head, t);
      }
      this.folding.fold(triggers, byHead);
      this.folding.foldObjects(triggers, byHead);
      for (Trigger t : triggers) {
        if (!t.suppressed) {
          roles.arguments(t, byHead);
        }
      }
      this.triggers.discontinue(triggers);
      for (Trigger t : triggers) {
        if (t.suppressed) {
          continue;
        }
        if (t.actor.isEmpty() && t.recipient.isEmpty()
            && !(LOCAL_CONFLICT.contains(t.entry.category()) && tokens.get(t.head).isVerb())) {
          // "they agreed", "the bombing": nobody to code, or a reference rather than a report; but a definite
          // reference with its own day ("Friday's meeting") dates the happening it names (EventMerger)
          if (dating.datedReference(t, s, timex)) {
            n++;
            EventMerger.Coded reference = record(t, s, null, timex, n, index).asReference();
            coded.add(reference);
            String object = dating.referenceObject(t, timex);
            if (object != null) {
              objectReferences.add(new MergedDating.ObjectReference(reference.record(), object));
            }
          }
          continue;
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
        answers.aim(t, out); // "Peru dismissed the accusations": at who last accused Peru
        issued.aim(t); // "rejected the constitution": at the country whose constitution it is (evrole9)
        trials.aim(t); // "a trial opened in Paris ... two men stand accused": by the French court (evrole9)
        StateGroupings.expand(t.actor); // "the G7 urged": its member states (evrole11)
        StateGroupings.expand(t.recipient);
        n++;
        EventMerger.Coded c = record(t, s, index > 0 ? sentences.get(index - 1) : null, timex, n, index);
        coded.add(c);
        out.add(c.record());
        if (index == lead && c.record().date() == null && !c.quoted()
            && ("none".equals(c.dateBasis()) || "statement_only".equals(c.dateBasis()))
            && !c.standing() && c.record().status().equals("occurred") && dating.newsLead(t, s, timex)) {
          leadTriggers.add(c.record().trigger().start());
        }
        if (c.record().date() == null && !c.quoted() && dating.undatedReference(t, s, timex)) {
          definiteReferences.add(c.record().trigger().start());
        }
        if (c.record().date() != null && dating.datedReference(t, s, timex)) {
          datedReferences.add(c.record().trigger().start());
        }
        if (c.record().date() == null && documents.reportedByDocument(t)) {
          reportedByDocument.add(c.record().trigger().start());
        }
      }
      resolver.rememberActors(s);
    }
    List<EventRecord> merged = MergedDating.datedByObject(EventMerger.merge(doc.docId(), doc.article().published(),
        coded), objectReferences, e -> e.mentions().stream().allMatch(m -> quoted(m.trigger().start())));
    merged = MergedDating.datedByAntecedent(merged, definiteReferences);
    merged = HeadlineDating.datedByReference(merged, datedReferences, Titled.bodyStart(doc));
    merged = DocumentDating.datedByParties(merged, reportedByDocument);
    return MergedDating.datedByLead(merged, leadTriggers, doc.article().published());
  }

  /** The index of the body's first sentence (after the title), or -1. */
  private int leadSentence(List<Sentence> sentences) {
    int body = Titled.bodyStart(doc);
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).span().start() >= body) {
        return i;
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------ the record

  /** The date part (YYYY-MM or YYYY-MM-DD) of a time expression's value, or null. */
  private static String dayOf(TimeExpression when) {
    if (when == null || when.value() == null) {
      return null;
    }
    Matcher m = EventDating.DATE_VALUE.matcher(when.value());
    return m.find() ? m.group(1) : null;
  }

  /** Whether a trigger lies inside a direct quotation. */
  private boolean quoted(int offset) {
    for (CharSpan q : quotations) {
      if (q.start() <= offset && offset < q.end()) {
        return true;
      }
    }
    return false;
  }

  private EventMerger.Coded record(Trigger t, Sentence s, Sentence previous, List<TimeExpression> timex, int n,
      int index) {
    Lexicon.Entry e = t.entry;
    if (!t.category.equals(e.category())) {
      e = e.recoded(t.category, t.mode, t.category.equals("THREATEN") ? "130" : t.cameo);
    }
    EventDating.Dated dated = dating.date(t, s, timex);
    TimeExpression when = dated.when();
    String date = dayOf(when);
    String status = statuses.status(t, date);
    if (!status.equals("negated") && !status.equals("historical")
        && (notNews.risked(t.head) // "the threat of attacks": a risk, not an attack
        || notNews.possible(t.head) // "a potential ceasefire": a possibility
        || notNews.anyOfAKind(t.head) // "any attacks": whatever happening of the kind
        || aims.aimed(t.head) // "securing a deal was not the focus": an aim, sought
        || notNews.unrealized(t.head))) { // "before granting any relief": not done at the time told
      status = "hypothetical";
    }
    if (status.equals("occurred") && (notNews.remembered(t.head) // "the anniversary of the protests"
        || thenTitles.thenTitled(t.head))) { // "fighting then-president Gbagbo": a title no longer held
      status = "historical";
    }
    if (status.equals("occurred") && date == null && when != null && statuses.beforePublishedYear(when.value())) {
      status = "historical"; // "In 2015 the troops shelled ...": dated to an earlier year only
    }
    boolean intent = false; // the event is now the statement of an intent: only its saying dates it
    if (status.equals("threatened") && !e.category().equals("THREATEN")) {
      // an ultimatum ("will withdraw its force unless the president arranges a ceasefire", "will boycott the
      // elections unless ..."): PLOVER codes an act made conditional on the other side's doing as a THREATEN
      e = e.recoded("THREATEN", TriggerFolding.threatMode(e.category()), "139");
      t.mode = e.mode();
    }
    if (status.equals("hypothetical") && Plover.quad(e.category()) == 4 && !e.category().equals("PROTEST")
        && judgements.ownPossibleAct(t.head)) {
      // "Beijing has hinted that it could retaliate": a party letting it be known it could strike threatens to
      e = e.recoded("THREATEN", TriggerFolding.threatMode(e.category()), "130");
      t.mode = e.mode();
      status = "threatened";
    }
    if (status.equals("negated") && e.category().equals("CONCEDE") && CoderWords.PERMISSION.contains(t.entry.head())
        && !t.actor.isEmpty()) {
      // "the army does not allow agencies to go there": a permission denied by a party is a restriction it imposes
      e = e.recoded("COERCE", "restrict", Lexicon.get().cameo("COERCE", "restrict"));
      t.mode = e.mode();
      status = "occurred";
    }
    if (status.equals("planned") && !e.category().equals("AGREE")
        && (!VERBAL.contains(e.category()) || Plover.quad(e.category()) == 1)) {
      // PLOVER: intended future cooperation is AGREE; an announced future material conflict is a THREATEN
      boolean cooperative = Plover.quad(e.category()) <= 2;
      String category = cooperative ? "AGREE" : "THREATEN";
      e = e.recoded(category, cooperative ? null : TriggerFolding.threatMode(e.category()), cooperative ? "030" : "130");
      t.mode = e.mode();
      status = cooperative ? "occurred" : "threatened";
      intent = true;
      if (when == null && "statement_only".equals(dated.basis())) {
        // the event is now the statement of intent ("said Tuesday it would resume aid"): the saying dates it
        dated = dating.date(t, s, timex, true);
        when = dated.when();
        date = dayOf(when);
      }
    }
    // what happened takes the narrative's day (EventDating.fromPreviousSentence), but a stated intent only its
    // saying's; a threat told in the past tense was made, like any act ("X issued a statement on Tuesday. The
    // statement threatened sanctions."), a threat foreseen ("will increase threats") has no day
    boolean undatedAct = date == null && "none".equals(dated.basis()) && !intent && status.equals("occurred");
    EventDating.Dated ofStatement = undatedAct ? statements.ofSpeakersStatement(t) : null; // "alleged in a statement"
    if (ofStatement == null && undatedAct) {
      ofStatement = trialDays.ofTrial(t); // "A trial opened Monday ... two soldiers stand accused of the bombing"
    }
    if (ofStatement != null) {
      dated = ofStatement;
      when = dated.when();
      date = dayOf(when);
    }
    if (date == null && "none".equals(dated.basis()) && !intent && (status.equals("occurred")
        || status.equals("threatened") && "VBD".equals(tokens.get(t.head).pos()))) {
      dated = dating.fromPreviousSentence(t, s, previous, timex);
      when = dated.when();
      date = dayOf(when);
    }
    date = DatingFrames.lastYears(date, when, doc.article().published(), status); // "In April, troops removed ..."
    if (status.equals("negated") && !notNews.absent(t.head) && (e.category().equals("AGREE") || e.category().equals("SUPPORT")
        || Plover.quad(e.category()) == 2 && statuses.hasAux(t.head, CoderWords.FUTURE_AUX))) {
      // "will not accept", "refused to" ... : a refusal of cooperation is a REJECT that occurred
      e = e.recoded("REJECT", null, "120");
      t.mode = null;
      status = "occurred";
    }
    String text = doc.text();
    Evidence evidence = new Evidence(s.span().start(), s.span().end(), s.span().of(text));
    int ts = tokens.get(t.first).span().start();
    int te = tokens.get(t.last).span().end();
    TextSpan trigger = new TextSpan(ts, te, text.substring(ts, te));
    Attribution attribution = attributions.attribution(t, ts, te);
    List<String> context = e.context();
    String cameo = e.category().equals(t.entry.category()) ? t.cameo : e.cameo();
    // a date of the mention's own (not the narrative's day carried from the sentence before)
    boolean ownDate = date != null && !"previous_sentence".equals(dated.basis());
    boolean inBody = s.span().start() >= Titled.bodyStart(doc);
    int h = t.head;
    boolean occurred = status.equals("occurred");
    // background: a standing state, a setting, a topic, a habit or tally, an answer told by its means, a thing
    // described, a concurring saying (told as happened); a describing participle, a risk, a rule in force, context
    boolean standing = occurred && (date == null && inBody && statuses.standing(h)
        || !ownDate && inBody && notNews.standingClause(h)
        || notNews.topic(h) || statuses.underState(h) || statuses.settingOfSaying(h) || notNews.habitOrTally(h)
        || notNews.answeredByMeans(h) || notNews.described(h)
        || e.category().equals("SUPPORT") && statuses.describingParticiple(h)
        || e.category().equals("AGREE") && notNews.concurringSaying(h, k -> quoted(tokens.get(k).span().start())))
        || !ownDate && index != leadIndex && inBody && notNews.perfectProgressive(h)
        || !ownDate && VERBAL.contains(e.category()) && notNews.describingParticiple(h)
        || statuses.describesSource(h)
        || notNews.standingRisk(h) || notNews.ruleInForce(h) || notNews.earlierContext(h)
        || citations.cited(h) // an example a speaker cites (Citation)
        || CoderWords.PRESS_SHARING_CATEGORIES.contains(e.category()) && press.toThePress(h) // told the press
        || series.series(h); // "has blamed several recent attacks": a series of acts
    return new EventMerger.Coded(new EventRecord(doc.docId() + "#e" + n, e.category(), t.mode, context, cameo, Plover.quad(e.category()),
        Plover.intensity(e.category(), t.mode), List.copyOf(t.actor), List.copyOf(t.recipient), date,
        date == null ? null : when.text(), null, Map.of(), status, attribution, evidence, trigger), index,
        date == null && "stated".equals(dated.basis()) ? "none" : dated.basis(), standing, quoted(ts), t.contextTarget);
  }


}
