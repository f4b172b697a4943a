package org.sitrep.core.doc;

import java.util.List;
import org.sitrep.core.model.Attribution;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.model.Published;
import org.sitrep.core.model.QuoteRecord;
import org.sitrep.core.model.TimeRecord;

/**
 * The layers the standard stages exchange. A stage declares which of these it requires and produces
 * (see {@link org.sitrep.core.pipeline.Stage}); the pipeline builder checks the declarations.
 * Marker layers ({@code Boolean}) say that a property of tokens has been filled in.
 */
public final class Layers {
  private Layers() {
  }

  // ---- NLP layer (sitrep-nlp)
  public static final Layer<List<Token>> TOKENS = Layer.of("nlp.tokens", "tokens with character offsets");
  public static final Layer<List<Sentence>> SENTENCES = Layer.of("nlp.sentences", "sentence boundaries");
  public static final Layer<Boolean> POS = Layer.of("nlp.pos", "Token.pos is filled (Penn tags)");
  public static final Layer<Boolean> LEMMAS = Layer.of("nlp.lemmas", "Token.lemma is filled");
  public static final Layer<Boolean> NER = Layer.of("nlp.ner", "Token.ner is filled (fine classes)");
  public static final Layer<List<Mention>> ENTITY_MENTIONS =
      Layer.of("nlp.entity_mentions", "named-entity mentions with fine classes");
  public static final Layer<List<TimeExpression>> TIMEX =
      Layer.of("nlp.timex", "time expressions normalised against the article date");
  public static final Layer<List<NumberMention>> NUMBERS = Layer.of("nlp.numbers", "normalised numbers");
  /** One list of arcs per sentence, in sentence order. */
  public static final Layer<List<List<Dependency>>> DEPENDENCIES =
      Layer.of("nlp.dependencies", "basic Universal Dependencies parse per sentence (enhanced++ relation names)");

  /**
   * Where the article's body begins in the analysed text when its title was put before it
   * ({@link Titled}); absent when the text is the body alone.
   */
  public static final Layer<Integer> BODY_START =
      Layer.of("body_start", "offset of the body in the analysed text (title, blank line, body)");

  // ---- extraction layers: the article record's fields
  public static final Layer<List<EntityRecord>> ENTITIES =
      Layer.of("entities", "entity mentions resolved to canonical names and actors");
  public static final Layer<List<PlaceRecord>> PLACES = Layer.of("places", "place mentions resolved to GeoNames");
  public static final Layer<List<TimeRecord>> TIMES = Layer.of("times", "time expressions as output");
  public static final Layer<List<Attribution.Scope>> ATTRIBUTIONS =
      Layer.of("attributions", "stretches of text and who claims them (X said, according to Y)");
  public static final Layer<List<EventRecord>> EVENTS = Layer.of("events", "PLOVER-coded events");
  public static final Layer<List<QuoteRecord>> QUOTES = Layer.of("quotes", "quotations and their speakers");
  public static final Layer<List<CountRecord>> COUNTS = Layer.of("counts", "reported figures about people");
  /** Event id -> where it happened; the assembler sets {@code EventRecord.location} from it. */
  public static final Layer<java.util.Map<String, PlaceRecord>> EVENT_LOCATIONS =
      Layer.of("event_locations", "the place of each event, by event id");
  public static final Layer<Published> PUBLISHED =
      Layer.of("published", "the publication date, given or inferred from the text");
}
