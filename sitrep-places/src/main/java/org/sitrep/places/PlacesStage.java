package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.places.PlaceResolver.Resolution;

/**
 * {@code places.resolve}: finds the article's place mentions ({@link MentionFinder}) and resolves them
 * together against the gazetteer ({@link PlaceResolver}), producing {@link Layers#PLACES} in text order.
 * A mention the gazetteer cannot resolve is left out, or kept with null coordinates when
 * {@code keepUnresolved} (option {@code places.keep_unresolved=true}).
 */
public final class PlacesStage implements Stage {
  public static final String NAME = "places.resolve";

  private final Gazetteer gazetteer;
  private final MentionFinder finder;
  private final PlaceResolver resolver;
  private final boolean keepUnresolved;

  public PlacesStage() {
    this(Gazetteer.shared(), false);
  }

  public PlacesStage(Gazetteer gazetteer, boolean keepUnresolved) {
    this.gazetteer = gazetteer;
    this.keepUnresolved = keepUnresolved;
    this.finder = new MentionFinder(gazetteer);
    this.resolver = new PlaceResolver(gazetteer);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITY_MENTIONS);
  }

  @Override
  public Set<Layer<?>> uses() {
    return Set.of(Layers.DEPENDENCIES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.PLACES);
  }

  @Override
  public Document apply(Document doc) {
    return doc.with(Layers.PLACES, places(finder.find(doc)));
  }

  /** Resolves mentions found elsewhere (tests, other front ends). */
  public List<PlaceRecord> places(List<PlaceMention> mentions) {
    List<PlaceRecord> out = new ArrayList<>(mentions.size());
    for (Resolution r : resolver.resolve(mentions)) {
      if (r.entry() != null || keepUnresolved) {
        out.add(record(r));
      }
    }
    return List.copyOf(out);
  }

  PlaceRecord record(Resolution r) {
    PlaceMention m = r.mention();
    GazetteerEntry e = r.entry();
    Boolean metonym = m.metonym() ? Boolean.TRUE : null;
    if (e == null) {
      return new PlaceRecord(m.text(), m.span().start(), m.span().end(), null, null, null, null, null, null, null,
          metonym);
    }
    String admin1 = e.isCountry() ? null : gazetteer.admin1Name(e.countryCode(), e.admin1()).orElse(null);
    return new PlaceRecord(m.text(), m.span().start(), m.span().end(), e.name(), e.geonameid(), e.featureCode(),
        e.countryCode(), admin1, round(e.lat()), round(e.lon()), metonym);
  }

  private static double round(double v) {
    return Math.round(v * 1e5) / 1e5;
  }
}
