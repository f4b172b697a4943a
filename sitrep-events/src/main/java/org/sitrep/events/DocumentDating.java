package org.sitrep.events;

import static org.sitrep.events.CoderWords.DEFINITE_DETERMINERS;
import static org.sitrep.events.CoderWords.DOCUMENT_NOUNS;
import static org.sitrep.events.CoderWords.SPEECH;
import static org.sitrep.events.CoderWords.VERBAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.model.EventRecord;

/**
 * What a statement the article already named reports its authors doing (branch evdate11): "The statement said the G7
 * countries affirmed their support for Ukraine", with no day of its own, is a stance taken in the statement, made by
 * the same parties as the article's dated stances ("The G7 urged Russia on Friday to ..."). The statement is one
 * occasion: where every dated stance (not a meeting) of exactly those parties carries one day, the act it reports takes
 * it, basis {@code same_statement}. {@link EventCoder} marks the mentions ({@link #reportedByDocument}); the pass runs
 * after merging.
 */
final class DocumentDating extends CoderPart {
  DocumentDating(CoderContext c) {
    super(c);
  }

  /**
   * Whether the trigger is a stance (SUPPORT, REQUEST, ...; {@link #stance}) reported by a saying whose subject is a
   * definite document ({@code definite_determiners}: "The statement said [they] affirmed their support", "The joint
   * communique said they called for"): the trigger is the saying's complement, or the object or complement of a verb
   * that is (up to three steps). "A statement said" (indefinite: a document not yet named) and a speaker that is no
   * document do not count.
   */
  boolean reportedByDocument(Trigger t) {
    if (!stance(t.category)) {
      return false;
    }
    int cur = t.head;
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      if (depth > 0 && tokens.get(cur).isVerb() && SPEECH.contains(parse.lemma(cur))) {
        return parse.children(cur, "nsubj").stream().anyMatch(this::definiteDocument);
      }
      String rel = parse.headRel(cur);
      if (!(rel.equals("obj") || rel.equals("ccomp") || rel.equals("xcomp"))) {
        return false;
      }
      cur = parse.head(cur);
    }
    return false;
  }

  /** A document noun named before: "the statement", "the G7 joint statement", "this communique". */
  private boolean definiteDocument(int k) {
    if (!DOCUMENT_NOUNS.contains(parse.lemma(k))) {
      return false;
    }
    return parse.children(k, "det").stream().anyMatch(d -> DEFINITE_DETERMINERS.contains(parse.lemma(d)));
  }

  /**
   * Dates each undated stance told as occurred (background or not) with a mention in {@code reported} (trigger starts,
   * {@link #reportedByDocument}) by the article's other dated stances of exactly the same actor countries: where all of
   * those carry one and the same full day on a day of their own or of the news they belong to (not the sentence
   * before's), it is that day, basis {@code same_statement}. No such event, two days, or a month only, and it dates
   * nothing.
   */
  static List<EventRecord> datedByParties(List<EventRecord> events, Set<Integer> reported) {
    if (reported.isEmpty()) {
      return events;
    }
    List<EventRecord> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      EventRecord e = out.get(i);
      Set<String> parties = EventMerger.countries(e.actor());
      if (e.date() != null || !"occurred".equals(e.status()) || parties.isEmpty() || !stance(e.event())
          || e.mentions().stream().noneMatch(m -> reported.contains(m.trigger().start()))) {
        continue;
      }
      String day = null;
      String text = null;
      boolean clash = false;
      for (EventRecord f : events) {
        if (f == e || f.date() == null || !"occurred".equals(f.status()) || !stance(f.event())
            || "previous_sentence".equals(f.dateBasis()) || !parties.equals(EventMerger.countries(f.actor()))) {
          continue;
        }
        clash |= !MergedDating.FULL_DAY.matcher(f.date()).matches() || day != null && !day.equals(f.date());
        day = f.date();
        text = f.dateText();
      }
      if (clash || day == null) {
        continue;
      }
      out.set(i, e.withDate(day, text, "same_statement"));
    }
    return List.copyOf(out);
  }

  /**
   * A verbal act a document can make: a stance (AGREE, SUPPORT, REQUEST, ACCUSE, REJECT, THREATEN, CONCEDE), not a
   * meeting (CONSULT: "the envoy spoke with Putin on Thursday" is another occasion of the same parties).
   */
  private static boolean stance(String category) {
    return VERBAL.contains(category) && !category.equals("CONSULT");
  }


}
