package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.PlaceRecord;
import org.sitrep.core.pipeline.ParseReader;
import org.sitrep.core.pipeline.SentenceNeed;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.pipeline.Workers;
import org.sitrep.places.PlaceResolver.Resolution;

/**
 * {@code places.resolve}: finds the article's place mentions ({@link MentionFinder}) and resolves them
 * together against the gazetteer ({@link PlaceResolver}), producing {@link Layers#PLACES} in text order.
 * A mention the gazetteer cannot resolve is left out, or kept with null coordinates when
 * {@code keepUnresolved} (option {@code places.keep_unresolved=true}).
 */
public final class PlacesStage implements Stage, ParseReader {
  public static final String NAME = "places.resolve";

  /** The gazetteer and what is built on it, made at {@link #prepare} (or the first article). */
  private record Loaded(Gazetteer gazetteer, MentionFinder finder, PlaceResolver resolver) {
  }

  private final Supplier<Gazetteer> source;
  private final boolean keepUnresolved;
  private volatile Loaded loaded;
  /** The gazetteer loading in the background, from {@link #startLoading} on; null before. Guarded by this. */
  private FutureTask<Gazetteer> background;

  public PlacesStage() {
    this(Gazetteer.shared(), false);
  }

  public PlacesStage(Gazetteer gazetteer, boolean keepUnresolved) {
    this(() -> gazetteer, keepUnresolved);
  }

  /**
   * A stage whose gazetteer comes from {@code gazetteer} at {@link #prepare}, or from {@link #startLoading} on,
   * on a thread of its own: the shipped gazetteer takes about 0.8 s of CPU to read from its binary index (5-6 s
   * from the TSV, where the index is missing), and the standard pipeline starts it before preparing any stage,
   * so that it loads beside CoreNLP's models rather than after them.
   */
  public PlacesStage(Supplier<Gazetteer> gazetteer, boolean keepUnresolved) {
    this.source = gazetteer;
    this.keepUnresolved = keepUnresolved;
  }

  @Override
  public synchronized void startLoading() {
    if (background == null && loaded == null) {
      background = new FutureTask<>(source::get);
      Thread t = new Thread(background, "sitrep-gazetteer-load");
      t.setDaemon(true);
      t.start();
    }
  }

  @Override
  public void prepare() {
    loaded();
  }

  private Loaded loaded() {
    Loaded l = loaded;
    if (l == null) {
      synchronized (this) {
        l = loaded;
        if (l == null) {
          // a failure to read it surfaces here, with its own message
          Gazetteer g = background != null ? Workers.await(background, "loading the gazetteer") : source.get();
          l = new Loaded(g, new MentionFinder(g), new PlaceResolver(g));
          loaded = l;
        }
      }
    }
    return l;
  }

  /** The sentences with a place name or a proper noun. */
  @Override
  public SentenceNeed parseNeed() {
    return ParseNeeds.places();
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
    return doc.with(Layers.PLACES, places(loaded().finder().find(doc)));
  }

  /** Resolves mentions found elsewhere (tests, other front ends). */
  public List<PlaceRecord> places(List<PlaceMention> mentions) {
    List<Resolution> rs = loaded().resolver().resolve(mentions);
    List<PlaceRecord> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < rs.size(); i++) {
      Resolution r = rs.get(i);
      if (r.entry() != null || keepUnresolved) {
        PlaceRecord p = record(r);
        out.add(capitalPair(rs, i) && p.metonym() == null ? withMetonym(p) : p);
      }
    }
    return List.copyOf(out);
  }

  /**
   * "the Ankara-Moscow agreement", "Washington/Beijing talks": two capitals joined by one character
   * stand for their governments, not for where something happened.
   */
  static boolean capitalPair(List<Resolution> rs, int i) {
    Resolution r = rs.get(i);
    if (r.entry() == null || !"PPLC".equals(r.entry().featureCode())) {
      return false;
    }
    for (int j : new int[] {i - 1, i + 1}) {
      if (j < 0 || j >= rs.size() || rs.get(j).entry() == null || !"PPLC".equals(rs.get(j).entry().featureCode())) {
        continue;
      }
      var a = (j < i ? rs.get(j) : r).mention().span();
      var b = (j < i ? r : rs.get(j)).mention().span();
      if (b.start() - a.end() == 1) {
        return true;
      }
    }
    return false;
  }

  private static PlaceRecord withMetonym(PlaceRecord p) {
    return new PlaceRecord(p.text(), p.start(), p.end(), p.name(), p.geonameid(), p.featureCode(), p.countryCode(),
        p.admin1(), p.lat(), p.lon(), Boolean.TRUE);
  }

  PlaceRecord record(Resolution r) {
    PlaceMention m = r.mention();
    GazetteerEntry e = r.entry();
    Boolean metonym = m.metonym() ? Boolean.TRUE : null;
    if (e == null) {
      return new PlaceRecord(m.text(), m.span().start(), m.span().end(), null, null, null, null, null, null, null,
          metonym);
    }
    String admin1 = e.isCountry() ? null : loaded().gazetteer().admin1Name(e.countryCode(), e.admin1()).orElse(null);
    return new PlaceRecord(m.text(), m.span().start(), m.span().end(), e.name(), e.geonameid(), e.featureCode(),
        e.countryCode(), admin1, round(e.lat()), round(e.lon()), metonym);
  }

  private static double round(double v) {
    return Math.round(v * 1e5) / 1e5;
  }
}
