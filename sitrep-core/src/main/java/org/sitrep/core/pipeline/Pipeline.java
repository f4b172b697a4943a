package org.sitrep.core.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layer;

/**
 * An ordered list of {@link Stage}s whose requirements were checked when it was built. Thread-safe
 * when its stages are: {@link #apply} may be called from many threads at once.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The standard pipeline: every stage of every {@link StageProvider} on the class path, less those
   * named in {@code context.disabled()}, ordered so that each runs after the stages producing what it
   * requires or uses (ties broken by name, so the order is deterministic). The stage that parses is told
   * which sentences the others read the parse of ({@link ParseReader}, {@link SelectiveParser}).
   */
  public static Pipeline discover(StageContext context, Set<Layer<?>> given) {
    return discover(providers(), context, given);
  }

  public static Pipeline discover(List<StageProvider> providers, StageContext context, Set<Layer<?>> given) {
    Pipeline out = unprepared(providers, context, given);
    out.stages().forEach(Stage::startLoading);
    out.stages().forEach(Stage::prepare);
    return out;
  }

  /**
   * Checks {@code --set} keys and values and {@code --disable} names against the stages on the class path
   * without loading any model (a second or less): the errors {@link #discover} would give, before any work.
   */
  public static void check(StageContext context) {
    unprepared(providers(), context, Set.of());
  }

  private static List<StageProvider> providers() {
    return ServiceLoader.load(StageProvider.class).stream().map(ServiceLoader.Provider::get).toList();
  }

  private static Pipeline unprepared(List<StageProvider> providers, StageContext context, Set<Layer<?>> given) {
    // every stage is built (cheap: models load in prepare), so that a misspelt --disable is caught
    StageContext all = new StageContext(context.options(), Set.of());
    List<Stage> kept = new ArrayList<>();
    Set<String> names = new java.util.TreeSet<>();
    Map<String, String> known = new TreeMap<>();
    providers.forEach(p -> known.putAll(p.options()));
    context.checkKnown(known);
    for (StageProvider p : providers.stream().sorted(Comparator.comparing(p -> p.getClass().getName())).toList()) {
      for (Stage s : p.stages(all)) {
        names.add(s.name());
        if (!context.disabled().contains(s.name())) {
          kept.add(s);
        }
      }
    }
    for (String d : new java.util.TreeSet<>(context.disabled())) {
      if (!names.contains(d)) {
        throw new IllegalArgumentException("option --disable " + d + ": no stage has that name; the stages are "
            + String.join(", ", names) + " ('sitrep analyze --stages' lists them)");
      }
    }
    return builder().given(given).addAll(ParseSelection.apply(order(kept))).build();
  }

  /** Topological order over requires/uses -> produces; stages with no constraint between them sorted by name. */
  static List<Stage> order(List<Stage> stages) {
    Map<Layer<?>, Stage> producer = new LinkedHashMap<>();
    for (Stage s : stages) {
      for (Layer<?> l : s.produces()) {
        Stage other = producer.put(l, s);
        if (other != null) {
          throw new PipelineException("layer '" + l + "' is produced by both '" + other.name() + "' and '"
              + s.name() + "'; disable one of them (--disable " + s.name() + ")");
        }
      }
    }
    Map<String, Stage> byName = new TreeMap<>();
    for (Stage s : stages) {
      if (byName.put(s.name(), s) != null) {
        throw new PipelineException("two stages are named '" + s.name() + "'; stage names must be unique");
      }
    }
    List<Stage> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    Set<String> visiting = new LinkedHashSet<>();
    for (Stage s : byName.values()) {
      visit(s, producer, done, visiting, out);
    }
    return out;
  }

  private static void visit(Stage s, Map<Layer<?>, Stage> producer, Set<String> done, Set<String> visiting,
                            List<Stage> out) {
    if (done.contains(s.name())) {
      return;
    }
    if (!visiting.add(s.name())) {
      throw new PipelineException("stages depend on each other in a cycle: " + String.join(" -> ", visiting)
          + " -> " + s.name());
    }
    List<Layer<?>> needs = new ArrayList<>(s.requires());
    needs.addAll(s.uses());
    needs.sort(Comparator.comparing(Layer::name));
    for (Layer<?> l : needs) {
      Stage p = producer.get(l);
      if (p != null && p != s) {
        visit(p, producer, done, visiting, out);
      }
    }
    visiting.remove(s.name());
    done.add(s.name());
    out.add(s);
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The sentences whose dependency parse this pipeline's stages read ({@link ParseReader}). */
  public SentenceNeed parseNeed() {
    return ParseSelection.need(stages);
  }

  /** Runs every stage in order; a stage that throws is reported as a {@link StageFailure} naming it. */
  public Document apply(Document doc) {
    return apply(doc, null);
  }

  /** As {@link #apply(Document)}, adding each stage's time to {@code timings} (may be null). */
  public Document apply(Document doc, StageTimings timings) {
    Document d = doc;
    for (Stage s : stages) {
      try {
        long t0 = timings == null ? 0 : System.nanoTime();
        d = s.apply(d);
        if (timings != null) {
          timings.add(s.name(), System.nanoTime() - t0);
        }
      } catch (StageFailure f) {
        throw f;
      } catch (RuntimeException | StackOverflowError e) {
        throw new StageFailure(s.name(), doc.docId(), e);
      }
    }
    return d;
  }

  @Override
  public String toString() {
    return stages.stream().map(Stage::name).toList().toString();
  }

  /** Adds stages in order and checks, on {@link #build}, that each stage's requirements come before it. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final Set<Layer<?>> given = new LinkedHashSet<>();

    private Builder() {
    }

    /** Layers the input documents already carry. */
    public Builder given(Set<Layer<?>> layers) {
      given.addAll(layers);
      return this;
    }

    public Builder add(Stage stage) {
      if (stage == null) {
        throw new IllegalArgumentException("stage must not be null");
      }
      stages.add(stage);
      return this;
    }

    public Builder addAll(List<Stage> more) {
      more.forEach(this::add);
      return this;
    }

    public Pipeline build() {
      Map<Layer<?>, String> available = new LinkedHashMap<>();
      given.forEach(l -> available.put(l, "the input"));
      Set<String> names = new HashSet<>();
      for (int i = 0; i < stages.size(); i++) {
        Stage s = stages.get(i);
        if (!names.add(s.name())) {
          throw new PipelineException("stage '" + s.name() + "' is added twice; stage names must be unique");
        }
        for (Layer<?> l : s.requires().stream().sorted(Comparator.comparing(Layer::name)).toList()) {
          if (!available.containsKey(l)) {
            String later = stages.subList(i + 1, stages.size()).stream()
                .filter(t -> t.produces().contains(l)).map(Stage::name).findFirst().orElse(null);
            throw new PipelineException("stage '" + s.name() + "' requires layer '" + l + "' (" + l.description()
                + "), which no earlier stage produces; "
                + (later != null ? "stage '" + later + "' produces it: add it before '" + s.name() + "'"
                : "add a stage that produces it before '" + s.name() + "'"));
          }
        }
        for (Layer<?> l : s.produces()) {
          available.putIfAbsent(l, s.name());
        }
      }
      return new Pipeline(stages);
    }
  }
}
