package org.sitrep.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.ActorRecord;
import org.sitrep.core.model.Attribution;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventRecord;

/**
 * One event per happening within an article. Mentions of one happening ("the shelling", "the attack that
 * killed eight", "the assault near Saraqib") become one event: same PLOVER category and status, no conflicting
 * participants (on each side the countries overlap or one mention names none) and no conflicting dates. The
 * event lists every mention and takes the union of what they state (actors, recipients, date, mode,
 * attribution). Background (status {@code historical}, or dated well before the article) is marked
 * {@code background} and never merged with the news. Each event gets a {@code salience}.
 */
final class EventMerger {
  /**
   * One coded mention, before merging: its record, its sentence index and the basis of its date. A
   * {@code reference} names no party and only dates a happening reported elsewhere in the article ("Friday's
   * meeting"): it joins the one happening it can be, or nothing.
   */
  record Coded(EventRecord record, int sentence, String dateBasis, boolean standing, boolean quoted,
      ActorRecord contextTarget, boolean reference) {
    Coded(EventRecord record, int sentence, String dateBasis) {
      this(record, sentence, dateBasis, false, false, null, false);
    }

    Coded(EventRecord record, int sentence, String dateBasis, boolean standing, boolean quoted,
        ActorRecord contextTarget) {
      this(record, sentence, dateBasis, standing, quoted, contextTarget, false);
    }

    Coded asReference() {
      return new Coded(record, sentence, dateBasis, standing, quoted, contextTarget, true);
    }
  }

  /** Statuses whose mentions may be one happening; negated and hypothetical ones stay as they are. */
  private static final Set<String> MERGEABLE = Set.of("occurred", "threatened", "planned");
  /** A full date more than this many days before the article's is background. */
  private static final int BACKGROUND_DAYS = 14;

  private EventMerger() {
  }

  static List<EventRecord> merge(String docId, String publishedValue, List<Coded> coded) {
    LocalDate published = day(publishedValue); // parsed once, compared for every mention
    List<List<Coded>> clusters = new ArrayList<>();
    List<Boolean> backgrounds = new ArrayList<>();
    // clusters that are background only because every mention so far is inside a quotation: a mention of the
    // report itself may still join them, and makes them news
    List<Boolean> quotedOnly = new ArrayList<>();
    for (Coded c : coded) {
      if (c.reference()) {
        continue; // below, once every happening it could be is known
      }
      boolean background = c.standing() || background(c.record(), published);
      List<Coded> best = null;
      int bestK = -1;
      int bestScore = -1;
      if (!background && MERGEABLE.contains(c.record().status())) {
        for (int k = 0; k < clusters.size(); k++) {
          if (backgrounds.get(k) && !quotedOnly.get(k)) {
            continue;
          }
          int score = compatibility(clusters.get(k), c.record(), published);
          if (score > bestScore) {
            best = clusters.get(k);
            bestK = k;
            bestScore = score;
          }
        }
      }
      if (best != null) {
        best.add(c);
        if (quotedOnly.get(bestK) && !c.quoted()) {
          quotedOnly.set(bestK, false);
          backgrounds.set(bestK, false);
        }
      } else {
        List<Coded> fresh = new ArrayList<>();
        fresh.add(c);
        clusters.add(fresh);
        // what a quotation says is the speaker's claim, not the article's report of a happening
        boolean quoted = !background && c.quoted();
        backgrounds.add(background || quoted);
        quotedOnly.add(quoted);
      }
    }
    for (Coded c : coded) {
      if (c.reference()) {
        joinReference(c, clusters, backgrounds, published);
      }
    }
    List<EventRecord> out = new ArrayList<>(clusters.size());
    for (int k = 0; k < clusters.size(); k++) {
      out.add(combine(docId + "#e" + (out.size() + 1), clusters.get(k), backgrounds.get(k)));
    }
    return List.copyOf(out);
  }

  /**
   * A dated mention that names no party ("Friday's meeting", "the hotel attack on Tuesday") is a mention of the
   * article's one reported happening it can be: it joins the one news cluster compatible with it (same category
   * and status, no other date, the news's own week), and so dates it. With no such cluster, or two, it is dropped:
   * it cannot tell which happening it names, and it is no report by itself.
   */
  private static void joinReference(Coded c, List<List<Coded>> clusters, List<Boolean> backgrounds,
      LocalDate published) {
    if (c.record().date() == null || background(c.record(), published) || !MERGEABLE.contains(c.record().status())) {
      return;
    }
    List<Coded> only = null;
    for (int k = 0; k < clusters.size(); k++) {
      if (!backgrounds.get(k) && compatibility(clusters.get(k), c.record(), published) >= 0) {
        if (only != null) {
          return;
        }
        only = clusters.get(k);
      }
    }
    if (only != null) {
      only.add(c);
    }
  }

  /** Days before the article's date (and one after) that a day-precise date may be and still be the news's own. */
  private static final int NEWS_DAYS = 7;

  /** The day a date or publication value starts with ("2021-03-10T08:00" -> 2021-03-10), or null. */
  private static LocalDate day(String value) {
    if (value == null || value.length() < 10 || value.startsWith("XXXX")) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException ex) {
      return null;
    }
  }

  /**
   * Whether a date is the news's own time frame: a day within a week before the article's date (or the day
   * after, for time zones). A month or a year is a frame of its own ("last month", "in 2024"), not the news.
   * Without the article's date (or with a date of unknown year) nothing can be told apart: any date is.
   */
  static boolean newsDay(String d, LocalDate published) {
    if (published == null || d.startsWith("XXXX")) {
      return true; // no frame to compare with
    }
    LocalDate day = day(d);
    return day != null && !day.isBefore(published.minusDays(NEWS_DAYS)) && !day.isAfter(published.plusDays(1));
  }

  /** Background: historical, or dated to a day more than two weeks, or to a month before the article's month. */
  static boolean background(EventRecord e, String published) {
    return background(e, day(published));
  }

  private static boolean background(EventRecord e, LocalDate published) {
    if ("historical".equals(e.status())) {
      return true;
    }
    String d = e.date();
    if (d == null || published == null || d.startsWith("XXXX")) {
      return false;
    }
    if (d.length() >= 10) {
      LocalDate day = day(d);
      return day != null && day.isBefore(published.minusDays(BACKGROUND_DAYS));
    }
    try {
      return d.length() == 7 && YearMonth.parse(d).isBefore(YearMonth.from(published));
    } catch (DateTimeParseException ex) {
      return false;
    }
  }

  /**
   * -1 where the mention cannot be of the cluster's happening; otherwise how many participant countries they
   * share (higher is a better match).
   */
  static int compatibility(List<Coded> cluster, EventRecord e, LocalDate published) {
    EventRecord first = cluster.get(0).record();
    if (!first.event().equals(e.event()) || !first.status().equals(e.status())) {
      return -1;
    }
    Set<String> actors = new HashSet<>();
    Set<String> recipients = new HashSet<>();
    String date = null;
    for (Coded c : cluster) {
      actors.addAll(countries(c.record().actor()));
      recipients.addAll(countries(c.record().recipient()));
      date = date != null ? date : c.record().date();
    }
    Set<String> ea = countries(e.actor());
    Set<String> er = countries(e.recipient());
    // one side's countries must be named consistently (one set within the other: "Syrian forces" and "Syrian
    // and Russian planes" may be one attack; "Turkish artillery" and "Russian bombing" are not), and no country
    // may change sides (an attack and the answer to it are two events); but where the mention and the cluster
    // both have the same countries on both sides (an internal conflict: Somali forces against Somali
    // militants), no one has changed sides
    boolean internal = !ea.isEmpty() && ea.equals(er) && actors.equals(recipients)
        || oneSideBySector(cluster, e, actors, recipients);
    if (!nested(ea, actors) || !nested(er, recipients)
        || !internal && (!disjoint(ea, recipients) || !disjoint(er, actors))) {
      return -1;
    }
    if (changesSides(cluster, e)) {
      return -1;
    }
    if (date != null && e.date() != null && !date.startsWith(e.date()) && !e.date().startsWith(date)) {
      return -1;
    }
    // an undated mention and a dated one are one happening only when the date is the news's own time frame:
    // "Last month, insurgents ambushed a bus" or "Earlier this month, a bomber struck" shift the narrative to
    // another happening, which the undated "the attack" of the news is not
    if ((date == null) != (e.date() == null) && !newsDay(date != null ? date : e.date(), published)) {
      return -1;
    }
    return shared(ea, actors) + shared(er, recipients);
  }

  /**
   * Whether a party of the mention is on the other side of the cluster's happening, told apart by sector where
   * countries cannot (both sides of an internal conflict, or no country named): "forces killed the gunmen who
   * stormed a school" holds two happenings, the gunmen's attack and the forces' answer. A party that is on
   * both sides already (infighting) changes nothing.
   */
  static boolean changesSides(List<Coded> cluster, EventRecord e) {
    Set<String> actors = new HashSet<>();
    Set<String> recipients = new HashSet<>();
    for (Coded c : cluster) {
      actors.addAll(sides(c.record().actor()));
      recipients.addAll(sides(c.record().recipient()));
    }
    Set<String> ea = sides(e.actor());
    Set<String> er = sides(e.recipient());
    return !disjoint(ea, recipients) && disjoint(ea, actors) || !disjoint(er, actors) && disjoint(er, recipients);
  }

  /**
   * A mention naming one side of an internal conflict that a party of the same country and sector identifies:
   * where the happening has the same countries on both sides (Somali gunmen stormed a Somali hotel), a mention
   * naming only one side ("the gunmen were killing people", no victim named) cannot be told apart by country, but
   * it can by sector: a party of that side's country and sector on the same side of the happening makes it a
   * mention of it (the sector check for parties changing sides still applies). Without a sector that matches, it
   * may be another attack and stays apart.
   */
  static boolean oneSideBySector(List<Coded> cluster, EventRecord e, Set<String> actors, Set<String> recipients) {
    if (actors.isEmpty() || !actors.equals(recipients) || e.actor().isEmpty() == e.recipient().isEmpty()) {
      return false;
    }
    boolean actorSide = !e.actor().isEmpty();
    Set<String> side = sides(actorSide ? e.actor() : e.recipient());
    Set<String> same = new HashSet<>();
    for (Coded c : cluster) {
      same.addAll(sides(actorSide ? c.record().actor() : c.record().recipient()));
    }
    Set<String> named = countries(actorSide ? e.actor() : e.recipient());
    same.removeIf(x -> x.startsWith("?/"));
    return !named.isEmpty() && actors.containsAll(named) && !disjoint(side, same);
  }

  /** Each party with a sector as "country/sector" (country "?" where none is named). */
  private static Set<String> sides(List<ActorRecord> parties) {
    Set<String> out = new HashSet<>();
    for (ActorRecord a : parties) {
      if (a.sector() != null) {
        out.add((a.country() == null ? "?" : a.country()) + "/" + a.sector());
      }
    }
    return out;
  }

  private static EventRecord combine(String id, List<Coded> cluster, boolean background) {
    EventRecord first = cluster.get(0).record();
    List<ActorRecord> actor = new ArrayList<>();
    List<ActorRecord> recipient = new ArrayList<>();
    List<EventMention> mentions = new ArrayList<>();
    String mode = null;
    Attribution attribution = null;
    String date = null;
    String dateText = null;
    String basis = null;
    for (Coded c : cluster) {
      EventRecord e = c.record();
      RoleExtractor.addAll(actor, e.actor());
      RoleExtractor.addAll(recipient, e.recipient());
      mentions.add(new EventMention(e.trigger(), e.evidence()));
      mode = mode != null ? mode : e.mode();
      attribution = attribution != null ? attribution : e.attribution();
      if (date == null && e.date() != null) {
        date = e.date();
        dateText = e.dateText();
        basis = c == cluster.get(0) ? c.dateBasis() : "same_event";
      }
    }
    if (basis == null) {
      basis = cluster.stream().anyMatch(c -> "statement_only".equals(c.dateBasis())) ? "statement_only" : "none";
    }
    if (recipient.isEmpty()) {
      // no mention names whom the event is aimed at: the first mention's target from context, if the actors are
      // not of that country (see RoleExtractor)
      for (Coded c : cluster) {
        ActorRecord target = c.contextTarget();
        if (target != null) {
          if (actor.stream().noneMatch(a -> target.country().equals(a.country()))) {
            recipient.add(target);
          }
          break;
        }
      }
    }
    double salience = background ? 0.0 : salience(cluster, attribution);
    return new EventRecord(id, first.event(), mode, first.context(), first.cameo(), first.quadCode(),
        Plover.intensity(first.event(), mode), actor, recipient, date, dateText, first.location(), first.size(),
        first.status(), attribution, first.evidence(), first.trigger(), mentions, background ? Boolean.TRUE : null,
        salience, basis);
  }

  /**
   * 0..1: where the article first mentions the event (the lead counts most), how often it mentions it, and
   * whether the article states it rather than reports someone saying it.
   */
  static double salience(List<Coded> cluster, Attribution attribution) {
    int firstSentence = cluster.get(0).sentence();
    double lead = 1.0 - Math.min(firstSentence, 10) / 10.0;
    double repeated = Math.min(cluster.size(), 4) / 4.0;
    double stated = attribution == null ? 1.0 : 0.5;
    return Math.round((0.5 * lead + 0.35 * repeated + 0.15 * stated) * 1000) / 1000.0;
  }


  /** The parties' countries (a party with none is left out). */
  static Set<String> countries(List<ActorRecord> actors) {
    Set<String> out = new HashSet<>();
    for (ActorRecord a : actors) {
      if (a.country() != null) {
        out.add(a.country());
      }
    }
    return out;
  }

  /** Either set is empty or one holds the other. */
  private static boolean nested(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || a.containsAll(b) || b.containsAll(a);
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return java.util.Collections.disjoint(a, b);
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) {
      n += b.contains(x) ? 1 : 0;
    }
    return n;
  }
}
