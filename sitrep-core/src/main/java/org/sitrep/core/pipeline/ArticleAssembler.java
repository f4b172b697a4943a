package org.sitrep.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Mention;
import org.sitrep.core.doc.TimeExpression;
import org.sitrep.core.doc.Titled;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.EntityIds;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.NumberValue;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.Published;
import org.sitrep.core.model.QuoteRecord;
import org.sitrep.core.model.TimeRecord;

/**
 * Turns an analysed {@link Document} into its {@link ArticleRecord}. Where an extraction layer is absent
 * it falls back to what the NLP layer gives (entity mentions, place-class mentions, SUTime's times), so
 * a pipeline with only the NLP stage still writes useful records. Events get their {@code size} from the
 * counts that name them. Where the title was analysed before the body ({@link Titled}), offsets are mapped
 * back ({@link TitleOffsets}): body offsets index the article's {@code text}; events and counts found in the
 * title say {@code "in": "title"}; the mention lists (quotes, places, times, entities) keep the body's.
 */
public final class ArticleAssembler {
  private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY",
      "STATE_OR_PROVINCE", "COUNTRY", "NATIONALITY", "TITLE", "RELIGION", "IDEOLOGY", "CRIMINAL_CHARGE", "MISC");

  private ArticleAssembler() {
  }

  public static ArticleRecord assemble(Document doc, boolean includeText) {
    Article a = doc.article();
    Published pub = doc.getOr(Layers.PUBLISHED, new Published(a.published(), false));
    List<EntityRecord> entities = EntityIds.entities(entities(doc)); // stable ids: EntityIds
    List<CountRecord> counts = EntityIds.counts(doc.list(Layers.COUNTS), entities);
    List<EventRecord> events = withLocations(withSizes(doc.list(Layers.EVENTS), counts),
        doc.getOr(Layers.EVENT_LOCATIONS, Map.of()));
    TitleOffsets at = new TitleOffsets(Titled.bodyStart(doc));
    if (at.hasTitle()) {
      events = events.stream().map(at::event).toList();
      counts = counts.stream().map(at::count).toList();
    }
    events = EntityIds.events(events, entities);
    return new ArticleRecord(a.docId(), a.source(), a.url(), a.title(), pub.value(), pub.inferred(),
        a.language() == null ? "en" : a.language(), events,
        at.bodyOnly(EntityIds.quotes(doc.list(Layers.QUOTES), entities), QuoteRecord::start, at::quote), counts,
        at.bodyOnly(places(doc), PlaceRecord::start, p -> at.place(p)), at.bodyOnly(times(doc), TimeRecord::start, at::time),
        at.bodyOnly(entities, EntityRecord::start, at::entity), List.of(), includeText ? Titled.body(doc) : null);
  }

  static List<EventRecord> withSizes(List<EventRecord> events, List<CountRecord> counts) {
    if (counts.isEmpty()) {
      return events;
    }
    List<EventRecord> out = new ArrayList<>(events.size());
    for (EventRecord e : events) {
      Map<String, NumberValue> size = new LinkedHashMap<>(e.size());
      for (CountRecord c : counts) {
        if (e.id() != null && e.id().equals(c.event()) && c.number() != null) {
          size.merge(c.kind(), c.number(), ArticleAssembler::larger);
        }
      }
      out.add(size.equals(e.size()) ? e : e.withSize(size));
    }
    return out;
  }

  static List<EventRecord> withLocations(List<EventRecord> events, Map<String, PlaceRecord> locations) {
    if (locations.isEmpty()) {
      return events;
    }
    return events.stream().map(e -> e.location() == null && locations.containsKey(e.id())
        ? e.withLocation(locations.get(e.id())) : e).toList();
  }

  private static NumberValue larger(NumberValue a, NumberValue b) {
    long va = a.value() != null ? a.value() : a.low() != null ? a.low() : 0;
    long vb = b.value() != null ? b.value() : b.low() != null ? b.low() : 0;
    return vb > va ? b : a;
  }

  private static List<PlaceRecord> places(Document doc) {
    if (doc.has(Layers.PLACES)) {
      return doc.get(Layers.PLACES);
    }
    List<PlaceRecord> out = new ArrayList<>();
    for (Mention m : doc.list(Layers.ENTITY_MENTIONS)) {
      if (Token.PLACE_NER.contains(m.type())) {
        out.add(new PlaceRecord(m.text(), m.span().start(), m.span().end(), null, null, null, null, null, null, null,
            null));
      }
    }
    return out;
  }

  private static List<TimeRecord> times(Document doc) {
    if (doc.has(Layers.TIMES)) {
      return doc.get(Layers.TIMES);
    }
    List<TimeRecord> out = new ArrayList<>();
    for (TimeExpression t : doc.list(Layers.TIMEX)) {
      out.add(new TimeRecord(t.text(), t.span().start(), t.span().end(), t.type(), t.value(), t.modifier(), null));
    }
    return out;
  }

  private static List<EntityRecord> entities(Document doc) {
    if (doc.has(Layers.ENTITIES)) {
      return doc.get(Layers.ENTITIES);
    }
    List<EntityRecord> out = new ArrayList<>();
    for (Mention m : doc.list(Layers.ENTITY_MENTIONS)) {
      if (ENTITY_TYPES.contains(m.type())) {
        out.add(new EntityRecord(m.text(), m.span().start(), m.span().end(), m.type(), null, null));
      }
    }
    return out;
  }
}
